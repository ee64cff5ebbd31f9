using System.Reflection;
using System.Text.RegularExpressions;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Deployment;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>The deployment files set the state settings the bot really reads.</summary>
public sealed partial class DeploymentStateSettingsTests
{
    private static readonly string[] Files =
    [
        "deployment/compose.yaml", "deployment/Dockerfile", "deployment/smoke.sh", "deployment/azure/main.bicep",
        "deployment/k8s/configmap.yaml", "deployment/k8s/deployment.yaml", "deployment/README.md",
    ];

    [Fact]
    public void StorageSettings_EveryOneNamedIsAStorageOption()
    {
        var properties = typeof(StorageOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = Files.SelectMany(file => StorageSetting().Matches(RepositoryFiles.Read(file)).Select(m => (file, m.Groups[1].Value))).ToList();

        Assert.Contains(named, n => n.Value == "Kind");
        Assert.Contains(named, n => n.Value == "Redis");
        Assert.Contains(named, n => n.Value == "SqlitePath");
        Assert.All(named, n => Assert.True(properties.Contains(n.Value), $"{n.file} sets Storage__{n.Value}, which the bot does not read."));
    }

    [Fact]
    public void OldGuessedNames_NotSetByAnyDeploymentFile()
    {
        foreach (string file in Files.Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            string text = RepositoryFiles.Read(file);
            Assert.DoesNotContain("Redis__ConnectionString", text, StringComparison.Ordinal);
            Assert.DoesNotContain("State__SqlitePath", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StorageKind_EveryValueSetIsOneTheBotAccepts()
    {
        var values = Files.SelectMany(file => StorageKindValue().Matches(RepositoryFiles.Read(file)).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, value => Assert.True(new StorageOptions { Kind = value }.UsesRedis || value == "sqlite", value));
    }

    [GeneratedRegex(@"Storage__(\w+)")]
    private static partial Regex StorageSetting();

    [GeneratedRegex(@"Storage__Kind['""]?\s*[:=,]\s*(?:value:\s*)?['""]?(\w+)")]
    private static partial Regex StorageKindValue();
}

using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.Deployment;

public sealed class DeploymentManifestTests
{
    [Fact]
    public void Dockerfile_Stages_BuildWithCiScriptAndRunAsNonRootWithHealthCheck()
    {
        string dockerfile = RepositoryFiles.Read("deployment/Dockerfile");
        string[] from = dockerfile.Split('\n').Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();

        Assert.Contains(from, l => l.Contains("dotnet/sdk", StringComparison.Ordinal) && l.EndsWith(" AS build", StringComparison.Ordinal));
        Assert.Contains(from, l => l.Contains("dotnet/aspnet", StringComparison.Ordinal) && l.EndsWith(" AS runtime", StringComparison.Ordinal));
        Assert.Contains("RUN bash deployment/publish.sh /out", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"HEALTHCHECK[^\n]*\\\n[^\n]*/healthz", dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"CareerBot.Bot.dll\"]", dockerfile, StringComparison.Ordinal);
        // Every project the bot needs is copied before the restore layer.
        foreach (string project in new[] { "bot/CareerBot.Bot.csproj", "dialogs/CareerBot.Dialogs.csproj", "search-index/CareerBot.SearchIndex.csproj" })
            Assert.Contains($"COPY {project} ", dockerfile, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryFiles.Path("deployment/publish.sh")));
    }

    [Fact]
    public void Compose_Services_TwoBotsBehindProxyWithRedis()
    {
        string compose = RepositoryFiles.Read("deployment/compose.yaml");
        string nginx = RepositoryFiles.Read("deployment/nginx/nginx.conf");

        Assert.Contains("\n  bot1: *bot", compose, StringComparison.Ordinal);
        Assert.Contains("\n  bot2: *bot", compose, StringComparison.Ordinal);
        Assert.Contains("\n  redis:\n", compose, StringComparison.Ordinal);
        Assert.Contains("\n  proxy:\n", compose, StringComparison.Ordinal);
        Assert.Contains("Storage__Kind: redis", compose, StringComparison.Ordinal);
        Assert.Contains("dockerfile: deployment/Dockerfile", compose, StringComparison.Ordinal);
        Assert.Contains("./nginx/nginx.conf:/etc/nginx/nginx.conf:ro", compose, StringComparison.Ordinal);
        Assert.Contains("server bot1:8080", nginx, StringComparison.Ordinal);
        Assert.Contains("server bot2:8080", nginx, StringComparison.Ordinal);
        // The bots trust X-Forwarded-For from the proxy's fixed address, which nginx sets.
        Assert.Contains("ForwardedHeaders__Enabled: \"true\"", compose, StringComparison.Ordinal);
        var proxy = System.Text.RegularExpressions.Regex.Match(compose, @"ForwardedHeaders__KnownProxies__0: (\S+)").Groups[1].Value;
        Assert.Contains("ipv4_address: " + proxy, compose, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubernetes_Deployment_ProbesServiceAutoscalerAndRedis()
    {
        string deployment = SimpleYaml.Kind(RepositoryFiles.Read("deployment/k8s/deployment.yaml"), "Deployment");
        string hpa = SimpleYaml.Kind(RepositoryFiles.Read("deployment/k8s/hpa.yaml"), "HorizontalPodAutoscaler");
        string redis = RepositoryFiles.Read("deployment/k8s/redis.yaml");
        string kustomization = RepositoryFiles.Read("deployment/k8s/kustomization.yaml");

        Assert.Equal("/readyz", SimpleYaml.ValueUnder(deployment, "readinessProbe", "path"));
        Assert.Equal("/healthz", SimpleYaml.ValueUnder(deployment, "livenessProbe", "path"));
        Assert.Equal("true", SimpleYaml.ValueUnder(deployment, "securityContext", "runAsNonRoot"));
        Assert.Equal("careerbot", SimpleYaml.ValueUnder(hpa, "scaleTargetRef", "name"));
        Assert.NotNull(SimpleYaml.Kind(RepositoryFiles.Read("deployment/k8s/service.yaml"), "Service"));
        Assert.NotNull(SimpleYaml.Kind(redis, "Deployment"));
        Assert.NotNull(SimpleYaml.Kind(redis, "Service"));
        foreach (string file in Directory.GetFiles(RepositoryFiles.Path("deployment/k8s"), "*.yaml")
                     .Select(f => Path.GetFileName(f)).Where(f => f is not ("kustomization.yaml" or "secret.example.yaml")))
            Assert.Contains("  - " + file, kustomization, StringComparison.Ordinal);
    }

    [Fact]
    public void Bicep_Template_HasChannelsRedisAndOfficialAppSettings()
    {
        string bicep = RepositoryFiles.Read("deployment/azure/main.bicep");

        foreach (string channel in new[] { "WebChatChannel", "DirectLineChannel", "MsTeamsChannel", "SmsChannel" })
            Assert.Contains($"channelName: '{channel}'", bicep, StringComparison.Ordinal);
        foreach (string setting in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "Storage__Kind", "Storage__Redis" })
            Assert.Contains($"{{ name: '{setting}'", bicep, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Cache/redis@", bicep, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.BotService/botServices@", bicep, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/healthz'", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bicep_Template_CompilesWithTheBicepCli()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The Bicep CLI package downloaded here is for linux-x64.");
        if (!OperatingSystem.IsLinux())
            return;
        string packages = typeof(DeploymentManifestTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        string bicep = Path.Combine(packages, "azure.bicep.commandline.linux-x64", "0.49.2", "tools", "bicep");
        Assert.True(File.Exists(bicep), "Restore downloads the Bicep CLI to " + bicep);
        File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        string output = Directory.CreateTempSubdirectory("careerbot-bicep-").FullName;
        try
        {
            (int exit, string log) = await RunAsync(bicep, ["build", RepositoryFiles.Path("deployment/azure/main.bicep"), "--outdir", output]);
            Assert.True(exit == 0, log);
            Assert.DoesNotContain("Warning", log, StringComparison.Ordinal);
            (exit, log) = await RunAsync(bicep, ["build-params", RepositoryFiles.Path("deployment/azure/main.bicepparam"),
                "--outfile", Path.Combine(output, "main.parameters.json")]);
            Assert.True(exit == 0, log);

            using JsonDocument arm = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "main.json"), TestContext.Current.CancellationToken));
            string[] types = arm.RootElement.GetProperty("resources").EnumerateArray()
                .Select(r => r.GetProperty("type").GetString()!).ToArray();
            Assert.Contains("Microsoft.BotService/botServices/channels", types);
            Assert.Contains("Microsoft.Web/sites", types);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<(int Exit, string Log)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

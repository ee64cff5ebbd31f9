using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>Settings that cannot work stop the bot at start-up, with a message naming the key.</summary>
public sealed class ConnectorSettingsTests
{
    [Theory]
    [InlineData("Connector:AttemptTimeout", "00:00:00.001", "AttemptTimeout")]
    [InlineData("Connector:BreakerDuration", "00:00:00.100", "BreakerDuration")]
    [InlineData("Connector:MaxRetryAttempts", "99", "MaxRetryAttempts")]
    public async Task Settings_OutOfRange_RefusedNamingTheKey(string key, string value, string named)
    {
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => rig.Services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("MultiTenant", null, null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "pw", null, "MicrosoftAppTenantId")]
    [InlineData("ManyTenants", "pw", null, "MicrosoftAppType")]
    public async Task Registration_Incomplete_RefusedNamingTheKey(string type, string? password, string? tenant, string named)
    {
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-1", ["MicrosoftAppType"] = type,
            ["MicrosoftAppPassword"] = password, ["MicrosoftAppTenantId"] = tenant,
        });

        var error = Assert.Throws<OptionsValidationException>(() => rig.Services.GetRequiredService<IOptions<BotCredentials>>().Value);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task Registration_NoAppId_NothingRequired()
    {
        await using var rig = ConnectorRig.Create(new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTenant" });

        Assert.False(rig.Services.GetRequiredService<IOptions<BotCredentials>>().Value.HasAppId);
    }
}

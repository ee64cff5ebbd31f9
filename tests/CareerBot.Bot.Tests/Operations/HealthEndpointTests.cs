using System.Net;
using CareerBot.Bot.Tests.Insights;
using CareerBot.Bot.Tests.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.Operations;

/// <summary>The endpoints the container HEALTHCHECK, Kubernetes probes and App Service health check call.</summary>
public sealed class HealthEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Probes_IndexLoaded_BothAnswer200()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/readyz", Ct)).StatusCode);
    }

    [Fact]
    public async Task Probes_IndexCannotBeBuilt_AliveButNotReady()
    {
        // A file where the index folder should be: the index can never be built or loaded.
        using var folder = new TempFolder();
        string blocker = folder.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "x", Ct);
        await using var bot = await BotHostFixture.StartAsync(Ct,
            new Dictionary<string, string?> { ["SearchIndex:DatabasePath"] = Path.Combine(blocker, "catalogue.db") });

        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/healthz", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("/readyz", Ct)).StatusCode);
    }
}

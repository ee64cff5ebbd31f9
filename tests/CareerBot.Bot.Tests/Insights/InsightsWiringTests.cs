using System.Net;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Insights.Transcripts;
using CareerBot.Bot.Tests.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>The whole bot program (Kestrel, loopback) with the advisers' settings: the pieces are wired in.</summary>
public sealed class InsightsWiringTests
{
    private static Task<BotHostFixture> StartAsync(string? transcripts) => BotHostFixture.StartAsync(TestContext.Current.CancellationToken,
        new Dictionary<string, string?> { ["Insights:Key"] = "wiring-test-key-0123456789", ["Transcripts:Folder"] = transcripts });

    [Fact]
    public async Task Program_AdvisersSettings_RegistersBothObserversAndServesThePage()
    {
        using var folder = new TempFolder();
        await using var bot = await StartAsync(folder.File("transcripts"));

        using var page = await bot.Http.GetAsync("/insights", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        IActivityObserver[] observers = bot.Services.GetServices<IActivityObserver>().ToArray();
        Assert.Single(observers.OfType<InsightObserver>());
        Assert.Single(observers.OfType<TranscriptWriter>());
    }

    [Fact]
    public async Task Program_NoTranscriptFolder_WritesNoTranscripts()
    {
        await using var bot = await StartAsync(transcripts: null);

        Assert.Empty(bot.Services.GetServices<IActivityObserver>().OfType<TranscriptWriter>());
    }
}

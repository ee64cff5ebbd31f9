using System.Net;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Insights.Transcripts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>The whole bot program (Kestrel, loopback) with the advisers' settings: the pieces are wired in.</summary>
public sealed class InsightsWiringTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private WebApplicationFactory<Program> Start(string? transcripts)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Insights:Key", "wiring-test-key-0123456789");
            // Loopback, port 0: UseKestrel(0) alone still took the default port 5000 here.
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
            web.UseSetting("Transcripts:Folder", transcripts);
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("State:SqlitePath", folder.File("state.db"));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    [Fact]
    public async Task Program_AdvisersSettings_RegistersBothObserversAndServesThePage()
    {
        await using var factory = Start(folder.File("transcripts"));
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/insights", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        IActivityObserver[] observers = factory.Services.GetServices<IActivityObserver>().ToArray();
        Assert.Single(observers.OfType<InsightObserver>());
        Assert.Single(observers.OfType<TranscriptWriter>());
    }

    [Fact]
    public async Task Program_NoTranscriptFolder_WritesNoTranscripts()
    {
        await using var factory = Start(transcripts: null);

        Assert.Empty(factory.Services.GetServices<IActivityObserver>().OfType<TranscriptWriter>());
    }
}

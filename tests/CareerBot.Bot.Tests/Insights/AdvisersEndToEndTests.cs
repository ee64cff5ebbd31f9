using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Insights.Transcripts;
using CareerBot.Bot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// Real conversations through the program's conversation engine: the transcripts and the insight page's
/// figures are what those conversations produced, personal data is gone, and "forget me" removes the file.
/// </summary>
public sealed class AdvisersEndToEndTests : IDisposable
{
    private const string Key = "end-to-end-key-0123456789";
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    [Fact]
    public async Task Conversations_ThroughRealDialogs_GiveMatchingFiguresAndScrubbedTranscripts()
    {
        var ct = TestContext.Current.CancellationToken;
        string transcripts = folder.File("transcripts");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Insights:Key", Key);
            // Loopback, port 0: UseKestrel(0) alone still took the default port 5000 here.
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
            web.UseSetting("Transcripts:Folder", transcripts);
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("State:SqlitePath", folder.File("state.db"));
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var pipeline = new AdvisersPipeline(factory.Services, TimeProvider.System);

        await pipeline.TalkAsync("full", "Priya Shah",
            ["Caring for people", "None", "30", "Nights", "Now", "DY1 2HQ", "Up to 10 miles"], ct);
        await pipeline.TalkAsync("partial", "Sam Jones", ["Cleaning", "GCSEs", "my number is 07700 900123"], ct);
        await pipeline.TalkAsync("forgotten", "Jo Bloggs", ["Caring for people", "forget me"], ct);

        // Transcripts: one per conversation kept, none for the forgotten one, nothing personal in them.
        var writer = factory.Services.GetServices<IActivityObserver>().OfType<TranscriptWriter>().Single();
        Assert.False(File.Exists(writer.PathFor("webchat", "forgotten")));
        string full = await File.ReadAllTextAsync(writer.PathFor("webchat", "full"), ct);
        string partial = await File.ReadAllTextAsync(writer.PathFor("webchat", "partial"), ct);
        foreach (string secret in new[] { "Priya", "Shah", "2HQ", "Sam", "Jones", "07700", "900123", "dl_full", "dl_partial" })
            Assert.DoesNotContain(secret, full + partial, StringComparison.Ordinal);
        Assert.Contains("DY1", full, StringComparison.Ordinal);
        using (JsonDocument doc = JsonDocument.Parse(full))
        {
            JsonElement[] entries = doc.RootElement.EnumerateArray().ToArray();
            Assert.Equal("conversationUpdate", entries[0].GetProperty("type").GetString());
            Assert.True(entries.Length > 10);
            Assert.All(entries, e => Assert.True(e.GetProperty("recipient").TryGetProperty("role", out _)));
        }

        // Figures: what the dialogs signalled, each fact once per conversation.
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        JsonElement figures = await client.GetFromJsonAsync<JsonElement>("/insights/data?days=1", ct);
        Assert.Equal(3, figures.GetProperty("totalConversations").GetInt64());
        // Each conversation's distinct questions (side prompts left out), plus "results" where roles were shown.
        var expectedSteps = pipeline.Signals.Values
            .SelectMany(s => s.Where(x => x.Kind == "step" && !InsightKinds.SideSteps.Contains(x.Value)).Select(x => x.Value)
                .Concat(s.Any(x => x.Kind == "shown") ? ["results"] : Array.Empty<string>()).Distinct())
            .GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());
        var actualSteps = figures.GetProperty("dropOff").EnumerateArray()
            .ToDictionary(s => s.GetProperty("step").GetString()!, s => s.GetProperty("reached").GetInt64());
        Assert.NotEmpty(expectedSteps);
        Assert.Equal(expectedSteps.OrderBy(p => p.Key), actualSteps.OrderBy(p => p.Key));
        long shown = pipeline.Signals["full"].Where(s => s.Kind == "shown").Select(s => s.Value).Distinct().Count();
        Assert.True(shown > 0, "the full conversation reached results");
        Assert.Equal(shown, figures.GetProperty("suggestionsShown").EnumerateArray().Sum(v => v.GetProperty("count").GetInt64()));
        Assert.Equal(1, actualSteps["results"]);
        Assert.Contains(figures.GetProperty("topInterests").EnumerateArray(), v => v.GetProperty("count").GetInt64() == 2);
    }
}

using CareerBot.Bot.Conversation;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Conversation;

/// <summary>The whole program serves the guided conversation and the channel renderer, wired to the real index.</summary>
public sealed class ConversationRegistrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("careerbot-conversation-host-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Program_Started_ServesEngineAndRendererThatTalkWithTheRealIndex()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("SearchIndex:DatabasePath", Path.Combine(_folder, "catalogue.db"));
            web.UseSetting("State:SqlitePath", Path.Combine(_folder, "state.db"));
            web.UseSetting("Insights:DatabasePath", Path.Combine(_folder, "insights.db"));
        });
        // In-memory test server: no port is bound, the program's own wiring is used.
        var engine = factory.Services.GetRequiredService<IConversationEngine>();
        var renderer = factory.Services.GetRequiredService<IReplyRenderer>();
        Assert.IsType<ConversationEngine>(engine);
        Assert.IsType<ChannelReplyRenderer>(renderer);
        Assert.Same(engine, factory.Services.GetRequiredService<IConversationEngine>());

        DialogSnapshot? state = null;
        TurnOutcome outcome = null!;
        foreach (var text in new[] { "hi", "Behind the scenes", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles" })
        {
            outcome = await engine.RunTurnAsync(new Turn
            {
                Text = text, LocalTime = DateTimeOffset.UtcNow, Channel = ChannelKind.WebChat, ConversationId = "wiring",
            }, state, ct);
            state = outcome.State;
        }
        var activities = renderer.Render(outcome.Replies, "webchat");
        var results = activities.Single(a => a.AttachmentLayout == "carousel");
        Assert.Equal(3, results.Attachments!.Count);
        Assert.Equal(InputHints.ExpectingInput, activities[^1].InputHint);
    }
}

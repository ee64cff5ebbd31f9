using System.Text.Json;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Tests;

/// <summary>Drives a ConversationEngine turn by turn, keeping the snapshot as JSON text like a store.</summary>
internal sealed class TestTalk
{
    public static readonly IReadOnlyList<KnownPlace> Places =
    [
        new("Dudley", "Dudley", ["Dudly"], ["DY1", "DY2"], 52.51, -2.08),
        new("Birmingham", "Birmingham", ["Brum"], ["B1", "B15"], 52.48, -1.90),
        new("Walsall", "Walsall", [], ["WS1", "WS2"], 52.59, -1.98),
    ];

    /// <param name="catalogue">The catalogue; a small fake one when null.</param>
    /// <param name="channel">The channel the turns come from.</param>
    /// <param name="numbered">Whether the channel shows the buttons numbered. By default SMS and the Test channel do
    /// (the Test channel plays the terminal chat, which numbers them); web chat, Teams and the Emulator do not.</param>
    public TestTalk(ICatalogueSearch? catalogue = null, ChannelKind channel = ChannelKind.Test, bool? numbered = null)
    {
        Search = catalogue ?? new FakeCatalogue();
        Catalogue = Search as FakeCatalogue ?? new FakeCatalogue();
        Engine = new ConversationEngine(Search, Places);
        Channel = channel;
        Numbered = numbered ?? channel is ChannelKind.Sms or ChannelKind.Test;
    }

    public ICatalogueSearch Search { get; }
    public FakeCatalogue Catalogue { get; }
    public ConversationEngine Engine { get; set; }
    public ChannelKind Channel { get; }
    public bool Numbered { get; }
    public DialogSnapshot? State { get; set; }
    public TurnOutcome Last { get; private set; } = null!;
    public List<InsightSignal> Signals { get; } = [];

    public string LastText => Last.Replies.Count == 0 ? "" : Last.Replies[^1].Text;

    public string AllText => string.Join("\n", Last.Replies.Select(r => r.Text));

    public Task<TurnOutcome> JoinAsync() => RunAsync(new Turn
    {
        Text = "", LocalTime = Now, Channel = Channel, ChoicesNumbered = Numbered, ConversationId = "c1", IsConversationStart = true,
    });

    public Task<TurnOutcome> SayAsync(string text, string? valueJson = null) => RunAsync(new Turn
    {
        Text = text, ValueJson = valueJson, LocalTime = Now, Channel = Channel, ChoicesNumbered = Numbered, ConversationId = "c1",
    });

    /// <summary>A new talk on the terminal chat with the small catalogue: joined, then each of <paramref name="said"/> said.</summary>
    public static async Task<TestTalk> StartAsync(params string[] said)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync(said);
        return talk;
    }

    public async Task SayAllAsync(params string[] texts)
    {
        foreach (var t in texts) await SayAsync(t);
    }

    public static DateTimeOffset Now { get; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private async Task<TurnOutcome> RunAsync(Turn turn)
    {
        Last = await Engine.RunTurnAsync(turn, State, Xunit.TestContext.Current.CancellationToken);
        // Stored and read back as the host does: a nested object in the host's JSON.
        State = Last.State is null ? null : JsonSerializer.Deserialize<DialogSnapshot>(JsonSerializer.Serialize(Last.State));
        Signals.AddRange(Last.Signals);
        return Last;
    }
}

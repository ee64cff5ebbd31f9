using System.Text.Json;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// The stored conversation record: new records hold the dialogs' snapshot as a nested object; records
/// stored before (version 1, the snapshot's JSON as a string) still read and their conversations go on
/// at the same question; broken or odd records read as null.
/// </summary>
public sealed class ConversationRecordTests : IAsyncLifetime
{
    /// <summary>
    /// A record as version 1 stored it (captured from the bot before the change, after a join and
    /// "Office work"): the dialogs' snapshot escaped into a string, waiting at the qualifications question.
    /// </summary>
    private const string Version1Payload = """{"version":1,"dialog":"{\u0022version\u0022:1,\u0022stack\u0022:[{\u0022dialogId\u0022:\u0022main\u0022,\u0022step\u0022:2,\u0022attempts\u0022:0,\u0022values\u0022:{\u0022page\u0022:0}},{\u0022dialogId\u0022:\u0022qualifications\u0022,\u0022step\u0022:0,\u0022attempts\u0022:0,\u0022values\u0022:{\u0022page\u0022:0}},{\u0022dialogId\u0022:\u0022prompt\u0022,\u0022step\u0022:0,\u0022prompt\u0022:{\u0022kind\u0022:\u0022Qualification\u0022,\u0022step\u0022:\u0022qualifications\u0022,\u0022messageKey\u0022:\u0022ask.quals\u0022,\u0022retryKey\u0022:\u0022retry.quals\u0022,\u0022giveUpKey\u0022:\u0022giveup.quals\u0022,\u0022choices\u0022:[{\u0022value\u0022:\u0022none\u0022,\u0022label\u0022:\u0022None\u0022,\u0022synonyms\u0022:[\u0022nothing\u0022,\u0022no\u0022,\u0022no qualifications\u0022,\u0022none at all\u0022,\u0022i have none\u0022,\u0022i dont have any\u0022,\u0022nope\u0022]},{\u0022value\u0022:\u0022school\u0022,\u0022label\u0022:\u0022English and maths\u0022,\u0022synonyms\u0022:[\u0022gcse\u0022,\u0022gcses\u0022,\u0022school\u0022,\u0022english and maths\u0022,\u0022maths and english\u0022]},{\u0022value\u0022:\u0022work\u0022,\u0022label\u0022:\u0022A work course\u0022,\u0022synonyms\u0022:[\u0022work course\u0022,\u0022nvq\u0022,\u0022btec\u0022,\u0022college\u0022,\u0022college course\u0022]},{\u0022value\u0022:\u0022overseas\u0022,\u0022label\u0022:\u0022From another country\u0022,\u0022synonyms\u0022:[\u0022overseas\u0022,\u0022abroad\u0022,\u0022another country\u0022,\u0022my country\u0022,\u0022from my country\u0022]}],\u0022maxAttempts\u0022:3,\u0022allowSkip\u0022:false},\u0022attempts\u0022:0,\u0022values\u0022:{\u0022page\u0022:0}}],\u0022answers\u0022:{\u0022interestKey\u0022:\u0022office\u0022,\u0022hoursPattern\u0022:\u0022None\u0022,\u0022placeSkipped\u0022:false},\u0022facts\u0022:{\u0022greeted\u0022:true,\u0022asked\u0022:[\u0022interest\u0022,\u0022qualifications\u0022],\u0022explained\u0022:[],\u0022resultsOffset\u0022:0,\u0022resultsTotal\u0022:0,\u0022shown\u0022:[],\u0022returnToResults\u0022:false,\u0022resultsSeen\u0022:false}}","recent":["conv-f9c5e6eedd55|0000001","conv-f9c5e6eedd55|0000002"],"turns":2,"lastSeen":"2026-12-06T11:32:28.7535046+00:00"}""";

    private ChannelSink _sink = null!;

    public async ValueTask InitializeAsync() => _sink = await ChannelSink.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string StateText(DialogSnapshot? snapshot) =>
        DialogStateSerializer.Write(DialogStateSerializer.Read(snapshot) ?? throw new InvalidOperationException("unreadable")).Json;

    [Fact]
    public void Parse_Version1Payload_DialogAndCountersRead()
    {
        var record = ConversationRecord.Parse(Version1Payload);

        Assert.NotNull(record);
        Assert.Equal(1, record.Version);
        Assert.Equal(["conv-f9c5e6eedd55|0000001", "conv-f9c5e6eedd55|0000002"], record.Recent);
        Assert.Equal(2, record.Turns);
        Assert.Equal(DateTimeOffset.Parse("2026-12-06T11:32:28.7535046+00:00", System.Globalization.CultureInfo.InvariantCulture), record.LastSeen);
        Assert.Null(record.WelcomeShownTo);
        var state = DialogStateSerializer.Read(record.Dialog);
        Assert.NotNull(state);
        Assert.Equal(["main", "qualifications", "prompt"], state.Stack.Select(f => f.DialogId));
        Assert.Equal("ask.quals", state.Stack[^1].Prompt!.MessageKey);
        Assert.Equal("office", state.Answers.InterestKey);
        Assert.Equal(["interest", "qualifications"], state.Facts.Asked);
        Assert.True(record.HasApplied("conv-f9c5e6eedd55|0000002"));
    }

    [Fact]
    public void After_Version1Record_WrittenAsVersion2WithTheDialogNested()
    {
        var old = ConversationRecord.Parse(Version1Payload)!;
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        var json = old.After(old.Dialog!, "conv-f9c5e6eedd55|0000003", now, null).ToJson();

        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(2, document.RootElement.GetProperty("version").GetInt32());
            var dialog = document.RootElement.GetProperty("dialog");
            Assert.Equal(JsonValueKind.Object, dialog.ValueKind);
            Assert.Equal(StateText(old.Dialog), dialog.GetRawText());
        }
        Assert.DoesNotContain("\\u0022", json, StringComparison.Ordinal);
        var next = ConversationRecord.Parse(json);
        Assert.NotNull(next);
        Assert.Equal(ConversationRecord.CurrentVersion, next.Version);
        Assert.Equal(StateText(old.Dialog), StateText(next.Dialog));
        Assert.Equal([.. old.Recent, "conv-f9c5e6eedd55|0000003"], next.Recent);
        Assert.Equal(3, next.Turns);
        Assert.Equal(now, next.LastSeen);
    }

    [Fact]
    public void After_StoredWithMoreIdsThanTheLimit_KeepsOnlyTheLatest()
    {
        // Records written while the limit was 64 still read; their next turn keeps the latest ids only.
        var stored = new ConversationRecord { Recent = [.. Enumerable.Range(1, 64).Select(i => $"a-{i}")], Turns = 64 }.ToJson();
        var read = ConversationRecord.Parse(stored)!;
        Assert.True(read.HasApplied("a-1"));

        var next = read.After(new DialogSnapshot("{}"), "a-65", DateTimeOffset.UnixEpoch, null);

        Assert.Equal(Enumerable.Range(66 - ConversationRecord.RecentIdLimit, ConversationRecord.RecentIdLimit).Select(i => $"a-{i}"), next.Recent);
        Assert.True(next.HasApplied("a-64"));
        Assert.False(next.HasApplied("a-1"));
    }

    [Fact]
    public void ToJson_NewRecord_RoundTrips()
    {
        var state = DialogStateSerializer.Read(ConversationRecord.Parse(Version1Payload)!.Dialog)!;
        var now = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));
        var record = new ConversationRecord().After(DialogStateSerializer.Write(state), "a-1", now, "user-1");
        for (var i = 2; i <= ConversationRecord.RecentIdLimit + 3; i++)
            record = record.After(record.Dialog!, $"a-{i}", now, null);
        record = record.After(record.Dialog!, null, now, "user-2");

        var read = ConversationRecord.Parse(record.ToJson());

        Assert.NotNull(read);
        Assert.Equal(ConversationRecord.CurrentVersion, read.Version);
        Assert.Equal(Enumerable.Range(4, ConversationRecord.RecentIdLimit).Select(i => $"a-{i}"), read.Recent);
        Assert.Equal(ConversationRecord.RecentIdLimit + 4, read.Turns);
        Assert.Equal(now, read.LastSeen);
        Assert.Equal("user-2", read.WelcomeShownTo);
        Assert.Equal(DialogStateSerializer.Write(state).Json, StateText(read.Dialog));
        Assert.Equal(record.ToJson(), read.ToJson());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("""{"version":0,"recent":[],"turns":1}""")]
    [InlineData("""{"version":3,"dialog":{"version":1},"recent":[],"turns":1}""")]
    [InlineData("""{"version":2,"dialog":5,"recent":[],"turns":1}""")]
    [InlineData("""{"version":2,"dialog":[],"recent":[],"turns":1}""")]
    [InlineData("""{"version":2,"dialog":{"version":1,"stack":[]},"recent":"a","turns":1}""")]
    [InlineData("""{"version":2,"dialog":{"version":1,"stack":[]""")]
    public void Parse_BrokenOrOdd_Null(string? payload) => Assert.Null(ConversationRecord.Parse(payload));

    [Theory]
    [InlineData("""{"version":1,"dialog":"{not json","recent":["a"],"turns":4,"lastSeen":"2026-12-06T11:32:28+00:00"}""")]
    [InlineData("""{"version":1,"dialog":"{\u0022version\u0022:0}","recent":["a"],"turns":4,"lastSeen":"2026-12-06T11:32:28+00:00"}""")]
    [InlineData("""{"version":2,"dialog":{"version":0},"recent":["a"],"turns":4,"lastSeen":"2026-12-06T11:32:28+00:00"}""")]
    [InlineData("""{"version":2,"dialog":{"version":1,"stack":{}},"recent":["a"],"turns":4,"lastSeen":"2026-12-06T11:32:28+00:00"}""")]
    public void Parse_UnreadableDialog_RecordReadsAndItsDialogReadsAsNull(string payload)
    {
        // As before: the engine starts such a conversation again kindly; the activity ids still count.
        var record = ConversationRecord.Parse(payload);
        Assert.NotNull(record);
        Assert.NotNull(record.Dialog);
        Assert.Null(DialogStateSerializer.Read(record.Dialog));
        Assert.Equal(["a"], record.Recent);
        Assert.Equal(4, record.Turns);
    }

    [Fact]
    public async Task Turn_Version1RecordStored_ConversationGoesOnAtTheSameQuestionAndIsStoredNested()
    {
        await using var bot = await BotHostFixture.StartAsync(Ct);
        var store = bot.Services.GetRequiredService<IConversationStateStore>();
        var emulator = new EmulatorChannel(_sink.ServiceUrl);
        var key = $"emulator/{emulator.ConversationId}";
        Assert.NotNull(await store.WriteAsync(key, Version1Payload, null, Ct));

        var help = await bot.ExpectRepliesAsync(emulator.Message("help"), Ct);
        Assert.Equal(MessageCatalogue.Default.Get("ask.quals"), help[^1].Text);
        Assert.DoesNotContain(help, r => r.Text == MessageCatalogue.Default.Get("greet.fresh"));

        var stored = (await store.ReadAsync(key, Ct))!.Payload;
        using (var document = JsonDocument.Parse(stored))
        {
            Assert.Equal(ConversationRecord.CurrentVersion, document.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("dialog").ValueKind);
            Assert.Equal(3, document.RootElement.GetProperty("turns").GetInt32());
            Assert.Equal(3, document.RootElement.GetProperty("recent").GetArrayLength());
        }

        // An activity the old record had applied is still skipped.
        var retried = emulator.Message("None") with { Id = "conv-f9c5e6eedd55|0000002" };
        Assert.Empty(await bot.ExpectRepliesAsync(retried, Ct));

        var next = await bot.ExpectRepliesAsync(emulator.Message("None"), Ct);
        Assert.Equal(MessageCatalogue.Default.Get("ask.hours"), next[^1].Text);
        Assert.Equal(4, ConversationRecord.Parse((await store.ReadAsync(key, Ct))!.Payload)!.Turns);
    }
}

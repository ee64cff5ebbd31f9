using Xunit;
using System.Text;
using System.Text.Json;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Insights.Transcripts;
using CareerBot.Bot.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Tests.Insights;

public sealed class TranscriptWriterTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();
    private readonly ManualClock clock = new(Start);

    public void Dispose() => folder.Dispose();

    private TranscriptWriter NewWriter() => new(Options.Create(new TranscriptOptions { Folder = folder.Path }),
        new RecentlyForgotten(clock), clock, NullLogger<TranscriptWriter>.Instance);

    private static JsonElement[] ReadEntries(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public async Task OnTurnAsync_TwoTurns_WritesFlatArrayTheEmulatorOpens()
    {
        var writer = NewWriter();
        var ct = TestContext.Current.CancellationToken;

        await writer.OnTurnAsync(SomeActivity.Message("conv-a", "hi", at: Start),
            [SomeActivity.Typing("conv-a"), SomeActivity.Reply("conv-a", "What work interests you?", buttons: ["Caring", "Cleaning"])],
            [], ct);
        clock.Advance(TimeSpan.FromSeconds(30));
        await writer.OnTurnAsync(SomeActivity.Message("conv-a", "caring", at: Start.AddSeconds(30)),
            [SomeActivity.Reply("conv-a", "Do you have any qualifications?")], [], ct);

        string path = writer.PathFor("webchat", "conv-a");
        byte[] bytes = await File.ReadAllBytesAsync(path, ct);
        Assert.Equal((byte)'[', bytes[0]); // no BOM, a flat array
        Assert.EndsWith(".transcript", path, StringComparison.Ordinal);
        JsonElement[] entries = ReadEntries(path);
        Assert.Equal(["hi", "What work interests you?", "caring", "Do you have any qualifications?"],
            entries.Select(e => e.GetProperty("text").GetString()));
        Assert.Equal(["user", "bot", "user", "bot"], entries.Select(e => e.GetProperty("from").GetProperty("role").GetString()));
        Assert.Equal(["bot", "user", "bot", "user"], entries.Select(e => e.GetProperty("recipient").GetProperty("role").GetString()));
        Assert.All(entries, e => Assert.Equal("message", e.GetProperty("type").GetString()));
        string[] times = entries.Select(e => e.GetProperty("timestamp").GetString()!).ToArray();
        Assert.All(times, t => Assert.EndsWith("Z", t, StringComparison.Ordinal));
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
        Assert.Equal(4, entries.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(entries[0].GetProperty("id").GetString(), entries[1].GetProperty("replyToId").GetString());
        Assert.Equal("expectingInput", entries[1].GetProperty("inputHint").GetString());
        Assert.Equal(2, entries[1].GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task OnTurnAsync_PersonalData_IsRemovedFromEveryField()
    {
        var writer = NewWriter();
        var inbound = SomeActivity.Message("conv-pd",
            "I'm at DY1 2HQ, ring 07700 900123 or mail priya@example.com, NI QQ123456C, born 01/02/1999",
            userId: "29:priya-teams-id", userName: "Priya Shah", value: new { postcode = "WV10 0QP", phone = "07700 900124" });
        var reply = SomeActivity.Reply("conv-pd", "Thanks Priya Shah. Jobs near DY1 2HQ:", userId: "29:priya-teams-id");
        var second = SomeActivity.Reply("conv-pd", "Priya, what hours can you work?", userId: "29:priya-teams-id");

        await writer.OnTurnAsync(inbound, [reply, second], [], TestContext.Current.CancellationToken);

        string path = writer.PathFor("webchat", "conv-pd");
        string text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        foreach (string secret in new[] { "Priya", "Shah", "2HQ", "07700", "900123", "900124", "priya@example.com",
                     "QQ123456C", "1999", "0QP", "priya-teams-id", "conv-pd", "tenant-123", "clientActivityID",
                     "directline.botframework.com", SomeActivity.BotId })
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("conv-pd", Path.GetFileName(path), StringComparison.Ordinal);

        JsonElement[] entries = ReadEntries(path);
        Assert.Contains("DY1", entries[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("WV10", entries[0].GetProperty("value").GetProperty("postcode").GetString());
        string pseudonym = entries[0].GetProperty("from").GetProperty("name").GetString()!;
        Assert.StartsWith("Resident ", pseudonym, StringComparison.Ordinal);
        Assert.Equal($"Thanks {pseudonym}. Jobs near DY1:", entries[1].GetProperty("text").GetString());
        Assert.Equal($"{pseudonym}, what hours can you work?", entries[2].GetProperty("text").GetString());
        Assert.Equal(pseudonym, entries[1].GetProperty("recipient").GetProperty("name").GetString());
    }

    [Fact]
    public async Task OnTurnAsync_ManyTurnsAtOnceFromTwoWriters_KeepsEveryActivityInValidFiles()
    {
        // Two writers on one folder stand for two bot instances sharing a volume.
        TranscriptWriter[] writers = [NewWriter(), NewWriter()];
        var ct = TestContext.Current.CancellationToken;
        string[] conversations = Enumerable.Range(0, 5).Select(i => "conv-" + i).ToArray();

        await Parallel.ForEachAsync(Enumerable.Range(0, 60), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct },
            async (i, token) =>
            {
                string conversation = conversations[i % conversations.Length];
                await writers[i % 2].OnTurnAsync(SomeActivity.Message(conversation, "turn " + i),
                    [SomeActivity.Reply(conversation, "answer " + i)], [], token);
            });

        foreach (string conversation in conversations)
        {
            JsonElement[] entries = ReadEntries(writers[0].PathFor("webchat", conversation));
            Assert.Equal(24, entries.Length);
            Assert.Equal(24, entries.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        }
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task ForgetAsync_AfterTurns_DeletesOnlyThatConversation()
    {
        var writer = NewWriter();
        var ct = TestContext.Current.CancellationToken;
        await writer.OnTurnAsync(SomeActivity.Message("keep", "hello"), [SomeActivity.Reply("keep", "Hi!")], [], ct);
        await writer.OnTurnAsync(SomeActivity.Message("gone", "hello"), [SomeActivity.Reply("gone", "Hi!")], [], ct);

        await writer.ForgetAsync("webchat", "gone", ct);

        Assert.False(File.Exists(writer.PathFor("webchat", "gone")));
        Assert.True(File.Exists(writer.PathFor("webchat", "keep")));
        Assert.Single(Directory.GetFiles(folder.Path, "*" + TranscriptWriter.Extension));
    }

    [Fact]
    public async Task OnTurnAsync_ForgetMeTurnReportedAfterForget_LeavesNoFileUntilLater()
    {
        var writer = NewWriter();
        var ct = TestContext.Current.CancellationToken;
        await writer.OnTurnAsync(SomeActivity.Message("late", "hello"), [SomeActivity.Reply("late", "Hi!")], [], ct);

        await writer.ForgetAsync("webchat", "late", ct);
        await writer.OnTurnAsync(SomeActivity.Message("late", "forget me"), [SomeActivity.Reply("late", "Done.")], [], ct);

        Assert.False(File.Exists(writer.PathFor("webchat", "late")));
        clock.Advance(TimeSpan.FromMinutes(5));
        await writer.OnTurnAsync(SomeActivity.Message("late", "hi again"), [SomeActivity.Reply("late", "Hi!")], [], ct);
        Assert.Equal(2, ReadEntries(writer.PathFor("webchat", "late")).Length);
    }

    [Fact]
    public async Task OnTurnAsync_FileEditedIntoNonsense_KeepsItAsideAndStartsAgain()
    {
        var writer = NewWriter();
        var ct = TestContext.Current.CancellationToken;
        string path = writer.PathFor("webchat", "edited");
        await File.WriteAllTextAsync(path, "{ not an array", Encoding.UTF8, ct);

        await writer.OnTurnAsync(SomeActivity.Message("edited", "hello"), [SomeActivity.Reply("edited", "Hi!")], [], ct);

        Assert.Equal(2, ReadEntries(path).Length);
        Assert.Single(Directory.GetFiles(folder.Path, "*.unreadable-*"));
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdate_MembersGetPseudonymsAndRoles()
    {
        var writer = NewWriter();
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = "emulator",
            From = new ChannelAccount("u-42", "Jo Bloggs"),
            Recipient = new ChannelAccount(SomeActivity.BotId, "Bot"),
            Conversation = new ConversationAccount("conv-u"),
            MembersAdded = [new ChannelAccount("u-42", "Jo Bloggs"), new ChannelAccount(SomeActivity.BotId, "Bot")],
        };

        await writer.OnTurnAsync(update, [SomeActivity.Reply("conv-u", "Hello Jo Bloggs, I help you find jobs.", "u-42", false)],
            [], TestContext.Current.CancellationToken);

        JsonElement[] entries = ReadEntries(writer.PathFor("emulator", "conv-u"));
        JsonElement[] members = entries[0].GetProperty("membersAdded").EnumerateArray().ToArray();
        Assert.Equal(["user", "bot"], members.Select(m => m.GetProperty("role").GetString()));
        Assert.StartsWith("Resident ", members[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jo", entries[1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}

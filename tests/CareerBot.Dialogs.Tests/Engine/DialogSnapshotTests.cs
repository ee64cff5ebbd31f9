using System.Text.Json;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>
/// The snapshot inside a host's JSON: a nested object written and read in one pass; the older form (the
/// snapshot's JSON as a string) still reads; an odd one reads as null and the rest of the host's JSON still reads.
/// </summary>
public sealed class DialogSnapshotTests
{
    /// <summary>A host's record with the snapshot between other members, as the bot's record has it.</summary>
    private sealed record Host(int Before, DialogSnapshot? Dialog, string After);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The snapshot stored in a host's JSON and read back, as between turns in the bot.</summary>
    internal static DialogSnapshot Stored(DialogSnapshot snapshot) =>
        JsonSerializer.Deserialize<Host>(JsonSerializer.Serialize(new Host(1, snapshot, "x"), Web), Web)!.Dialog!;

    private static DialogState Sample() => new()
    {
        Stack =
        [
            new DialogFrame { DialogId = "main", Step = 2 },
            new DialogFrame
            {
                DialogId = "prompt", Attempts = 1, Values = new FrameValues { Page = 1, Purpose = "details" },
                Prompt = new PromptSpec
                {
                    Kind = PromptKind.Qualification, Step = "qualifications", MessageKey = "ask.quals",
                    Args = new() { ["name"] = "Sam \"Quoted\" \\ O'Neil" },
                    Choices = [new PromptChoice("none", "None", ["nothing", "no"])],
                },
                Pending = new PromptAnswer { Kind = PromptKind.Number, Number = new(20, 20, true) },
            },
        ],
        Answers = new CareerAnswers { InterestKey = "office", HoursPattern = WorkPatterns.PartTime, MaxMiles = 5.5 },
        Facts = new ConversationFacts { Greeted = true, Asked = ["interest", "qualifications"], Shown = [new ShownResult("role", "porter", "Porter")] },
    };

    /// <summary>The state's JSON text, to compare states.</summary>
    private static string Text(DialogState state) => DialogStateSerializer.Write(state).Json;

    [Fact]
    public void Write_InHostJson_NestedObjectWithNothingEscaped()
    {
        var json = JsonSerializer.Serialize(new Host(1, DialogStateSerializer.Write(Sample()), "x"), Web);

        using var document = JsonDocument.Parse(json);
        var dialog = document.RootElement.GetProperty("dialog");
        Assert.Equal(JsonValueKind.Object, dialog.ValueKind);
        Assert.Equal("main", dialog.GetProperty("stack")[0].GetProperty("dialogId").GetString());
        Assert.Equal("PartTime", dialog.GetProperty("answers").GetProperty("hoursPattern").GetString());
        Assert.DoesNotContain("\\u0022version", json, StringComparison.Ordinal);
        Assert.Equal(Text(Sample()), dialog.GetRawText());
    }

    [Fact]
    public void Read_NestedObject_SameStateBack()
    {
        var read = DialogStateSerializer.Read(Stored(DialogStateSerializer.Write(Sample())));

        Assert.NotNull(read);
        Assert.Equal(Text(Sample()), Text(read));
        Assert.Equal("Sam \"Quoted\" \\ O'Neil", read.Stack[1].Prompt!.Args!["name"]);
    }

    [Fact]
    public void Read_OlderStringForm_SameStateBackAndWrittenBackNested()
    {
        // How snapshots were stored before: the state's JSON text as a JSON string in the host's JSON.
        var old = JsonSerializer.Serialize(new { before = 1, dialog = Text(Sample()), after = "x" }, Web);
        Assert.Contains("\"dialog\":\"{\\u0022version\\u0022:1,", old, StringComparison.Ordinal);

        var host = JsonSerializer.Deserialize<Host>(old, Web)!;

        Assert.Equal((1, "x"), (host.Before, host.After));
        var read = DialogStateSerializer.Read(host.Dialog);
        Assert.NotNull(read);
        Assert.Equal(Text(Sample()), Text(read));
        // Unchanged (a turn that failed hands its snapshot back), it is stored nested all the same.
        Assert.Equal(JsonSerializer.Serialize(new Host(1, DialogStateSerializer.Write(Sample()), "x"), Web), JsonSerializer.Serialize(host, Web));
    }

    [Theory]
    [InlineData("""{"version":0,"stack":[]}""")]
    [InlineData("""{"version":2}""")]
    [InlineData("""{"version":1,"stack":5}""")]
    [InlineData("""{"version":1,"stack":[{"step":1}]}""")]
    [InlineData("""{"version":1,"answers":{"hoursPattern":"Sometimes"}}""")]
    [InlineData("""{"version":1,"facts":{"asked":[1,{"a":[]}]},"stack":[]}""")]
    [InlineData("\"{not json\"")]
    [InlineData("\"[1,2\"")]
    [InlineData("\" \"")]
    [InlineData("\"{\\\"version\\\":0}\"")]
    public void Read_OddSnapshot_ReadsAsNullAndTheRestOfTheHostStillReads(string dialog)
    {
        var host = JsonSerializer.Deserialize<Host>($$"""{"before":1,"dialog":{{dialog}},"after":"x"}""", Web)!;

        Assert.Equal((1, "x"), (host.Before, host.After));
        Assert.NotNull(host.Dialog);
        Assert.Null(DialogStateSerializer.Read(host.Dialog));
        // Stored again as it is (the engine starts such a conversation again), it still reads as null.
        Assert.Null(DialogStateSerializer.Read(Stored(host.Dialog)));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Read_NullOrEmptyText_NoSnapshot(string dialog)
    {
        var host = JsonSerializer.Deserialize<Host>($$"""{"before":1,"dialog":{{dialog}},"after":"x"}""", Web)!;
        Assert.Null(host.Dialog);
        Assert.Equal("x", host.After);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("""{"version":1""")]
    public void Read_NotASnapshotOrBrokenJson_HostDoesNotRead(string dialog) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Host>($$"""{"before":1,"dialog":{{dialog}},"after":"x"}""", Web));

    [Fact]
    public void Read_TurnChangesItsState_SnapshotStaysAsItWas()
    {
        var snapshot = Stored(DialogStateSerializer.Write(Sample()));
        var before = JsonSerializer.Serialize(snapshot, Web);

        var first = DialogStateSerializer.Read(snapshot)!;
        first.Stack.RemoveAt(1);
        first.Stack.Add(new DialogFrame { DialogId = "other" });
        first.Answers = new CareerAnswers();
        first.Facts = first.Facts with { Asked = [] };

        Assert.Equal(before, JsonSerializer.Serialize(snapshot, Web));
        Assert.Equal(Text(Sample()), Text(DialogStateSerializer.Read(snapshot)!));
    }

    [Fact]
    public async Task RunTurn_StoredSnapshot_TheTurnLeavesItAsItWas()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        var snapshot = talk.State!;
        var before = JsonSerializer.Serialize(snapshot, Web);

        await talk.SayAsync("Part-time");
        Assert.Equal("When can you work?", talk.LastText);

        Assert.Equal(before, JsonSerializer.Serialize(snapshot, Web));
        // The same snapshot again (a write conflict runs the turn again on what was read) gives the same turn.
        talk.State = snapshot;
        await talk.SayAsync("Part-time");
        Assert.Equal("When can you work?", talk.LastText);
    }
}

using System.Text.Json;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>
/// A question's fixed buttons are stored by name, not in full; a list made for one conversation, and a state written
/// before names, are stored and read as arrays; a name this process does not know reads as no buttons, and the rest of
/// the state still reads.
/// </summary>
public sealed class PromptChoiceSetsTests
{
    private static readonly Questions Questions = new(MessageCatalogue.Default);

    private static DialogState WithPrompt(PromptSpec prompt) => new()
    {
        Stack = [new DialogFrame { DialogId = "main", Step = 3 }, new DialogFrame { DialogId = "prompt", Prompt = prompt }],
        Answers = new CareerAnswers { InterestKey = "behind" },
    };

    private static string Json(DialogState state) => DialogStateSerializer.Write(state).Json;

    private static DialogState Stored(DialogState state) => DialogStateSerializer.Read(DialogSnapshotTests.Stored(DialogStateSerializer.Write(state)))!;

    private static JsonElement ChoicesIn(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("stack")[1].GetProperty("prompt").GetProperty("choices");

    [Fact]
    public void FixedButtons_StoredByNameAndReadBackAsTheSameList()
    {
        PromptSpec hours = Questions.Hours();

        string json = Json(WithPrompt(hours));
        DialogState read = Stored(WithPrompt(hours));

        Assert.Equal("questions.hours", ChoicesIn(json).GetString());
        Assert.DoesNotContain("fulltime", json, StringComparison.Ordinal);
        Assert.Same(hours.Choices, read.Stack[1].Prompt!.Choices);
        Assert.Equal("full", read.Stack[1].Prompt!.Choices[0].Value);
        Assert.Contains("fulltime", read.Stack[1].Prompt!.Choices[0].Synonyms!);
        Assert.Equal(Json(WithPrompt(hours)), Json(read));
    }

    [Fact]
    public void ButtonsMadeForOneConversation_StoredInFull()
    {
        PromptSpec which = Questions.WhichJob([new ShownResult("role", "porter", "Hospital Porter (nights)"), new ShownResult("course", "esol", "ESOL for Health")], courses: false);

        string json = Json(WithPrompt(which));
        DialogState read = Stored(WithPrompt(which));

        Assert.Equal(JsonValueKind.Array, ChoicesIn(json).ValueKind);
        Assert.Equal(["Hospital Porter", "ESOL for Health"], read.Stack[1].Prompt!.Choices.Select(c => c.Label));
        Assert.Equal(["1", "2"], read.Stack[1].Prompt!.Choices.Select(c => c.Value));
        Assert.Null(read.Stack[1].Prompt!.Choices[0].Synonyms);
    }

    [Fact]
    public void StateWrittenBeforeNames_ButtonsInFull_StillRead()
    {
        PromptSpec hours = Questions.Hours();
        // The same state as an earlier build wrote it: the buttons as an array of objects.
        var array = JsonSerializer.Serialize(hours.Choices.Select(c => new { value = c.Value, label = c.Label, synonyms = c.Synonyms }));
        string old = Json(WithPrompt(hours)).Replace("\"questions.hours\"", array, StringComparison.Ordinal);
        Assert.Contains("\"synonyms\":[\"full time\"", old, StringComparison.Ordinal);

        DialogState read = DialogStateSerializer.Read(DialogStateSerializer.ReadText(old))!;

        Assert.True(PromptChoiceSets.SameButtons(hours.Choices, read.Stack[1].Prompt!.Choices));
        Assert.Equal("behind", read.Answers.InterestKey);
    }

    [Fact]
    public void UnknownName_ReadsAsNoButtons_TheRestOfTheStateReads()
    {
        string json = Json(WithPrompt(Questions.Hours())).Replace("\"questions.hours\"", "\"questions.gone\"", StringComparison.Ordinal);

        DialogState? read = DialogStateSerializer.Read(DialogStateSerializer.ReadText(json));

        Assert.NotNull(read);
        Assert.Empty(read.Stack[1].Prompt!.Choices);
        Assert.Equal(PromptKind.Hours, read.Stack[1].Prompt!.Kind);
        Assert.Equal("behind", read.Answers.InterestKey);
    }

    [Fact]
    public void SameNameOtherButtons_NotRegistered_StoredInFull()
    {
        IReadOnlyList<PromptChoice> first = PromptChoiceSets.Register("test." + Guid.NewGuid().ToString("N"), [new PromptChoice("a", "A", ["aa"])]);
        Assert.True(PromptChoiceSets.TryGetName(first, out string? name));
        PromptChoice[] other = [new PromptChoice("a", "Other label", ["aa"])];
        PromptChoice[] same = [new PromptChoice("a", "A", ["aa"])];

        Assert.Same(other, PromptChoiceSets.Register(name, other));
        Assert.False(PromptChoiceSets.TryGetName(other, out _));
        Assert.Same(first, PromptChoiceSets.Register(name, same));
        var prompt = new PromptSpec { Kind = PromptKind.Choice, Step = "s", MessageKey = "k", Choices = other };
        Assert.Equal(JsonValueKind.Array, ChoicesIn(Json(WithPrompt(prompt))).ValueKind);
    }

    /// <summary>The names are stored in conversations: renaming one makes stored conversations lose that question's buttons.</summary>
    [Fact]
    public void EveryFixedList_RegisteredUnderItsStoredName()
    {
        Questions.RegisterAll();
        string[] names =
        [
            "questions.interest.0", "questions.interest.1", "questions.interest.2", "questions.yesno", "questions.workstyle", "questions.qualifications",
            "questions.courselevel", "questions.hours", "questions.times", "questions.start", "questions.place", "questions.miles",
            "questions.results", "questions.results.none", "questions.changewhich",
        ];

        foreach (string name in names)
            Assert.True(PromptChoiceSets.TryGet(name, out IReadOnlyList<PromptChoice>? list) && list.Count > 0, name);
        Assert.Equal(InterestKinds.Pages.Count, names.Count(n => n.StartsWith("questions.interest.", StringComparison.Ordinal)));
        Assert.Same(Questions.Times().Choices, new Questions(MessageCatalogue.Default).Times().Choices);
    }
}

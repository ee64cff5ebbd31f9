using System.Text.Json;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A button that says nothing else goes straight to its question (<see cref="PlainChoices"/>). Every button of every
/// guided question met on the way (each followed in turn, to every question after it) is pressed twice from the same
/// state: by an engine that sends such buttons straight to the question, and by one that reads every message in full.
/// Both must give the same turn: replies, stored state, signals and action.
/// </summary>
public sealed class PlainChoicesTests
{
    private static readonly DateTimeOffset[] Clocks =
    [
        TestTalk.Now,
        new(2026, 1, 3, 22, 30, 0, TimeSpan.Zero),
        new(2027, 6, 14, 6, 5, 0, TimeSpan.FromHours(1)),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_button_of_the_guided_questions_gives_the_same_turn_read_straight_or_in_full(bool numbered)
    {
        var ct = TestContext.Current.CancellationToken;
        var search = new FakeCatalogue();
        var straight = new ConversationEngine(search, TestTalk.Places);
        var inFull = new ConversationEngine(search, TestTalk.Places) { ButtonsGoStraightToTheQuestion = false };
        var judge = new PlainChoices(new FactReader(TestTalk.Places), new EnglishNeedRecognizer());

        var joined = await straight.RunTurnAsync(Turn("", numbered), null, ct);
        var waiting = new Queue<DialogSnapshot>([joined.State!]);
        var questionsSeen = new HashSet<string>(StringComparer.Ordinal);
        var pressed = new List<(PromptSpec Asked, string Text)>();
        while (waiting.Count > 0)
        {
            var state = waiting.Dequeue();
            if (DialogStateSerializer.Read(state)?.Stack is not [.., { Prompt: { } asked }] || !FactReader.MainQuestions.Contains(asked.Step)) continue;
            if (!questionsSeen.Add(asked.Step + "|" + asked.MessageKey + "|" + string.Join("|", asked.Choices.Select(c => c.Label)))) continue;
            // "Where do you live?" has a button to skip it only: a town typed goes on to the distance.
            var answers = asked.Choices.SelectMany(c => new[] { c.Label, c.Value, c.Label.ToLowerInvariant() })
                .Concat(asked.Step == "place" ? ["Walsall"] : []).Distinct(StringComparer.Ordinal);
            foreach (var text in answers)
            {
                var fast = await straight.RunTurnAsync(Turn(text, numbered), state, ct);
                var full = await inFull.RunTurnAsync(Turn(text, numbered), state, ct);
                Assert.True(JsonOf(full) == JsonOf(fast), $"'{text}' at {asked.Step} ({asked.MessageKey}) differs:\nin full: {JsonOf(full)}\nstraight: {JsonOf(fast)}");
                pressed.Add((asked, text));
                if (fast.State is { } next) waiting.Enqueue(next);
            }
        }

        // The walk met every main question, and most buttons went straight to theirs (or nothing was proved).
        Assert.Equal(FactReader.MainQuestions.Order(), pressed.Select(p => p.Asked.Step).Distinct().Order());
        var plain = pressed.Count(p => judge.IsPlain(p.Asked, p.Text, TestTalk.Now));
        Assert.True(pressed.Count >= 60, $"only {pressed.Count} buttons pressed");
        Assert.True(plain * 2 > pressed.Count, $"only {plain} of {pressed.Count} buttons went straight to the question");
    }

    [Fact]
    public void Whether_a_button_says_nothing_else_is_the_same_at_any_time()
    {
        var judge = new PlainChoices(new FactReader(TestTalk.Places), new EnglishNeedRecognizer());
        var questions = new Questions(Messages.MessageCatalogue.Default);
        PromptSpec[] asked =
        [
            questions.Interest(0), questions.Interest(1), questions.Qualifications(), questions.GcseGrade(), questions.CourseLevel(),
            questions.OverseasDegree(), questions.Hours(), questions.Times(), questions.Start(), questions.Place(), questions.Miles(),
        ];
        var checkedButtons = 0;
        foreach (var prompt in asked)
        foreach (var choice in prompt.Choices)
        {
            var first = judge.SaysNothingElse(prompt.Step, choice.Label, Clocks[0]);
            foreach (var clock in Clocks.Skip(1))
                Assert.True(first == judge.SaysNothingElse(prompt.Step, choice.Label, clock), $"'{choice.Label}' at {prompt.Step} changes with the clock");
            checkedButtons++;
        }
        Assert.True(checkedButtons >= 30, $"only {checkedButtons} buttons");
    }

    [Theory]
    // Not a button of the question: typed words, a button with more said, or another question's button.
    [InlineData("none please")]
    [InlineData("None, but i have a criminal record")]
    [InlineData("Up to 10 miles")]
    [InlineData("")]
    public void Words_that_are_not_a_button_of_the_question_are_read_in_full(string text)
    {
        var judge = new PlainChoices(new FactReader(TestTalk.Places), new EnglishNeedRecognizer());
        Assert.False(judge.IsPlain(new Questions(Messages.MessageCatalogue.Default).Qualifications(), text, TestTalk.Now));
    }

    [Fact]
    public void A_button_at_a_question_that_is_not_a_guided_one_is_read_in_full()
    {
        var judge = new PlainChoices(new FactReader(TestTalk.Places), new EnglishNeedRecognizer());
        var menu = new Questions(Messages.MessageCatalogue.Default).ResultsMenu();
        Assert.NotEmpty(menu.Choices);
        Assert.All(menu.Choices, c => Assert.False(judge.IsPlain(menu, c.Label, TestTalk.Now)));
    }

    private static Turn Turn(string text, bool numbered) => new()
    {
        Text = text, LocalTime = TestTalk.Now, Channel = ChannelKind.Test, ChoicesNumbered = numbered, ConversationId = "c1",
        IsConversationStart = text.Length == 0,
    };

    private static string JsonOf(TurnOutcome outcome) => JsonSerializer.Serialize(outcome);
}

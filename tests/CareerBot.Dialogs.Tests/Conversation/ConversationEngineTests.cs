using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed class ConversationEngineTests
{
    private static readonly string[] ToResults = ["Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles"];

    [Fact]
    public async Task RunTurn_ConversationStart_GreetsThenAsksOneQuestionWithButtons()
    {
        var talk = new TestTalk();
        var outcome = await talk.JoinAsync();

        Assert.True(outcome.Replies.Count >= 2);
        Assert.All(outcome.Replies.SkipLast(1), r => Assert.False(r.ExpectsInput));
        var question = outcome.Replies[^1];
        Assert.True(question.ExpectsInput);
        Assert.Equal("What kind of work do you like?", question.Text);
        Assert.InRange(question.Choices.Count, 2, 4);
        Assert.Contains(outcome.Replies, r => r.Text.Contains("CareerBot", StringComparison.Ordinal));
        Assert.NotNull(outcome.State);
    }

    [Fact]
    public async Task RunTurn_NewEngineWithSavedState_ResumesAtTheSameQuestion()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal("How many hours a week can you work?", talk.LastText);

        // A restart: a new engine, only the JSON text kept.
        talk.Engine = new ConversationEngine(talk.Catalogue, TestTalk.Places);
        await talk.SayAsync("Part-time");
        Assert.Equal("When can you work?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_WholeConversation_BuildsProfileFromAnswers()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults);

        var profile = talk.Catalogue.Profiles[^1];
        Assert.Equal(["social care"], profile.Families);
        Assert.Equal(0, profile.QualificationLevel);
        Assert.Equal(16, profile.MinHoursPerWeek);
        Assert.Equal(30, profile.MaxHoursPerWeek);
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.PartTime));
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.Nights));
        Assert.Equal("Dudley", profile.Place);
        Assert.Equal(5, profile.MaxMiles);
        Assert.Equal(new DateOnly(2026, 11, 23), profile.StartDate);
        Assert.Equal(3, profile.Limit);

        var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
        Assert.Equal(3, cards.Count);
        Assert.All(cards, c => Assert.Contains(c.Lines, l => l.StartsWith("Pay:", StringComparison.Ordinal)));
        Assert.All(cards, c => Assert.Contains(c.Lines, l => l.StartsWith("Next step:", StringComparison.Ordinal)));
        Assert.All(cards, c => Assert.Contains(c.Lines, l => l.StartsWith("Why it fits:", StringComparison.Ordinal)));
        Assert.Equal("What would you like to do next?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_WholeConversation_EmitsInsightSignals()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults);

        Assert.Contains(new InsightSignal("step", "interest"), talk.Signals);
        Assert.Contains(new InsightSignal("step", "qualifications"), talk.Signals);
        Assert.Contains(new InsightSignal("step", "results"), talk.Signals);
        Assert.Contains(new InsightSignal("interest", "care"), talk.Signals);
        Assert.Contains(new InsightSignal("level", "0"), talk.Signals);
        Assert.Contains(new InsightSignal("shown", "care-worker"), talk.Signals);
    }

    [Fact]
    public async Task RunTurn_WordsTheCatalogueDoesNotKnow_ReasksWithExamplesThenMovesOn()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("welder");
        // A job we do not have is named back, with examples of ours; then the question again.
        Assert.Contains("no jobs for \"welder\"", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("like cleaning", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.Contains(new InsightSignal("unmatched", "welder"), talk.Last.Signals);

        await talk.SayAsync("zzzz");
        Assert.Contains("Sorry", talk.AllText, StringComparison.Ordinal);
        await talk.SayAsync("qqqq");
        // Third miss: a helpful fallback, and the conversation goes on to the next question.
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("all kinds", StringComparison.Ordinal));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_HelpInTheMiddle_ExplainsAndAsksTheSameQuestionAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("Caring for people");
        await talk.SayAsync("help");
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("I help you", StringComparison.Ordinal));
        Assert.Equal("What qualifications do you have?", talk.LastText);
        await talk.SayAsync("None");
        Assert.Equal("How many hours a week can you work?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_GlossaryQuestion_ExplainsTheWordAndAsksAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("Caring for people");
        await talk.SayAsync("What does NVQ mean?");
        Assert.Contains("National Vocational Qualification", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_Back_GoesToThePreviousQuestion()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        await talk.SayAsync("back");
        Assert.Equal("What qualifications do you have?", talk.LastText);
        await talk.SayAsync("back");
        Assert.Equal("What kind of work do you like?", talk.LastText);
        await talk.SayAsync("back");
        Assert.Contains("first question", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_ChangeMyHoursAfterResults_AsksHoursThenShowsNewResults()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults);
        await talk.SayAsync("change my hours");
        Assert.Equal("How many hours a week can you work?", talk.LastText);
        await talk.SayAsync("Full-time");
        Assert.Equal("When can you work?", talk.LastText);
        await talk.SayAsync("Days");
        Assert.Equal("What would you like to do next?", talk.LastText);
        var profile = talk.Catalogue.Profiles[^1];
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.FullTime));
        Assert.Equal("Dudley", profile.Place);
    }

    [Fact]
    public async Task RunTurn_ChangeAnswerBeforeResults_GoesOnWithTheNextQuestions()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        await talk.SayAsync("change my answer");
        Assert.Equal("Which answer do you want to change?", talk.LastText);
        await talk.SayAsync("Kind of work");
        await talk.SayAsync("Office work");
        // Not seen results yet: the talk carries on with the questions, not straight to results.
        Assert.Equal("What qualifications do you have?", talk.LastText);
        Assert.Empty(talk.Catalogue.Profiles);
    }

    [Fact]
    public async Task RunTurn_NoResults_SaysSoAndOffersOnlyChangeOrStartAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        // The small fake catalogue has no pharmacy jobs.
        await talk.SayAllAsync("Medicines", "None", "Full-time", "Days", "Now", "skip");
        Assert.Contains("found no jobs", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(["change", "restart"], talk.Last.Replies[^1].Choices.Select(c => c.Value));
        await talk.SayAsync("1");
        Assert.Equal("Which answer do you want to change?", talk.LastText);
        await talk.SayAsync("Kind of work");
        await talk.SayAsync("Caring for people");
        Assert.Contains(talk.Last.Replies, r => r.Cards.Count > 0);
    }

    [Fact]
    public async Task RunTurn_ForgetMe_DeletesStateAndAsksHostToForget()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("Caring for people");
        var outcome = await talk.SayAsync("forget me");
        Assert.Null(outcome.State);
        Assert.Equal(ConversationAction.ForgetMe, outcome.Action);
        Assert.Contains("removed all your answers", outcome.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurn_Stop_EndsAndNextMessageGreetsAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        var stop = await talk.SayAsync("stop");
        Assert.Equal(ConversationAction.End, stop.Action);
        Assert.All(stop.Replies, r => Assert.False(r.ExpectsInput));
        await talk.SayAsync("hello");
        Assert.Contains("I am CareerBot", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurn_BrokenState_StartsAgainKindly()
    {
        var talk = new TestTalk { State = new DialogSnapshot("{not json") };
        var outcome = await talk.SayAsync("hello");
        Assert.Contains("start again", outcome.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_SearchFails_SaysSorryAndStillOffersNextSteps()
    {
        var catalogue = new FakeCatalogue();
        var talk = new TestTalk(catalogue);
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults[..^1]);
        catalogue.Throw = new InvalidOperationException("index gone");
        await talk.SayAsync(ToResults[^1]);
        Assert.Contains("cannot look for jobs", talk.AllText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.NotNull(talk.State);
    }

    [Fact]
    public async Task RunTurn_CardSubmitWithoutText_UsesTheValue()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("", """{"text":"Caring for people"}""");
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_NotSure_ThreeQuestionsFindADirection()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("not sure");
        Assert.Equal("Do you like to help people?", talk.LastText);
        await talk.SayAsync("no");
        await talk.SayAsync("At a desk");
        Assert.Contains("computers", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_DetailsAndCourses_ShowOneJob()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults);
        await talk.SayAsync("More about a job");
        Assert.Equal(3, talk.Last.Replies[^1].Choices.Count);
        await talk.SayAsync("1");
        Assert.Contains("DBS", talk.AllText, StringComparison.Ordinal);
        await talk.SayAsync("courses for 1");
        Assert.Contains(talk.Last.Replies, r => r.Cards.Any(c => c.Title == "Care course"));
    }

    [Fact]
    public async Task RunTurn_MoreResults_ShowsTheNextPageThenSaysNoMore()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "I do not mind", "Any time", "Now", "skip");
        Assert.Equal(0, talk.Catalogue.Profiles[^1].Offset);
        await talk.SayAsync("More jobs");
        Assert.Equal(3, talk.Catalogue.Profiles[^1].Offset);
        Assert.Contains(talk.Last.Replies, r => r.Text == "Here is 1 more job." && r.Cards.Count == 1);
        await talk.SayAsync("More jobs");
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("There are no more jobs", StringComparison.Ordinal));
        Assert.Equal("What would you like to do next?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_StartAgain_ClearsAnswers()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Computers and IT", "None");
        await talk.SayAsync("start again");
        Assert.Equal("What kind of work do you like?", talk.LastText);
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Days", "Now", "skip");
        Assert.Equal(["social care"], talk.Catalogue.Profiles[^1].Families);
    }
}

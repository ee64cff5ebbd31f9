using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>Facts given before they are asked, or in answer to another question, are kept and not asked again.</summary>
public sealed class OutOfOrderAnswersTests
{
    private const string Hours = "How many hours a week can you work?";
    private const string Times = "When can you work?";
    private const string Start = "When can you start work?";
    private const string Miles = "How far can you travel to work?";
    private const string Next = "What would you like to do next?";

    private static async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk();
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("cleaner", "Domestic assistant", "support services", "You do the cleaning on hospital wards."));
        await talk.JoinAsync();
        return talk;
    }

    [Fact]
    public async Task RunTurn_KindHoursAndPlaceFirst_KeepsOwnWordsAndSkipsKnownQuestions()
    {
        var talk = await StartAsync();
        await talk.SayAsync("I want cleaning job part time near Dudley");
        Assert.Contains("Good. I will look for \"cleaning\" jobs.", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("porter", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What qualifications do you have?", talk.LastText);

        await talk.SayAsync("None");
        Assert.Contains("part-time", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now");
        Assert.Contains("near Dudley", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync("by bus");
        Assert.Equal(Next, talk.LastText);

        Assert.Contains(new CareerBot.Dialogs.Engine.InsightSignal("step", "hours"), talk.Signals);
        Assert.Contains(new CareerBot.Dialogs.Engine.InsightSignal("noted", "place"), talk.Signals);
        var profile = talk.Catalogue.Profiles[^1];
        Assert.Contains("cleaning", profile.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dudley", profile.Text, StringComparison.Ordinal);
        Assert.Contains("support services", profile.Families);
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.PartTime));
        Assert.Equal("Dudley", profile.Place);
        Assert.Equal(5, profile.MaxMiles);
        Assert.Equal("Domestic assistant", talk.Last.Replies.SelectMany(r => r.Cards).First().Title);
    }

    [Theory]
    [InlineData("any hours", "any time is fine")]
    [InlineData("Any hours is fine", "all times")]
    [InlineData("whatever", "doesnt matter")]
    [InlineData("i dont mind", "any day")]
    public async Task RunTurn_DoesNotMindHoursOrTimes_TakesTheAnyButtonWithoutACheck(string hours, string times)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("cleaning", "None");
        await talk.SayAsync(hours);
        Assert.Equal(Times, talk.LastText);
        await talk.SayAsync(times);
        Assert.Equal(Start, talk.LastText);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Behind the scenes")]
    [InlineData("behind")]
    [InlineData("3")]
    public async Task RunTurn_ButtonPress_SearchesByKindOnly(string press)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync(press, "None", "Part-time", "Days", "Now", "skip");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.Null(profile.Text);
        Assert.Contains("support services", profile.Families);
    }

    [Fact]
    public async Task RunTurn_TypedKindWord_KeepsTheWordForTheSearch()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("cleaning", "None", "Part-time", "Days", "Now", "skip");
        Assert.Equal("cleaning", talk.Catalogue.Profiles[^1].Text);
    }

    [Fact]
    public async Task RunTurn_QualificationsAtTheHoursQuestion_NotedAndHoursAskedAgainKindly()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None");
        await talk.SayAsync("I have NVQ level 2 care and I can drive");
        Assert.Contains("Level 2", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);

        await talk.SayAllAsync("Part-time", "Days", "Now", "skip");
        Assert.Equal(2, talk.Catalogue.Profiles[^1].QualificationLevel);
    }

    [Fact]
    public async Task RunTurn_PlaceAndBusAtTheStartQuestion_NotedThenPlaceAndDistanceSkipped()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Days");
        await talk.SayAsync("i live in walsall, i take bus");
        Assert.Contains("near Walsall", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("5 miles", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Start, talk.LastText);

        await talk.SayAsync("Now");
        Assert.Equal(Next, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Where do you live", StringComparison.Ordinal));
        var profile = talk.Catalogue.Profiles[^1];
        Assert.Equal("Walsall", profile.Place);
        Assert.Equal(5, profile.MaxMiles);
    }

    [Fact]
    public async Task RunTurn_TimesAtTheHoursQuestion_NotedAndTimesNotAskedAgain()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None");
        await talk.SayAsync("evenings and weekends");
        Assert.Contains("evenings and weekends", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);

        await talk.SayAsync("Part-time");
        Assert.Equal(Start, talk.LastText);
        await talk.SayAllAsync("Now", "skip");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.Evenings));
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.Weekends));
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.PartTime));
    }

    [Theory]
    [InlineData("by bus", 5)]
    [InlineData("I take the bus", 5)]
    [InlineData("bus", 5)]
    [InlineData("I drive", 10)]
    [InlineData("by car", 10)]
    [InlineData("walk", 2)]
    [InlineData("i walk to work", 2)]
    [InlineData("train", 10)]
    [InlineData("I don't drive", 5)]
    [InlineData("no car", 5)]
    public async Task RunTurn_HowTheyTravelAtTheDistanceQuestion_GivesADistance(string said, double miles)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Days", "Now", "Dudley");
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync(said);
        Assert.Equal(Next, talk.LastText);
        Assert.Contains($"{miles} miles away", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(miles, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Fact]
    public async Task RunTurn_BackToASkippedQuestion_AsksIt()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("cleaning part time", "None");
        Assert.Equal(Times, talk.LastText);
        await talk.SayAsync("back");
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAsync("Full-time");
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now", "skip");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.FullTime));
        Assert.False(profile.Patterns.HasFlag(WorkPatterns.PartTime));
    }

    [Fact]
    public async Task RunTurn_ChangeMyHoursWhenHoursWereNoted_AsksHours()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("cleaning part time near Dudley", "None", "Days", "Now", "5");
        Assert.Equal(Next, talk.LastText);
        await talk.SayAsync("change my hours");
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAllAsync("Full-time", "Days");
        Assert.Equal(Next, talk.LastText);
        Assert.True(talk.Catalogue.Profiles[^1].Patterns.HasFlag(WorkPatterns.FullTime));
    }

    [Fact]
    public async Task RunTurn_StartAgain_ForgetsNotedFacts()
    {
        var talk = await StartAsync();
        await talk.SayAsync("cleaning part time near Dudley");
        await talk.SayAsync("start again");
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal(Hours, talk.LastText);
    }

    [Fact]
    public async Task RunTurn_EverythingInTheFirstAnswer_AsksOnlyWhatIsLeft()
    {
        var talk = await StartAsync();
        await talk.SayAsync("care work nights in Walsall, I can start next week, 20 hours a week");
        Assert.Equal("What qualifications do you have?", talk.LastText);
        await talk.SayAsync("None");
        Assert.Contains("20 hours a week", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("nights", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("near Walsall", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Miles, talk.LastText);
        await talk.SayAsync("3");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.Equal("Walsall", profile.Place);
        Assert.Equal(20, profile.MinHoursPerWeek);
        Assert.True(profile.Patterns.HasFlag(WorkPatterns.Nights));
        Assert.True(profile.StartDate > DateOnly.FromDateTime(TestTalk.Now.DateTime));
        Assert.Equal(["social care"], profile.Families);
    }

    [Fact]
    public async Task RunTurn_OnlyOtherFactsAtTheFirstQuestion_NotedAndAsksTheKindOfWorkAgain()
    {
        var talk = await StartAsync();
        await talk.SayAsync("part time near Dudley");
        Assert.Contains("near Dudley", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What kind of work do you like?", talk.LastText);
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal(Times, talk.LastText);
    }

    [Fact]
    public async Task RunTurn_DrivingJob_IsNotADistance()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("I want a driving job", "None", "Full-time", "Days", "Now", "Dudley");
        Assert.Equal(Miles, talk.LastText);
    }

    [Fact]
    public async Task RunTurn_ButtonNumberAtTheHoursQuestion_IsOnlyTheButton()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None", "2");
        Assert.Equal(Times, talk.LastText);
        Assert.DoesNotContain("near", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTurn_DaysAWeekAtTheHoursQuestion_SaysTheDaysAndTheEstimate()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None", "i can work 3 days a week");
        Assert.Contains("3 days a week, about 21 to 24 hours", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Times, talk.LastText);
    }

    [Fact]
    public async Task RunTurn_NoQualificationsInTheFirstAnswer_QualificationsNotAskedAgain()
    {
        var talk = await StartAsync();
        await talk.SayAsync("i am looking job in hospital. i have no qualification. i can work nights only");
        Assert.Contains("no qualifications", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAsync("full time");
        Assert.Contains("nights", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Start, talk.LastText);
    }

    [Fact]
    public async Task RunTurn_CarAtThePlaceQuestion_NotedAndPlaceAskedAgain()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("Caring for people", "None", "20", "Nights", "Now");
        await talk.SayAsync("I have car");
        Assert.Contains("10 miles", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.StartsWith("Where do you live?", talk.LastText, StringComparison.Ordinal);
        await talk.SayAsync("Dudley");
        Assert.Equal(Next, talk.LastText);
        Assert.Equal(10, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    /// <summary>Residents' own ways of answering: ESOL-style English, typos, SMS numbers, run-on answers.</summary>
    public static TheoryData<string[]> Residents => new()
    {
        new[] { "i want job cleaner", "no", "part time", "morning", "now", "dudley", "5" },
        new[] { "care job pls", "nothing", "16 hour", "weekend", "asap", "walsall", "by bus" },
        new[] { "carer job in walsall", "none", "full time", "days", "now", "bus" },
        new[] { "1", "1", "2", "1", "1", "1" },
        new[] { "I like help old people", "i dont have", "20", "any time", "next month", "B15", "3" },
        new[] { "cleaning part time near dudley", "none", "mornings", "now", "walk" },
        new[] { "care", "NVQ level 2", "evenings and weekends", "part time", "now", "skip" },
        new[] { "care", "none", "i live in walsall i take bus", "full time", "days", "now" },
        new[] { "hospital porter nights", "no", "full time", "now", "brum", "car" },
        new[] { "Caring for people", "None", "I have NVQ level 2 care and I can drive", "part time", "days", "now", "dudley", "i drive" },
        new[] { "office work", "gcse english maths", "yes", "part time 20 hours", "weekdays", "in a month", "skip" },
        new[] { "kitchen", "none", "4 hours a day", "yes", "mornings", "now", "dudly", "3" },
        new[] { "care home job full time i live in dudley", "level 2", "days", "now", "10" },
        new[] { "I am looking for care work. I can do nights. I live in Walsall. I take the bus.", "none", "full time", "now" },
        new[] { "Computers and IT", "A work course", "Level 3 or higher", "Full-time", "Any time", "Now", "skip" },
        new[] { "care", "none", "part time", "school hours", "now", "WS1", "2 miles" },
        new[] { "hospital", "from my country", "yes", "full time", "nights", "now", "Birmingham", "any" },
        new[] { "care job weekends only", "none", "16 hours", "now", "dudley", "not far" },
        new[] { "porter", "no qualifications", "fulltime", "nites", "now", "skip" },
        new[] { "care", "none", "part time", "days", "i can start monday", "dudley", "by bus" },
        new[] { "care", "none", "part-time", "days", "now", "i live in dudley", "5 mile" },
        new[] { "cleaner", "none", "part time", "days", "walsall", "now", "bus" },
        new[] { "care work near Birmingham", "none", "evenings", "part time", "now", "I don't drive" },
        new[] { "cleaning", "i have english gcse grade 4", "yes", "30 hours", "any", "now", "skip" },
        new[] { "care", "ESOL entry 3", "full time", "days", "now", "I live in Dudley, I can walk" },
        new[] { "I want care job, I can start now", "none", "part time", "days", "Dudley", "3" },
        new[] { "care", "none", "i can work 3 days a week", "mornings", "now", "walsall", "bus" },
        new[] { "care", "none", "part time", "days", "now", "I have car", "walsall" },
        new[] { "hospital job. no qualification. nights only", "full time", "now", "dudley", "walk" },
    };

    [Theory]
    [MemberData(nameof(Residents))]
    public async Task RunTurn_ResidentsOwnWords_ReachSuggestionsWithoutSorry(string[] lines)
    {
        var talk = await StartAsync();
        var sorry = 0;
        foreach (var line in lines)
        {
            await talk.SayAsync(line);
            sorry += talk.Last.Replies.Count(r => r.Text.StartsWith("Sorry, I did not understand", StringComparison.Ordinal));
        }
        Assert.True(talk.LastText == Next, string.Join(" / ", lines) + " -> " + talk.AllText);
        Assert.Equal(0, sorry);
    }
}

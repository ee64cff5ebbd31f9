using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed class SuggestionCardsTests
{
    private static readonly SuggestionCards Cards = new(MessageCatalogue.Default);

    private static Suggestion Some(RoleCard role, bool canStart = true, CourseCard? pathway = null, params MatchReason[] why) => new()
    {
        Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role, CanStartNow = canStart, Pathway = pathway, Why = why,
    };

    [Fact]
    public void ForSuggestion_RoleYouCanStart_WhatWhyPayHoursNextStep()
    {
        var role = FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital.", band: "2", pay: 24465);
        var card = Cards.ForSuggestion(Some(role, why: [new(MatchKind.Synonym, "portering", "title", "porter"), new(MatchKind.Hours, "nights", "hours")]), 1, typed: "portering");

        Assert.Equal("Hospital porter", card.Title);
        Assert.Equal("You move patients around the hospital.", card.Lines[0]);
        Assert.Equal("Why it fits: You said \"portering\". The hours match.", card.Lines[1]);
        Assert.Equal("Pay: Band 2, about £24,465 a year.", card.Lines[2]);
        Assert.Equal("Hours: full-time, part-time, nights.", card.Lines[3]);
        Assert.Equal("Next step: you can apply now.", card.Lines[4]);
        Assert.Equal(["details 1", "courses 1"], card.Buttons.Select(b => b.Value));
    }

    [Fact]
    public void ForSuggestion_RoleNotYet_NamesTheCourseFirst()
    {
        var role = FakeCatalogue.Role("nursing-associate", "Nursing associate", "clinical", "You care for patients with a nurse.", pay: 28000);
        var course = new CourseCard { Id = "na", Title = "Nursing associate apprenticeship", Level = "Level 5", Kind = "apprenticeship" };
        var card = Cards.ForSuggestion(Some(role, canStart: false, pathway: course,
            why: new MatchReason(MatchKind.Qualification, "Registered nurse", "progression")), 2);
        // An apprenticeship is a paid job with training: applied for, not finished "first".
        Assert.Contains("Next step: apply for \"Nursing associate apprenticeship\". You learn at work and get paid.", card.Lines);
        Assert.DoesNotContain(card.Lines, l => l.Contains("first.", StringComparison.Ordinal) && l.StartsWith("Next step", StringComparison.Ordinal));
        Assert.Contains("Why it fits: It is a first step to Registered nurse.", card.Lines);
    }

    [Fact]
    public void ForSuggestion_RoleNotYet_ACollegeCourse_IsDoneFirst()
    {
        var role = FakeCatalogue.Role("pharmacy-technician", "Pharmacy technician", "pharmacy", "You make and check medicines.", pay: 28000);
        var course = new CourseCard { Id = "pt", Title = "Pharmacy Technician diploma", Level = "Level 3", Kind = "college course" };
        var card = Cards.ForSuggestion(Some(role, canStart: false, pathway: course), 1);

        Assert.Contains("Next step: do the course \"Pharmacy Technician diploma\" first.", card.Lines);
    }

    [Fact]
    public void ForCourse_AnApprenticeship_IsAppliedForLikeAJob()
    {
        var apprenticeship = new CourseCard { Id = "a", Title = "Adult Care Worker apprenticeship (Level 2)", Level = "Level 2", Kind = "apprenticeship" };
        var college = new CourseCard { Id = "c", Title = "Functional Skills English Level 1", Level = "Level 1", Kind = "college course" };

        Assert.Equal("Next step: apply for it like a job, to an employer.", Cards.ForCourse(apprenticeship).Lines[^1]);
        Assert.Equal("Next step: ask the college or training place.", Cards.ForCourse(college).Lines[^1]);
    }

    [Theory]
    [InlineData("NHS trust", "Pharmacy assistant / pharmacy support worker (hospital)",
        "How to apply: look on NHS Jobs at https://www.jobs.nhs.uk. Search for \"Pharmacy assistant\" near Walsall.")]
    [InlineData("care home", "Care worker (care home)",
        "How to apply: look on Find a job at https://www.gov.uk/find-a-job. Search for \"Care worker\" near Walsall. You can also ask care homes near you.")]
    [InlineData("GP practice", "GP practice receptionist / care navigator",
        "How to apply: look on NHS Jobs at https://www.jobs.nhs.uk. Search for \"GP practice receptionist\" near Walsall. You can also ask GP surgeries near you.")]
    [InlineData("local authority", "Reablement support worker", "How to apply: look at the jobs page on the Walsall council website.")]
    [InlineData("charity", "Befriender", "How to apply: Care homes and charities.")]
    public void HowToApply_ByEmployer_NamesTheJobSiteAndTheWordsToSearch(string employer, string title, string expected)
    {
        var role = FakeCatalogue.Role("job", title, "care", "You help people.") with { EmployerTypes = [employer], ApplyHint = "Care homes and charities." };
        var home = new PlaceAnswer("Walsall", "Walsall", null, 5);
        Assert.Equal(expected, Cards.HowToApply(role, home));
    }

    [Fact]
    public void HowToApply_NoPlaceGiven_SearchesByJobAlone()
    {
        var role = FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients.") with { EmployerTypes = ["NHS trust"] };
        Assert.Equal("How to apply: look on NHS Jobs at https://www.jobs.nhs.uk. Search for \"Hospital porter\".", Cards.HowToApply(role, null));
        Assert.Equal("How to apply: look at the jobs page on your council website.",
            Cards.HowToApply(role with { EmployerTypes = ["local authority"] }, null));
    }

    [Fact]
    public void ForSuggestion_LevelTooLow_NeverSaysYouHaveTheLevel()
    {
        var role = FakeCatalogue.Role("analyst", "Data analyst", "digital", "You turn data into reports.", band: "5", pay: 31049);
        var course = new CourseCard { Id = "it", Title = "Digital skills course", Level = "Level 3", Kind = "course" };
        var card = Cards.ForSuggestion(Some(role, canStart: false, pathway: course, why:
        [
            new(MatchKind.Interest, "data", "title", "data"),
            new(MatchKind.Qualification, "Level 1", "level", "Needs Level 3."),
        ]), 1, typed: "data");

        Assert.DoesNotContain(card.Lines, l => l.Contains("level you need", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Next step: do the course \"Digital skills course\" first.", card.Lines);
    }

    [Fact]
    public void ForSuggestion_PartTimeWantedButNotOffered_NeverSaysTheHoursMatchAndSaysWhatToAsk()
    {
        var role = FakeCatalogue.Role("caretaker", "Caretaker", "estates", "You look after NHS buildings.", band: "2", pay: 24465);
        var card = Cards.ForSuggestion(Some(role, why:
        [
            new(MatchKind.Qualification, "Entry level", "level", "No qualifications needed."),
            new(MatchKind.Hours, "part-time", MatchReason.HoursMissing),
            new(MatchKind.Hours, "days", MatchReason.HoursFit, "early starts"),
        ]), 1);

        Assert.DoesNotContain(card.Lines, l => l.Contains("hours match", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Why it fits: You have the level you need.", card.Lines);
        Assert.Contains("These hours may not suit you. Ask if you can work part-time.", card.Lines);
    }

    [Fact]
    public void ForSuggestion_EveryWantedPatternOffered_SaysTheHoursMatchAndAsksNothing()
    {
        var role = FakeCatalogue.Role("domestic-assistant", "Domestic assistant", "support services", "You clean wards.", band: "2", pay: 24465);
        var card = Cards.ForSuggestion(Some(role, why:
        [
            new(MatchKind.Hours, "part-time", MatchReason.HoursFit, "part-time"),
            new(MatchKind.Hours, "days", MatchReason.HoursFit, "early starts"),
        ]), 1);

        Assert.Contains("Why it fits: The hours match.", card.Lines);
        Assert.DoesNotContain(card.Lines, l => l.StartsWith("These hours", StringComparison.Ordinal));
    }

    [Fact]
    public void HoursToAsk_SchoolHoursMaybeAndDaysMaybe_AsksAboutSchoolHoursOnce()
    {
        var role = FakeCatalogue.Role("ward-clerk", "Ward clerk", "admin", "You do the office work for a ward.");
        var ask = Cards.HoursToAsk(Some(role, why:
        [
            new(MatchKind.Hours, "part-time", MatchReason.HoursFit, "part-time"),
            new(MatchKind.Hours, "days", MatchReason.HoursMaybe, "shifts"),
            new(MatchKind.Hours, "school hours", MatchReason.HoursMaybe, "part-time"),
        ]));

        Assert.Equal("These hours may not suit you. Ask if you can work school hours.", ask);
    }

    [Fact]
    public void HoursToAsk_TwoPatternsMissing_NamesBoth() =>
        Assert.Equal("These hours may not suit you. Ask if you can work nights and weekends.",
            Cards.HoursToAsk(Some(FakeCatalogue.Role("x", "X", "admin", "You help."), why:
            [
                new(MatchKind.Hours, "nights", MatchReason.HoursMissing),
                new(MatchKind.Hours, "weekends", MatchReason.HoursMaybe, "shifts"),
            ])));

    [Fact]
    public void HoursToAsk_RoleWithNoHoursListed_DoesNotSpeakOfTheseHours()
    {
        var role = FakeCatalogue.Role("apprentice", "Business administrator apprentice", "admin", "You learn office work.") with { HoursPatterns = [] };
        var suggestion = Some(role, why: [new(MatchKind.Hours, "days", MatchReason.HoursMissing)]);

        Assert.Equal("I do not know the hours. Ask if you can work days.", Cards.HoursToAsk(suggestion));
        Assert.DoesNotContain(Cards.ForSuggestion(suggestion, 1).Lines, l => l.StartsWith("Hours:", StringComparison.Ordinal) || l.StartsWith("These hours", StringComparison.Ordinal));
    }

    [Fact]
    public void Pay_NoFigures_SaysAskTheEmployer() =>
        Assert.Equal("Pay: ask the employer.", Cards.Pay(FakeCatalogue.Role("x", "X", "admin", "You help.")));

    [Fact]
    public void ProfileBuilder_ButtonAnswers_FamiliesLevelHoursPatternsPlace()
    {
        var answers = new CareerAnswers
        {
            InterestKey = "behind",
            Qualifications = new QualificationSet { Level = 2, Certificates = ["gcse-english", "gcse-maths"] },
            Hours = new WeeklyHours(16, 30),
            HoursPattern = WorkPatterns.PartTime,
            Times = new WorkTimes(WorkPatterns.Nights | WorkPatterns.Weekends),
            Place = new PlaceAnswer("B15", "Birmingham", "B15", null),
            MaxMiles = 3,
        };
        var profile = ProfileBuilder.From(answers, offset: 3);
        Assert.Equal(["support services", "estates"], profile.Families);
        Assert.Equal(2, profile.QualificationLevel);
        Assert.Equal(["gcse-english", "gcse-maths"], profile.Certificates);
        Assert.Equal(WorkPatterns.PartTime | WorkPatterns.Nights | WorkPatterns.Weekends, profile.Patterns);
        Assert.Equal("B15", profile.Place);
        Assert.Equal(3, profile.MaxMiles);
        Assert.Equal(3, profile.Offset);
        Assert.Null(profile.Text);
    }

    [Fact]
    public void ProfileBuilder_OwnWordsAndFlexibleTimes_TextOnlyNoPatterns()
    {
        var profile = ProfileBuilder.From(new CareerAnswers { InterestText = "I like helping old people", Times = new WorkTimes(WorkPatterns.None, DayParts.AnyTime, true) });
        Assert.Equal("I like helping old people", profile.Text);
        Assert.Empty(profile.Families);
        Assert.Equal(WorkPatterns.None, profile.Patterns);
        Assert.Null(profile.QualificationLevel);
        Assert.Null(profile.MaxMiles);
    }

    private static RoleCard Cook { get; } = FakeCatalogue.Role("cook-chef", "Cook / chef (hospital)", "support services",
        "You cook healthy meals for patients in a hospital.") with { OtherNames = ["Cook", "chef"], Tasks = ["Plan menus.", "Store food safely."] };

    private static RoleCard Catering { get; } = FakeCatalogue.Role("catering-assistant", "Catering assistant (hospital kitchen)", "support services",
        "You help make and serve food in a hospital kitchen.") with { OtherNames = ["Catering assistant", "kitchen porter"] };

    [Fact]
    public void Why_SynonymFoundOnlyInATask_NamesTheTaskNotWhatWasSaid()
    {
        var why = Cards.Why(Some(Cook, why: [new(MatchKind.Synonym, "warehouse", "tasks", "Store food safely.")]), typed: "warehouse");
        Assert.Equal("One of its tasks is: store food safely.", why);
    }

    [Fact]
    public void Why_WordOnlyInALongerOtherName_SaysThatName()
    {
        var why = Cards.Why(Some(Catering, why: [new(MatchKind.Synonym, "porter", "other names", "porter")]), typed: "porter");
        Assert.Equal("It is also called \"kitchen porter\".", why);
    }

    [Fact]
    public void Why_SynonymNamesTheJob_SaysItIsCloseNotThatTheyNamedIt()
    {
        var host = FakeCatalogue.Role("ward-host", "Ward host / hostess", "support services", "You serve meals and drinks on a ward.");
        var why = Cards.Why(Some(host, why: [new(MatchKind.Synonym, "kitchen", "other names", "Ward host / hostess")]), typed: "kitchen");
        Assert.Equal("It is close to the work you said: \"kitchen\".", why);
    }

    [Theory]
    [InlineData("porter", "title")]
    [InlineData("portering", "title")]
    [InlineData("kitchen porter", "other names")]
    public void Why_JobCarriesTheWords_QuotesThem(string typed, string field)
    {
        var why = Cards.Why(Some(Catering with { Title = "Hospital porter", OtherNames = ["kitchen porter"] }, why: [new(MatchKind.Synonym, typed, field, "porter")]), typed: typed);
        Assert.Equal($"You said \"{typed}\".", why);
    }

    [Fact]
    public void Why_SpellingFixTheJobCarries_QuotesWhatWasTyped()
    {
        var why = Cards.Why(Some(Cook, why:
        [
            new(MatchKind.SpellingFix, "cheff", "spelling", "chef"),
            new(MatchKind.Synonym, "cheff", "other names", "Cook / chef (hospital)"),
        ]), typed: "cheff");
        Assert.Equal("You said \"cheff\".", why);
    }

    [Fact]
    public void Why_CourseFoundThroughAJobItLeadsTo_NamesTheJob()
    {
        var course = new CourseCard { Id = "swap", Title = "SWAP - health and care", Level = "Entry", Kind = "programme", Summary = "A short course with a work placement." };
        var s = new Suggestion
        {
            Kind = ResultKind.Course, Id = course.Id, Title = course.Title, Score = 1, Course = course,
            Why = [new MatchReason(MatchKind.Interest, "porter", "leads to", "Hospital porter")],
        };
        Assert.Equal("It can lead to a job as Hospital porter.", Cards.Why(s, typed: "porter"));
    }
}

/// <summary>The card's hours line shows the hours that make the job a "maybe" for the resident's days or times.</summary>
public sealed class CardHoursLineTests
{
    private static readonly SuggestionCards Cards = new(MessageCatalogue.Default);

    private static Suggestion Porter(params MatchReason[] why)
    {
        var role = FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients.") with
        {
            HoursPatterns = ["full-time", "part-time", "shifts", "nights", "weekends", "bank"],
        };
        return new() { Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role, CanStartNow = true, Why = why };
    }

    [Fact]
    public void ForSuggestion_WeekdaysOnlyMaybeForWeekends_HoursLineShowsWeekends()
    {
        var card = Cards.ForSuggestion(Porter(new MatchReason(MatchKind.Hours, "weekdays only", MatchReason.HoursMaybe, "weekends")), 1);

        Assert.Contains("Hours: full-time, part-time, shifts, weekends.", card.Lines);
        Assert.Contains("These hours may not suit you. Ask if you can work weekdays only.", card.Lines);
    }

    [Fact]
    public void ForSuggestion_AllFit_FirstFourHours() =>
        Assert.Contains("Hours: full-time, part-time, shifts, nights.",
            Cards.ForSuggestion(Porter(new MatchReason(MatchKind.Hours, "weekdays only", MatchReason.HoursFit, "part-time")), 1).Lines);
}

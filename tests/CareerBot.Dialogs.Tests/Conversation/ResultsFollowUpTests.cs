using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;
using CareerBot.Tests.CatalogueViews;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What residents say at the results menu in their own words, on a small catalogue: jobs by number and by name,
/// questions about a job, new words of work, and a helpful answer to the rest. Never a wrong job for vague words.
/// </summary>
public sealed class ResultsFollowUpTests
{
    /// <summary>Caring for people, no qualifications, part-time nights, now, Dudley, 5 miles: 3 care jobs on screen.</summary>
    private static readonly string[] ToResults = ["Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles"];

    private const string Menu = "What would you like to do next?";

    private static FakeCatalogue Catalogue()
    {
        var fake = new FakeCatalogue();
        var porter = fake.Roles.FindIndex(r => r.Id == "porter");
        fake.Roles[porter] = fake.Roles[porter] with { OtherNames = ["hospital porter", "porter", "portering"], EntryRequirements = "none set; training on the job" };
        fake.Roles.Add(FakeCatalogue.Role("domestic-assistant", "Domestic assistant (hospital cleaner)", "support services",
            "You do cleaning on hospital wards.", band: "2", pay: 24465) with { OtherNames = ["hospital cleaner", "cleaner", "domestic"] });
        fake.Roles.Add(FakeCatalogue.Role("catering-assistant", "Catering assistant (hospital kitchen)", "support services",
            "You help make food in a hospital kitchen.", band: "2", pay: 24465) with { OtherNames = ["kitchen assistant", "catering"] });
        fake.Roles.Add(FakeCatalogue.Role("driver", "NHS driver (goods and post)", "support services",
            "You do driving work between hospitals.", pay: 24000) with { OtherNames = ["van driver", "delivery driver"] });
        fake.Roles.Add(FakeCatalogue.Role("registered-nurse", "Registered nurse (adult)", "clinical", "You care for adults in hospital.") with { OtherNames = ["nurse", "staff nurse"] });
        fake.Roles.Add(FakeCatalogue.Role("mental-health-nurse", "Registered mental health nurse", "clinical", "You care for people with mental illness.") with { OtherNames = ["nurse"] });
        fake.Roles.Add(FakeCatalogue.Role("nursing-associate", "Nursing associate", "clinical", "You help nurses.") with { OtherNames = ["nurse"] });
        var care = fake.Roles.FindIndex(r => r.Id == "care-worker");
        fake.Roles[care] = fake.Roles[care] with { OtherNames = ["care worker", "carer"], ApplyHint = "Care homes and agencies." };
        return fake;
    }

    private static async Task<TestTalk> AtResultsAsync(ChannelKind channel = ChannelKind.Test)
    {
        var talk = new TestTalk(Catalogue(), channel);
        await talk.JoinAsync();
        await talk.SayAllAsync(ToResults);
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    private static void AssertBackAtMenu(TestTalk talk)
    {
        Assert.Equal(Menu, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Let us move on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what about porter jobs?")]
    [InlineData("tell me about the porter job")]
    [InlineData("porter pls")]
    [InlineData("What about portering")]
    public async Task FollowUp_JobNamedNotOnScreen_ShowsThatJob(string text)
    {
        var talk = await AtResultsAsync();
        Assert.DoesNotContain(talk.Catalogue.Profiles[^1].Families, f => f == "support services");

        await talk.SayAsync(text);

        Assert.StartsWith("Hospital porter. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("tell me about the home care worker", "Home care worker. ")]
    [InlineData("home care workr", "Home care worker. ")]
    [InlineData("more about senior care worker please", "Senior care worker. ")]
    [InlineData("tell me about the cleaner job", "Domestic assistant (hospital cleaner). ")]
    [InlineData("info on kitchen assistant", "Catering assistant (hospital kitchen). ")]
    public async Task FollowUp_JobNamedInOwnWords_ShowsThatJob(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("number 2")]
    [InlineData("the second one")]
    [InlineData("2nd one pls")]
    [InlineData("job 2")]
    [InlineData("tell me about 2")]
    [InlineData("no. 2")]
    public async Task FollowUp_NumberOfAJobOnScreen_ShowsThatJob(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.StartsWith("Home care worker. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task FollowUp_LastOne_ShowsTheLastJobOnScreen()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("the last one");
        Assert.StartsWith("Senior care worker. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_BareNumber_StillPicksTheNumberedMenuButton()
    {
        // On SMS and in the terminal the menu itself is numbered ("Reply 1, 2, 3 or 4"): a bare 2 is "More jobs".
        var talk = await AtResultsAsync();
        await talk.SayAsync("2");
        Assert.Equal(3, talk.Catalogue.Profiles[^1].Offset);
    }

    [Fact]
    public async Task FollowUp_NumberNotOnScreen_SaysHowManyThereAre()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("job 7");
        Assert.Contains("I only showed you 3 jobs", talk.AllText, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("how much does it pay", "Care worker (care home). Pay: about £23,875 a year.")]
    [InlineData("how much money?", "Care worker (care home). Pay: about £23,875 a year.")]
    [InlineData("wat hours is it", "Care worker (care home). Hours: full-time, part-time, nights.")]
    [InlineData("how i apply", "Care worker (care home). How to apply: Care homes and agencies.")]
    [InlineData("what do i need for this job", "Care worker (care home)")]
    public async Task FollowUp_QuestionAfterViewingAJob_AnswersAboutThatJob(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("job 1");
        Assert.StartsWith("Care worker (care home). ", talk.Last.Replies[0].Text, StringComparison.Ordinal);

        await talk.SayAsync(text);

        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task FollowUp_WhichCourseDoINeed_ShowsCoursesForTheJobWeTalkAbout()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("tell me about the porter");
        await talk.SayAsync("which course do I need");
        Assert.Contains(talk.Last.Replies, r => r.Text == "Here are courses for Hospital porter. They can help you get this job." && r.Cards.Count == 1);
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task FollowUp_QuestionWithSeveralJobsAndNoneViewed_AsksWhichWithButtons()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("how much does it pay");

        var question = talk.Last.Replies[^1];
        Assert.Equal("Which job do you mean?", question.Text);
        Assert.True(question.ExpectsInput);
        Assert.Equal(["Care worker", "Home care worker", "Senior care worker"], question.Choices.Select(c => c.Label));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Pay:", StringComparison.Ordinal));

        await talk.SayAsync("2");
        Assert.Equal("Home care worker. Pay: about £23,500 a year.", talk.Last.Replies[0].Text);
        AssertBackAtMenu(talk);

        // Now "it" is the home care worker.
        await talk.SayAsync("what hours?");
        Assert.StartsWith("Home care worker. Hours:", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// "Which job do you mean?" is waiting for a question about pay, and the resident asks something else about a job
    /// instead: the new question is answered, not the old one, and never "Let us move on".
    /// </summary>
    [Theory]
    [InlineData("how do I apply for the home care worker job", "Home care worker. How to apply")]
    [InlineData("what hours is the senior care worker", "Senior care worker. Hours:")]
    [InlineData("what do you need for number 1", "Care worker (care home)")]
    [InlineData("where is the care worker job", "Care worker (care home). Where:")]
    public async Task WhichJob_AnotherQuestionNamingAJob_AnswersTheNewQuestion(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("how much does it pay");
        Assert.Equal("Which job do you mean?", talk.LastText);

        await talk.SayAsync(text);

        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Pay:", StringComparison.Ordinal));
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task WhichJob_AnotherQuestionWithoutAJob_AsksWhichForThatQuestion()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("how much does it pay");
        await talk.SayAsync("how do i apply");

        // Asked again straight after: not the same words twice.
        Assert.Equal("I still need to know which job. Which one is it?", talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
        await talk.SayAsync("1");
        Assert.StartsWith("Care worker (care home). How to apply", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("the senior one", "Senior care worker. Pay:")]
    [InlineData("home care", "Home care worker. Pay:")]
    [InlineData("senior care workr", "Senior care worker. Pay:")]
    public async Task WhichJob_JobNamedInOwnWords_AnswersTheWaitingQuestion(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("how much does it pay");
        await talk.SayAsync(text);

        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("more jobs", "more")]
    [InlineData("start again", "restart")]
    [InlineData("any jobs in a kitchen?", "kitchen")]
    public async Task WhichJob_ResidentMovesOn_DoesWhatTheyAsk(string text, string expect)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("More about a job");
        Assert.Equal("Which job do you want to know more about?", talk.LastText);
        var searches = talk.Catalogue.Profiles.Count;

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal) || r.Text.Contains("Let us move on", StringComparison.Ordinal));
        switch (expect)
        {
            case "more":
                Assert.Equal(3, talk.Catalogue.Profiles[^1].Offset);
                AssertBackAtMenu(talk);
                break;
            case "restart":
                Assert.Equal("What kind of work do you like?", talk.LastText);
                break;
            default:
                Assert.True(talk.Catalogue.Profiles.Count > searches);
                Assert.Contains(expect, talk.Catalogue.Profiles[^1].Text ?? "", StringComparison.Ordinal);
                AssertBackAtMenu(talk);
                break;
        }
    }

    [Theory]
    [InlineData("where is it")]
    [InlineData("whats the location")]
    [InlineData("how far is it")]
    public async Task FollowUp_WhereIsTheJob_SaysWhereAndIfNearHome(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("tell me about the care worker");
        await talk.SayAsync(text);

        Assert.Equal("Care worker (care home). Where: Care homes and agencies.", talk.Last.Replies[0].Text);
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task FollowUp_WhereDoIApply_IsAboutApplying()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("where do i apply for the care worker job");
        Assert.StartsWith("Care worker (care home). How to apply", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long is the course")]
    [InlineData("how long is the training for it")]
    public async Task FollowUp_HowLongIsTheCourse_ShowsTheCoursesOfTheJobWeTalkAbout(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("tell me about the porter");
        await talk.SayAsync(text);
        Assert.Contains(talk.Last.Replies, r => r.Text == "Here are courses for Hospital porter. They can help you get this job." && r.Cards.Count == 1);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("Yes")]
    [InlineData("no")]
    [InlineData("that's great")]
    [InlineData("i see")]
    [InlineData("ok cool")]
    public async Task FollowUp_ResidentTakesNote_NoSorryAndTheMenuAgain(string text)
    {
        var talk = await AtResultsAsync();
        var searches = talk.Catalogue.Profiles.Count;
        await talk.SayAsync(text);

        Assert.Equal("OK.", talk.Last.Replies[0].Text);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(searches, talk.Catalogue.Profiles.Count);
        AssertBackAtMenu(talk);
    }

    [Fact]
    public async Task FollowUp_PayOfANumberedJob_AnswersForThatJob()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("how much is number 3");
        Assert.Equal("Senior care worker. Pay: about £25,000 a year.", talk.Last.Replies[0].Text);
    }

    [Fact]
    public async Task FollowUp_NameOfSeveralJobs_AsksWhichAndPicksNone()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("tell me about the nurse job");

        Assert.Single(talk.Last.Replies);
        var question = talk.Last.Replies[0];
        Assert.Equal("Which job do you mean?", question.Text);
        Assert.Equal(["Registered nurse", "Registered mental health nurse", "Nursing associate"], question.Choices.Select(c => c.Label));

        await talk.SayAsync("Nursing associate");
        Assert.StartsWith("Nursing associate. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        AssertBackAtMenu(talk);
    }

    [Theory]
    [InlineData("tell me about it")]
    [InlineData("what about that one")]
    [InlineData("is it good")]
    [InlineData("ok")]
    [InlineData("hmm")]
    [InlineData("what do you think")]
    [InlineData("how much dey pay portor")]
    public async Task FollowUp_VagueText_ShowsNoJob(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);

        // Either "Which job do you mean?" with buttons, or the helpful answer: never one job picked for them.
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("In this job you", StringComparison.Ordinal) || r.Text.Contains("Pay:", StringComparison.Ordinal));
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    [Theory]
    [InlineData("any jobs in a kitchen?", "kitchen")]
    [InlineData("I want driving instead", "driving")]
    [InlineData("do you have jobs with cleaning", "cleaning")]
    public async Task FollowUp_NewWordsOfWork_SearchAgainKeepingOtherAnswers(string text, string words)
    {
        var talk = await AtResultsAsync();
        var before = talk.Catalogue.Profiles[^1];

        await talk.SayAsync(text);

        var profile = talk.Catalogue.Profiles[^1];
        Assert.Equal(words, profile.Text);
        Assert.Empty(profile.Families);
        Assert.Equal(before.QualificationLevel, profile.QualificationLevel);
        Assert.Equal(before.Patterns, profile.Patterns);
        Assert.Equal(before.Place, profile.Place);
        Assert.Equal(before.MaxMiles, profile.MaxMiles);
        Assert.Equal(0, profile.Offset);
        Assert.Contains(talk.Last.Replies, r => r.Text == $"OK. I will look for jobs for \"{words}\".");
        var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
        Assert.NotEmpty(cards);
        // The resident typed these words, so the card may quote them.
        Assert.All(cards, c => Assert.Contains($"You said \"{words}\"", string.Join("\n", c.Lines), StringComparison.Ordinal));
        AssertBackAtMenu(talk);

        // "number 1" now means the first of the new jobs.
        await talk.SayAsync("number 1");
        Assert.StartsWith(cards[0].Title + ". ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_NewWordsWithNoJobs_KeepsTheAnswersAndTheJobsOnScreen()
    {
        var talk = await AtResultsAsync();
        var shownBefore = talk.Catalogue.Profiles.Count;
        await talk.SayAsync("any jobs in zzzqqq");

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("OK. I will look", StringComparison.Ordinal));
        await talk.SayAsync("number 1");
        Assert.StartsWith("Care worker (care home). ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["social care"], talk.Catalogue.Profiles[shownBefore - 1].Families);
    }

    [Theory]
    [InlineData("blah blah")]
    [InlineData("asdfgh")]
    [InlineData("i dont no")]
    public async Task FollowUp_NotUnderstood_SaysWhatTheyCanTypeAndNeverGivesUp(string text)
    {
        var talk = await AtResultsAsync();
        for (var i = 0; i < 4; i++)
        {
            await talk.SayAsync(text);
            Assert.Contains(talk.Last.Replies, r => r.Text.Contains("type the name of a job, like porter", StringComparison.Ordinal));
            Assert.Contains(talk.Last.Replies, r => r.Text.Contains("pay, hours or courses", StringComparison.Ordinal));
            AssertBackAtMenu(talk);
            Assert.Equal(4, talk.Last.Replies[^1].Choices.Count);
        }
    }

    [Fact]
    public async Task FollowUp_MenuWordsWithATypo_StillPickTheButton()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("mor jobs");
        Assert.Equal(3, talk.Catalogue.Profiles[^1].Offset);
    }

    [Fact]
    public async Task FollowUp_Sms_NumberedRepliesAndQuestionsWork()
    {
        var talk = await AtResultsAsync(ChannelKind.Sms);
        await talk.SayAsync("no 3");
        Assert.StartsWith("Senior care worker. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        await talk.SayAsync("how much");
        Assert.Equal("Senior care worker. Pay: about £25,000 a year.", talk.Last.Replies[0].Text);
        await talk.SayAsync("1");
        // The menu's button 1 ("More about a job") asks which job, by number.
        Assert.Equal("Which job do you want to know more about?", talk.LastText);
    }

    [Fact]
    public async Task FollowUp_EveryReplyInATalk_MeetsThePlainEnglishBar()
    {
        var talk = await AtResultsAsync();
        var texts = new List<string>();
        foreach (var text in new[]
        {
            "what about porter jobs?", "how much does it pay", "which course do I need", "what do i need", "how do i apply",
            "tell me about the nurse job", "1", "blah", "job 9", "any jobs in a kitchen?", "the second one", "what hours",
        })
        {
            await talk.SayAsync(text);
            texts.AddRange(talk.Last.Replies.Select(r => r.Text));
        }
        var problems = texts.Distinct(StringComparer.Ordinal)
            .Select(t => (Text: t, Problems: PlainEnglishMeasure.MessageProblems(CatalogueNames.Strip(t))))
            .Where(x => x.Problems.Count > 0).Select(x => $"{x.Text}: {string.Join("; ", x.Problems)}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Cards_AfterAButton_SayTheKindChosenAndQuoteNothingTheResidentDidNotType()
    {
        var talk = await AtResultsAsync();
        var lines = talk.Last.Replies.SelectMany(r => r.Cards).SelectMany(c => c.Lines).Where(l => l.StartsWith("Why it fits:", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain("You said", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith("Why it fits: You picked caring for people.", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Cards_WordTheResidentTyped_IsQuoted_WordFromAButtonIsNot()
    {
        var cards = new SuggestionCards(MessageCatalogue.Default);
        var role = FakeCatalogue.Role("hca", "Healthcare support worker", "clinical", "You help nurses.");
        var s = new Suggestion
        {
            Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role,
            Why = [new MatchReason(MatchKind.Interest, "patients", "summary")],
        };

        Assert.Equal("You said \"patients\".", cards.Why(s, typed: "I like helping patients"));
        Assert.Equal("You picked helping patients in hospital.", cards.Why(s, typed: null, kindName: "helping patients in hospital"));
        Assert.Equal("You asked for helping patients in hospital.", cards.Why(s, typed: "hospital", kindName: "helping patients in hospital"));
        Assert.Null(cards.Why(s, typed: "hospital"));
    }

    [Theory]
    [InlineData("none set; training on the job", "What you need:\n- You do not need a course or exam first\n- training on the job")]
    [InlineData("usually no qualifications needed; Care Certificate on the job", "What you need:\n- Most employers do not ask for a course or exam\n- Care Certificate on the job")]
    [InlineData("no set requirements; employers often ask for GCSEs", "What you need:\n- Each employer decides what you need\n- employers often ask for GCSEs")]
    public void Details_NoneSet_IsSaidPlainly(string requirements, string expected)
    {
        var cards = new SuggestionCards(MessageCatalogue.Default);
        var role = FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients.") with { EntryRequirements = requirements };

        var texts = cards.RoleDetails(role, explainDbs: false).Select(r => r.Text).ToList();

        Assert.Contains(expected, texts);
        Assert.DoesNotContain(texts, t => t.Contains("none set", StringComparison.OrdinalIgnoreCase) || t.Contains("no set", StringComparison.OrdinalIgnoreCase));
    }
}

using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Tickets, licences and certificates residents hold ("SIA licence", "forklift licence", "first aid certificate"),
/// and their age ("im 17"), read at the qualifications question and in other answers, on the real catalogue: the
/// bot says what it understood and goes on, a ticket is no RQF level, and the search gets the licence and the age.
/// </summary>
public sealed class TicketsAndAgeTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Hours = "How many hours a week can you work?";

    private async Task<(TestTalk Talk, RecordingSearch Search)> AtQualificationsAsync(string interest = "care work")
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(interest);
        Assert.Equal("What qualifications do you have?", talk.LastText);
        return (talk, search);
    }

    /// <summary>To the results from the hours question, with answers that hold no ticket and no age.</summary>
    private static async Task ToResultsAsync(TestTalk talk)
    {
        await talk.SayAllAsync("full time", "any time", "now", "Dudley", "10 miles");
    }

    [Theory]
    // From the brief.
    [InlineData("I have SIA licence", "SIA licence")]
    [InlineData("forklift licence", "forklift licence")]
    [InlineData("CSCS card", "CSCS card")]
    [InlineData("first aid certificate", "first aid")]
    [InlineData("full uk driving licence", "driving licence")]
    [InlineData("food hygiene level 2", "food hygiene")]
    [InlineData("care certificate", "Care Certificate")]
    [InlineData("I have my DBS", "DBS")]
    // Our own: lower case, typos, no punctuation, ESOL-style.
    [InlineData("i got flt ticket", "forklift licence")]
    [InlineData("manual handling cert", "manual handling")]
    [InlineData("i have food hygene certifcate", "food hygiene")]
    [InlineData("dbs checked already", "DBS")]
    [InlineData("i have clean driving licence", "driving licence")]
    [InlineData("emergency first aid at work", "first aid")]
    [InlineData("level 2 food safety", "food hygiene")]
    [InlineData("i have the care certificat and first aid", "Care Certificate")]
    [InlineData("sia door supervisor licence", "SIA licence")]
    [InlineData("I has driving license and forklift", "forklift licence")]
    [InlineData("moving and handling training", "manual handling")]
    public async Task RunTurn_TicketAtTheQualificationsQuestion_SaysWhatItHeardAndGoesOn(string answer, string heard)
    {
        var (talk, _) = await AtQualificationsAsync();
        await talk.SayAsync(answer);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
        Assert.Contains(heard, talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
    }

    [Theory]
    [InlineData("food hygiene level 2")]
    [InlineData("level 2 food hygiene certificate")]
    [InlineData("first aid level 3")]
    [InlineData("level 2 award in food safety")]
    public async Task RunTurn_TicketWithALevel_IsNoQualificationLevel(string answer)
    {
        var (talk, search) = await AtQualificationsAsync();
        await talk.SayAsync(answer);
        Assert.DoesNotContain("Level 2", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Level 3", talk.AllText, StringComparison.Ordinal);
        await ToResultsAsync(talk);
        Assert.NotEmpty(search.Profiles);
        Assert.Null(search.Profiles[^1].QualificationLevel);
    }

    [Theory]
    [InlineData("NVQ 2 in health and social care", 2)]
    [InlineData("nvq level 3 in care", 3)]
    [InlineData("level 2 diploma in adult care", 2)]
    [InlineData("food hygiene and nvq 2 care", 2)]
    public async Task RunTurn_CareQualificationWithALevel_IsThatLevel(string answer, int level)
    {
        var (talk, search) = await AtQualificationsAsync();
        await talk.SayAsync(answer);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
        await ToResultsAsync(talk);
        Assert.Equal(level, search.Profiles[^1].QualificationLevel);
    }

    [Theory]
    [InlineData("full uk driving licence")]
    [InlineData("i have a full licence")]
    [InlineData("car licence and first aid")]
    public async Task Search_ResidentWithALicence_GetsTheLicence(string answer)
    {
        var (talk, search) = await AtQualificationsAsync("driver");
        await talk.SayAsync(answer);
        await ToResultsAsync(talk);
        Assert.Equal(true, search.Profiles[^1].DrivingLicence);
        Assert.Contains("driving-licence", search.Profiles[^1].Certificates);
    }

    [Theory]
    [InlineData("no driving licence")]
    [InlineData("i dont have a licence")]
    [InlineData("none, i cant drive")]
    public async Task Search_ResidentWithNoLicence_IsNotShownDriverJobsAsFitsWithoutSayingTheLicence(string answer)
    {
        var (talk, search) = await AtQualificationsAsync("driver");
        await talk.SayAsync(answer);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        await ToResultsAsync(talk);
        Assert.Equal(false, search.Profiles[^1].DrivingLicence);
        var results = await real.Search.SearchAsync(search.Profiles[^1] with { Limit = 10 }, TestContext.Current.CancellationToken);
        var cards = new SuggestionCards(MessageCatalogue.Default);
        for (var i = 0; i < results.Items.Count; i++)
        {
            var s = results.Items[i];
            if (s.Role is not { DrivingLicence: true }) continue;
            var card = cards.ForSuggestion(s, i + 1, "driver");
            Assert.False(s.CanStartNow, s.Title);
            Assert.Contains(card.Lines, l => l.Contains("driving licence", StringComparison.Ordinal));
            Assert.DoesNotContain(card.Lines, l => l.Contains("You have a driving licence", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Cards_ResidentWithALicence_SayItOnlyForJobsThatNeedOne()
    {
        var (talk, search) = await AtQualificationsAsync("driver");
        await talk.SayAsync("full uk driving licence");
        await ToResultsAsync(talk);
        var results = await real.Search.SearchAsync(search.Profiles[^1] with { Limit = 10 }, TestContext.Current.CancellationToken);
        var cards = new SuggestionCards(MessageCatalogue.Default);
        var said = 0;
        for (var i = 0; i < results.Items.Count; i++)
        {
            var s = results.Items[i];
            var why = cards.Why(s, "driver") ?? "";
            if (why.Contains("You have a driving licence", StringComparison.OrdinalIgnoreCase))
            {
                said++;
                Assert.True(s.Role is { DrivingLicence: true }, s.Title);
                Assert.True(s.CanStartNow, s.Title);
            }
        }
        Assert.True(said > 0, "No card said the licence.");
    }

    [Fact]
    public async Task Cards_ResidentWhoSaidNoLicenceThing_NeverSayTheyHaveOne()
    {
        var (talk, search) = await AtQualificationsAsync("driver");
        await talk.SayAsync("gcse english and maths grade 5");
        await ToResultsAsync(talk);
        Assert.Null(search.Profiles[^1].DrivingLicence);
        Assert.DoesNotContain("You have a driving licence", talk.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("hours", "20 hours, i have my forklift licence", "forklift-licence")]
    [InlineData("hours", "full time. i got sia badge", "sia-licence")]
    [InlineData("interest", "warehouse work i have a full driving licence", "driving-licence")]
    [InlineData("place", "walsall and i have cscs card", "cscs-card")]
    public void Read_TicketInAnotherAnswer_IsKept(string asked, string text, string id)
    {
        var heard = new FactReader(TestTalk.Places).Read(text, asked, TestTalk.Now);
        Assert.NotNull(heard.Qualifications);
        Assert.Contains(id, heard.Qualifications!.Certificates);
        Assert.Null(heard.Qualifications.Level);
        Assert.DoesNotContain("licence", heard.Rest, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunTurn_TicketAtTheInterestQuestion_IsNotedAndTheSearchGetsIt()
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync("delivery driver jobs, i have full uk licence");
        Assert.Contains("driving licence", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What qualifications do you have?", talk.LastText);
        await talk.SayAsync("none");
        await ToResultsAsync(talk);
        Assert.Equal(true, search.Profiles[^1].DrivingLicence);
    }

    // Age.

    [Theory]
    [InlineData("im 17 and want an apprenticeship", 17)]
    [InlineData("I'm 16 and left school, i want care work", 16)]
    [InlineData("age 19 looking for hospital work", 19)]
    [InlineData("aged 52, cleaning", 52)]
    [InlineData("I am 60 and want to work with old people", 60)]
    [InlineData("i am 18 years old want care job", 18)]
    [InlineData("im seventeen want to be a nurse", 17)]
    [InlineData("cleaning jobs. my age is 45", 45)]
    public async Task RunTurn_AgeInTheFirstAnswer_GoesToTheSearch(string first, int age)
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(first);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        await talk.SayAsync("none");
        await ToResultsAsync(talk);
        Assert.Equal(age, search.Profiles[^1].Age);
    }

    [Theory]
    [InlineData("interest", "care work 5 gcses")]
    [InlineData("hours", "20 hours")]
    [InlineData("hours", "i am 20 hours a week")]
    [InlineData("miles", "i am 15 miles away")]
    [InlineData("place", "B17")]
    [InlineData("start", "in 2 weeks")]
    [InlineData("interest", "i am 2 minutes from the hospital")]
    [InlineData("interest", "i want level 3 care work for 30 hours")]
    [InlineData("interest", "aged care work")]
    public void Read_OtherNumbers_AreNoAge(string asked, string text)
    {
        var heard = new FactReader(TestTalk.Places).Read(text, asked, TestTalk.Now);
        Assert.Null(heard.Age);
    }

    [Fact]
    public async Task Search_TooYoungForABootcamp_IsNotOfferedItAsAFit()
    {
        var cards = new SuggestionCards(MessageCatalogue.Default);
        var young = await real.Search.SearchAsync(new SearchProfile { Text = "skills bootcamp", Age = 17, Limit = 10 }, TestContext.Current.CancellationToken);
        var bootcamps = young.Items.Where(s => s.Course is { EntryRequirements: { } e } && e.Contains("19+", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bootcamps);
        foreach (var s in bootcamps)
        {
            Assert.False(s.CanStartNow, s.Title);
            var card = cards.ForSuggestion(s, 1, "skills bootcamp");
            Assert.Contains(card.Lines, l => l.Contains("19 or over", StringComparison.Ordinal));
        }
        // A course for people 19 or over does not come first.
        Assert.DoesNotContain("19+", young.Items[0].Course?.EntryRequirements ?? "", StringComparison.Ordinal);

        var older = await real.Search.SearchAsync(new SearchProfile { Text = "skills bootcamp", Age = 30, Limit = 10 }, TestContext.Current.CancellationToken);
        Assert.Contains(older.Items, s => s.Course is { EntryRequirements: { } e } && e.Contains("19+", StringComparison.Ordinal) && s.CanStartNow);
    }

    [Fact]
    public async Task Search_NoAgeSaid_DoesNotRuleCoursesOut()
    {
        var none = await real.Search.SearchAsync(new SearchProfile { Text = "access to nursing course", Limit = 10 }, TestContext.Current.CancellationToken);
        Assert.Contains(none.Items, s => s.Id == "access-to-he-nursing");
    }
}

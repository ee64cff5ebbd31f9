using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents who want to learn, and what they say about qualifications, on the real catalogue: a wish to get better
/// at something looks for courses and says so; a work qualification named alone at the first question ("nvq in
/// care") is neither taken as held nor as a course wanted, and the qualifications question asks; at that question a
/// qualification wanted or still being done ("i am doing level 2 now") is not counted, and what is held is said back.
/// </summary>
public sealed class LearningWishTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string QualsQuestion = "What qualifications do you have?";
    private const string Hours = "How many hours a week can you work?";

    [Theory]
    // From the brief.
    [InlineData("i want to improve my computer skills")]
    // Our own.
    [InlineData("i would like to retrain")]
    [InlineData("need to get qualified to work in care")]
    [InlineData("i want to do an nvq in care")]
    [InlineData("looking for a btec in health")]
    [InlineData("get beter at reading pls")]
    public async Task FirstAnswer_AWishToLearn_SaysItLooksForCourses(string text)
    {
        var talk = await FirstAsync(text);
        Assert.Contains("I will look for courses", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(" jobs.", talk.AllText, StringComparison.Ordinal);
        Assert.Null(Answers(talk).Qualifications);
    }

    [Theory]
    // From the brief.
    [InlineData("nvq in care", "nvq in care")]
    // Our own.
    [InlineData("nvq 2 in care", "nvq 2 in care")]
    [InlineData("NVQ level 3 health and social care", "NVQ level 3")]
    [InlineData("btec diploma in business admin", "btec diploma in business admin")]
    public async Task FirstAnswer_AWorkQualificationAlone_KeepsTheWorkAndAsksIfTheyHaveIt(string text, string said)
    {
        var talk = await FirstAsync(text);
        Assert.Null(Answers(talk).Qualifications);
        Assert.NotNull(Answers(talk).InterestKey);
        Assert.DoesNotContain("I will look for courses", talk.AllText, StringComparison.Ordinal);
        Assert.Equal($"You said \"{said}\". Do you have it now?", talk.LastText);
    }

    [Fact]
    public async Task FirstAnswer_AWorkQualificationAlone_YesIsItsLevelSaidBack()
    {
        var talk = await FirstAsync("nvq 2 in care");
        await talk.SayAsync("yes");
        Assert.Contains("I will use Level 2.", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
        Assert.Equal(2, Answers(talk).Qualifications?.Level);
        Assert.Equal("care", Answers(talk).InterestKey);
    }

    [Fact]
    public async Task FirstAnswer_AWorkQualificationAloneWithNoLevel_YesAsksItsLevel()
    {
        var talk = await FirstAsync("nvq in care");
        await talk.SayAsync("yes");
        Assert.Equal("What level is your course?", talk.LastText);
        await talk.SayAsync("level 2");
        Assert.Equal(Hours, talk.LastText);
        Assert.Equal(2, Answers(talk).Qualifications?.Level);
    }

    [Fact]
    public async Task FirstAnswer_AWorkQualificationAlone_NoAsksTheUsualQuestion()
    {
        var talk = await FirstAsync("nvq 2 in care");
        await talk.SayAsync("no");
        Assert.Contains("I will not count it.", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(QualsQuestion, talk.LastText);
        Assert.Null(Answers(talk).Qualifications);
        await talk.SayAsync("none");
        Assert.Equal(Hours, talk.LastText);
    }

    [Theory]
    // From the brief.
    [InlineData("i want to get my food hygiene certificate")]
    [InlineData("i am doing level 2 now")]
    // Our own.
    [InlineData("doing my nvq level 3 at college")]
    [InlineData("working towards level 2 diploma")]
    [InlineData("i am hoping to do the care certificate")]
    [InlineData("want get forklift licence")]
    public async Task QualificationsAnswer_WantedOrStillBeingDone_IsNotCountedAndAskedAgain(string text)
    {
        var talk = await AtQualificationsAsync(text);
        Assert.Contains("You do not have that yet", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(" jobs.", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("You have", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(QualsQuestion, talk.LastText);
        Assert.Null(Answers(talk).Qualifications);
    }

    [Theory]
    [InlineData("i have level 2 english and im doing level 3", 2)]
    [InlineData("passed nvq 1, now studying nvq 2", 1)]
    public async Task QualificationsAnswer_OneHeldOneStillBeingDone_CountsAndSaysTheHeldOne(string text, int level)
    {
        var talk = await AtQualificationsAsync(text);
        Assert.Contains($"I will use Level {level}.", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("I will not count what you do not have yet.", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(level, Answers(talk).Qualifications?.Level);
        Assert.Equal(Hours, talk.LastText);
    }

    [Fact]
    public void Recognise_AWishForWorkThenAQualification_IsHeld()
    {
        // A guard for the reading above: the wish is for the work, the NVQ is theirs.
        var heard = new QualificationRecognizer().Recognise("i want care work nvq 2");
        Assert.Equal(2, heard.Value?.Level);
        Assert.Empty(heard.Value!.NotYet);
    }

    [Theory]
    [InlineData("studying for level 3", "rqf-3")]
    [InlineData("nearly finished my nvq 2", "nvq-2")]
    [InlineData("i want to get my first aid", "first-aid")]
    public void Recognise_WantedOrStillBeingDone_IsOnlyNotYet(string text, string id)
    {
        var heard = new QualificationRecognizer().Recognise(text);
        Assert.True(heard.Succeeded);
        Assert.True(heard.Value!.OnlyNotYet());
        Assert.Contains(id, heard.Value.NotYet);
    }

    private async Task<TestTalk> FirstAsync(string text)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync(text);
        return talk;
    }

    private async Task<TestTalk> AtQualificationsAsync(string text)
    {
        var talk = await FirstAsync("care work");
        Assert.Equal(QualsQuestion, talk.LastText);
        await talk.SayAsync(text);
        return talk;
    }

    private static Dialogs.Conversation.CareerAnswers Answers(TestTalk talk) =>
        DialogStateSerializer.Read(talk.State)?.Answers ?? throw new InvalidOperationException("no state");
}

using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents who want a course and no job (CourseSeeker): asked their level now in course words, when they can come
/// to classes, where they live and how far they travel, never the hours or start of work; the level they have picks
/// the next course up; "and jobs?" at the results brings jobs in too. Course levels said to the qualifications
/// question are levels, not "no qualifications". The Care Certificate asked for is not taken as held. On the real
/// catalogue. See CourseOnlyHeldOutTests for wordings not tuned on.
/// </summary>
public sealed class CourseOnlyTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private static readonly Dictionary<int, string> NextUp = new()
    {
        [0] = "esol-e1", [1] = "esol-e2", [2] = "esol-e3 fs-english-e3 entry3-award-hsc", [3] = "esol-l1 fs-english-l1",
    };

    [Fact]
    public async Task LeadsChat_EnglishCourseOnly_CourseWordsNextLevelUpAndJobsLater()
    {
        var run = await CourseOnlyTalk.RunAsync(real, "i only want an english course", "entry 2", "mornings", "walsall", "3 miles");

        Assert.Equal(CourseOnlyTalk.Menu, run.Talk.LastText);
        Assert.Empty(run.JobTalk());
        Assert.Contains("What level is your English now? For example, Entry 2 or Level 1.", run.Asked);
        Assert.Contains("Thank you. Your English is at Entry 2. I will look for the next level up.", run.Said);
        Assert.Contains("When can you come to classes?", run.Asked);
        Assert.Contains(run.Shown[0].Id, NextUp[2].Split(' '));
        Assert.All(run.Shown, s => Assert.Equal("course", s.Kind));

        await run.SayAsync("and jobs?");

        Assert.Contains(run.Shown, s => s.Kind == "role");
        Assert.Contains(run.Shown, s => s.Kind == "course");
    }

    [Theory]
    [InlineData("i want learn english", "esol entry 2", "english", 2)]
    [InlineData("esol class", "pre entry", "english", 0)]
    [InlineData("english class please", "entry 3 english", "english", 3)]
    [InlineData("i want esol", "e2", "english", 2)]
    [InlineData("me want english lesson", "entry 1", "english", 1)]
    [InlineData("maths course", "level 1 maths", "maths", 4)]
    [InlineData("learn maths", "entry 3", "maths", 3)]
    public async Task CourseOnly_LevelSaid_KeptForItsSubjectAndNextCourseFirst(string wish, string level, string subject, int step)
    {
        var run = await CourseOnlyTalk.RunAsync(real, wish, level, "any time", "Dudley", "5 miles");

        Assert.Equal(CourseOnlyTalk.Menu, run.Talk.LastText);
        Assert.Empty(run.JobTalk());
        var held = run.Answers.Qualifications!;
        Assert.Equal(step, subject == "english" ? held.EnglishStep : held.MathsStep);
        var next = subject == "english" ? NextUp[step] : step == 3 ? "fs-maths-l1" : "fs-maths-l2 gcse-maths";
        Assert.Contains(run.Shown[0].Id, next.Split(' '));
    }

    [Theory]
    [InlineData("i only want a course not job")]
    [InlineData("english class, no work")]
    public async Task CourseNotJob_IsACourseSeeker(string wish)
    {
        Assert.False(SearchIndex.Query.LearningWishes.AsksForJobToo(wish));
        var run = await CourseOnlyTalk.RunAsync(real, wish, "none", "mornings", "Sandwell", "5 miles");

        Assert.Equal(CourseOnlyTalk.Menu, run.Talk.LastText);
        Assert.Empty(run.JobTalk());
        Assert.Equal("course", run.Shown[0].Kind);
    }

    [Fact]
    public async Task CourseOnly_TimesTypedAtTheTimesQuestion_SaidInClassWords()
    {
        var run = await CourseOnlyTalk.RunAsync(real, "maths course", "not sure", "tuesday and thursday", "walsall", "5 miles");

        Assert.Contains("OK. I will look for classes you can go to: on Tuesdays and Thursdays.", run.Said);
        Assert.Contains("How far can you travel to classes?", run.Asked);
    }

    [Theory]
    [InlineData("porter", "entry 3 english", "English", "Entry 3")]
    [InlineData("cleaning", "esol e2", "English", "Entry 2")]
    [InlineData("kitchen work", "level 1 maths", "maths", "Level 1")]
    public async Task JobSeeker_CourseLevelAtQualifications_ReadAsALevelNotNone(string wish, string level, string subject, string said)
    {
        var run = await CourseOnlyTalk.RunAsync(real, wish, level);

        Assert.Equal(1, run.Asked.Count(q => q == "What qualifications do you have?"));
        Assert.Contains($"Thank you. Your {subject} is at {said}.", run.Said);
        Assert.DoesNotContain(run.Said, s => s.StartsWith("That is fine. Many jobs need no qualifications", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CareCertificateAskedFor_SaidAgainAtQualifications_IsNotHeld()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("i want to do care certificate", "care certificate");

        Assert.Contains("I will not count it", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("You have the Care Certificate", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CareCertificateAlone_FirstMessage_IsNotHeld()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("care certificate");

        Assert.DoesNotContain("You have the Care Certificate", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("care certificate")]
    [InlineData("the care certificate please")]
    [InlineData("care cert")]
    public void CareCertificate_OutOfItsQuestionWithNoWordOfHaving_IsNotHeld(string text)
    {
        var heard = new QualificationRecognizer().Recognise(text, ownQuestion: false);

        Assert.DoesNotContain("care-certificate", heard.Value?.Certificates ?? []);
    }

    [Fact]
    public void CareCertificate_AtItsQuestionAfterAskingForIt_IsNotHeld()
    {
        var heard = new QualificationRecognizer().Recognise("care certificate", ownQuestion: true, wanted: QualificationRecognizer.TicketsWanted("i want to do care certificate"));

        Assert.DoesNotContain("care-certificate", heard.Value?.Certificates ?? []);
    }
}

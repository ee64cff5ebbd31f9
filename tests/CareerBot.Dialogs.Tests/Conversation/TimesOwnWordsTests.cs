using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Hours and times in residents' own words, and answers for another question, as seen on main: "term time only" is
/// weeks of the year (not part-time), "5 miles" or "mornings" after another fact is kept and the question on screen
/// asked again (never "I will show jobs with all kinds of hours"), "after the school run" is the times of the day,
/// not a start, "any day but Friday" and "not before 10" rule out what they say.
/// </summary>
public sealed class TimesOwnWordsTests
{
    private const string HoursQ = "How many hours a week can you work?";
    private const string TimesQ = "When can you work?";
    private const string StartQ = "When can you start work?";
    private const string GradeQ = "Did you get grade 4 or higher in English and maths?";

    [Fact]
    public async Task Hours_TermTimeOnly_IsSaidBackAsTermTimeAndTheHoursAskedAgain()
    {
        var talk = await TestTalk.StartAsync("porter", "none", "term time only");
        Assert.Contains("term time", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("part-time", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(HoursQ, talk.LastText);
    }

    [Theory]
    [InlineData("mornings", "5 miles")]
    [InlineData("5 miles", "mornings")]
    public async Task Hours_TwoAnswersForOtherQuestions_KeepsBothAndAsksTheHoursAgain(string first, string second)
    {
        var talk = await TestTalk.StartAsync("porter", "none", first, second);
        Assert.DoesNotContain("all kinds of hours", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(HoursQ, talk.LastText);
    }

    [Fact]
    public async Task Times_PlaceThenDistance_KeepsBothAndAsksTheTimesAgain()
    {
        var talk = await TestTalk.StartAsync("porter", "none", "bank shifts", "B12 9LP", "5 miles");
        Assert.Contains("5 miles", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("all times of day", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(TimesQ, talk.LastText);
    }

    [Fact]
    public async Task Grade_AfterTheSchoolRun_IsTheTimesNotAStart()
    {
        var talk = await TestTalk.StartAsync("porter", "2", "after the school run");
        Assert.DoesNotContain("start later", talk.AllText, StringComparison.Ordinal);
        Assert.Contains("school hours", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(GradeQ, talk.LastText);
    }

    [Fact]
    public async Task Start_AfterTheSchoolRun_IsTheTimesAndTheStartIsAskedAgain()
    {
        var talk = await TestTalk.StartAsync("porter", "none", "20 hours", "days", "after the school run");
        Assert.DoesNotContain("start later", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("when you are ready", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(StartQ, talk.LastText);
    }

    [Theory]
    [InlineData("any day but Friday", "days=Mon,Tue,Wed,Thu,Sat,Sun say=Friday")]
    [InlineData("term time only", "-SchoolHours -PartTime say=term_time")]
    [InlineData("not before 10", "-Nights")]
    public Task Times_OwnWords_AreReadForWhatTheySay(string answer, string expect) =>
        HoursAndDaysCheck.RunAsync("times", answer, expect);

    [Theory]
    [InlineData("2 or 3 days a week", "h=14-24 say=2_to_3_days")]
    [InlineData("around the school run", "+SchoolHours say=school_hours")]
    public Task Hours_OwnWords_AreReadForWhatTheySay(string answer, string expect) =>
        HoursAndDaysCheck.RunAsync("hours", answer, expect);

    [Fact]
    public async Task Times_NotBefore10_IsNotSaidAsNoMornings()
    {
        var talk = await TestTalk.StartAsync("porter", "none", "20 hours", "not before 10");
        Assert.DoesNotContain("not mornings", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("nights", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(StartQ, talk.LastText);
    }
}

using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class AvailabilityRecognizerTests
{
    private const DayOfWeek Mon = DayOfWeek.Monday, Tue = DayOfWeek.Tuesday, Wed = DayOfWeek.Wednesday, Thu = DayOfWeek.Thursday,
        Fri = DayOfWeek.Friday, Sat = DayOfWeek.Saturday, Sun = DayOfWeek.Sunday;

    private readonly AvailabilityRecognizer _availability = new();

    private static string Days(IEnumerable<DayOfWeek> days) => string.Join(",", days.OrderBy(d => ((int)d + 6) % 7));

    [Theory]
    [InlineData("weekdays", new[] { Mon, Tue, Wed, Thu, Fri })]
    [InlineData("Mon\u2013Fri", new[] { Mon, Tue, Wed, Thu, Fri })]
    [InlineData("mon-fri", new[] { Mon, Tue, Wed, Thu, Fri })]
    [InlineData("Monday to Friday", new[] { Mon, Tue, Wed, Thu, Fri })]
    [InlineData("weekends only", new[] { Sat, Sun })]
    [InlineData("Saturday and Sunday", new[] { Sat, Sun })]
    [InlineData("not Fridays", new[] { Mon, Tue, Wed, Thu, Sat, Sun })]
    [InlineData("weekdays except Wednesday", new[] { Mon, Tue, Thu, Fri })]
    [InlineData("any day", new[] { Mon, Tue, Wed, Thu, Fri, Sat, Sun })]
    [InlineData("Fri-Mon", new[] { Fri, Sat, Sun, Mon })]
    [InlineData("tues, thurs", new[] { Tue, Thu })]
    [InlineData("wensday and thirsday", new[] { Wed, Thu })]
    [InlineData("no weekends", new[] { Mon, Tue, Wed, Thu, Fri })]
    public void Recognise_Days_ReadsTheSet(string text, DayOfWeek[] expected)
    {
        var heard = _availability.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(Days(expected), Days(heard.Value!.Days));
    }

    [Theory]
    [InlineData("mornings", DayParts.Mornings)]
    [InlineData("evenings", DayParts.Evenings)]
    [InlineData("nights", DayParts.Nights)]
    [InlineData("nites", DayParts.Nights)]
    [InlineData("night shifts", DayParts.Nights)]
    [InlineData("school hours", DayParts.SchoolHours)]
    [InlineData("while the kids are at school", DayParts.SchoolHours)]
    [InlineData("9 to 3", DayParts.Mornings | DayParts.Afternoons | DayParts.SchoolHours)]
    [InlineData("9am\u20133pm", DayParts.Mornings | DayParts.Afternoons | DayParts.SchoolHours)]
    [InlineData("10pm to 6am", DayParts.Nights)]
    [InlineData("6-10pm", DayParts.Evenings)]
    [InlineData("days", DayParts.Mornings | DayParts.Afternoons)]
    [InlineData("anything but nights", DayParts.Mornings | DayParts.Afternoons | DayParts.Evenings)]
    public void Recognise_PartsOfDay_ReadsTheParts(string text, DayParts expected)
    {
        var heard = _availability.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(expected, heard.Value!.Parts);
    }

    [Theory]
    [InlineData("any time")]
    [InlineData("Flexible")]
    [InlineData("whenever")]
    [InlineData("I don\u2019t mind")]
    public void Recognise_AnyTime_IsFlexible(string text)
    {
        var heard = _availability.Recognise(text);

        Assert.True(heard.Value!.Flexible, text);
        Assert.True(heard.Value.Parts.HasFlag(DayParts.AnyTime));
    }

    [Fact]
    public void Recognise_Combined_DaysPartsAndHours()
    {
        const string text = "weekday evenings, about 16 hours";

        var heard = _availability.Recognise(text);

        Assert.Equal(Days([Mon, Tue, Wed, Thu, Fri]), Days(heard.Value!.Days));
        Assert.Equal(DayParts.Evenings, heard.Value.Parts);
        Assert.Equal(16, heard.Value.Hours!.Min);
        Assert.True(heard.Value.Patterns.HasFlag(WorkPatterns.Evenings));
        Assert.True(heard.Value.Patterns.HasFlag(WorkPatterns.Weekdays));
        Assert.Equal(text.Length, heard.Start + heard.Length);
    }

    [Fact]
    public void Recognise_SchoolHoursAlone_MeansWeekdaysPartTime()
    {
        var heard = _availability.Recognise("School hours");

        Assert.Equal(Days([Mon, Tue, Wed, Thu, Fri]), Days(heard.Value!.Days));
        Assert.True(heard.Value.Patterns.HasFlag(WorkPatterns.SchoolHours | WorkPatterns.PartTime));
    }

    [Fact]
    public void Recognise_FullTimeShifts_SetsPatterns()
    {
        var heard = _availability.Recognise("full time shifts");

        Assert.True(heard.Value!.Patterns.HasFlag(WorkPatterns.FullTime | WorkPatterns.Shifts));
        Assert.False(heard.Value.Flexible);
    }

    [Fact]
    public void Recognise_SpanInSentence_PointsAtTheDays()
    {
        const string text = "I can only do Saturday and Sunday sorry";

        var heard = _availability.Recognise(text);

        Assert.Equal("Saturday and Sunday", text.Substring(heard.Start, heard.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\U0001F44B\U0001F3FD")]
    [InlineData("I like helping people")]
    [InlineData("Birmingham")]
    [InlineData("my sunflower")]
    public void Recognise_NothingAboutTime_NoMatch(string text) =>
        Assert.False(_availability.Recognise(text).Succeeded, text);
}

/// <summary>"Zero hours" said in the ways residents say it: no set hours, so bank work.</summary>
public sealed class ZeroHoursWordsTests
{
    private readonly AvailabilityRecognizer _availability = new();

    [Theory]
    [InlineData("zero hours")]
    [InlineData("zero hour contract")]
    [InlineData("0 hour contract")]
    [InlineData("zero-hours job is fine")]
    [InlineData("0 hrs")]
    public void Recognise_ZeroHours_IsBankWork(string text)
    {
        var heard = _availability.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True((heard.Value!.Patterns & WorkPatterns.Bank) != 0, text);
    }

    [Theory]
    [InlineData("no hours")]
    [InlineData("10 hours")]
    public void Recognise_OtherHours_IsNoBankWork(string text)
    {
        Assert.True(_availability.Recognise(text).Value is not { } a || (a.Patterns & WorkPatterns.Bank) == 0, text);
    }
}

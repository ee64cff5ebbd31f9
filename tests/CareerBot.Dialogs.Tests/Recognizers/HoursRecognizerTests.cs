using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class HoursRecognizerTests
{
    private readonly HoursRecognizer _hours = new();

    [Theory]
    [InlineData("16 hours a week", 16, 16)]
    [InlineData("16 hours per week", 16, 16)]
    [InlineData("sixteen hrs a wk", 16, 16)]
    [InlineData("20-25 hours", 20, 25)]
    [InlineData("20\u201325 hours weekly", 20, 25)]
    [InlineData("between 20 and 30 hours", 20, 30)]
    [InlineData("16H", 16, 16)]
    [InlineData("37.5 hours", 37, 38)]
    [InlineData("16-20", 16, 20)]
    [InlineData("about 30 I think", 30, 30)]
    [InlineData("up to 20 hours", 1, 20)]
    [InlineData("at least 16 hours", 16, 48)]
    [InlineData("less than 16 hours", 1, 15)]
    [InlineData("80 hours a month", 18, 19)]
    public void Recognise_WeeklyFigure_ReadsTheRange(string text, int min, int max)
    {
        var heard = _hours.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(min, heard.Value!.Min);
        Assert.Equal(max, heard.Value.Max);
    }

    [Fact]
    public void Recognise_PerDayWithoutDays_AssumesFiveDaysAndAsksToConfirm()
    {
        var heard = _hours.Recognise("4 hours a day");

        Assert.Equal(20, heard.Value!.Min);
        Assert.True(heard.Value.DaysAssumed);
        Assert.True(heard.Confidence < 0.7);
    }

    [Theory]
    [InlineData("4 hours a day, 3 days a week", 12)]
    [InlineData("6 hours a day Mon-Wed", 18)]
    [InlineData("8 hrs a day at weekends", 16)]
    [InlineData("5 hours a day but not Fridays or weekends", 20)]
    public void Recognise_PerDayWithDays_MultipliesByTheDays(string text, int weekly)
    {
        var heard = _hours.Recognise(text);

        Assert.Equal(weekly, heard.Value!.Min);
        Assert.False(heard.Value.DaysAssumed);
        Assert.True(heard.Confidence >= 0.7);
    }

    [Fact]
    public void Recognise_FullTime_IsAbout37AndAHalf()
    {
        var heard = _hours.Recognise("Full-time please");

        Assert.Equal(37.5m, heard.Value!.Estimate);
        Assert.True(heard.Value.Min <= 37 && heard.Value.Max >= 38);
        Assert.Equal(WorkPatterns.FullTime, heard.Value.Pattern);
        Assert.Equal("Full-time", "Full-time please".Substring(heard.Start, heard.Length));
    }

    [Theory]
    [InlineData("part time", WorkPatterns.PartTime)]
    [InlineData("school hours", WorkPatterns.SchoolHours)]
    [InlineData("as many as possible", WorkPatterns.FullTime)]
    [InlineData("a few hours", WorkPatterns.PartTime)]
    public void Recognise_NamedAmount_SetsThePattern(string text, WorkPatterns pattern)
    {
        var heard = _hours.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True((heard.Value!.Pattern & pattern) == pattern, text);
    }

    [Fact]
    public void Recognise_PartTimeWithANumber_KeepsTheNumberAndThePattern()
    {
        var heard = _hours.Recognise("part time, 20 hours");

        Assert.Equal(20, heard.Value!.Min);
        Assert.Equal(WorkPatterns.PartTime, heard.Value.Pattern);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\U0001F937")]
    [InlineData("I have 2 kids")]
    [InlineData("not full time")]
    [InlineData("9 to 3")]
    [InlineData("200 hours a week")]
    [InlineData("20 hours a day")]
    [InlineData("the second one")]
    public void Recognise_NotHours_NoMatch(string text) =>
        Assert.False(_hours.Recognise(text).Succeeded, text);

    [Fact]
    public void Recognise_LongMixedCaseText_FindsTheHours()
    {
        var text = "WELL " + string.Concat(Enumerable.Repeat("um ", 300)) + "I Can Do 16 HOURS A WEEK";

        var heard = _hours.Recognise(text);

        Assert.Equal(16, heard.Value!.Min);
        Assert.Equal("16 HOURS A WEEK", text.Substring(heard.Start, heard.Length));
    }
}

/// <summary>Hours in residents' own words: "as many as I can", bank work with the hours, the job they have now.</summary>
public sealed class OwnHoursRecognizerTests
{
    private readonly HoursRecognizer _hours = new();

    [Theory]
    [InlineData("as many hours as poss")]
    [InlineData("as much as i can")]
    [InlineData("as many as they give me")]
    [InlineData("as many hours as possible")]
    public void Recognise_AsManyAsCan_IsFullTimeToTheLimit(string text)
    {
        var heard = _hours.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(37, heard.Value!.Min);
        Assert.Equal(HoursRecognizer.MaxWeekly, heard.Value.Max);
        Assert.True((heard.Value.Pattern & WorkPatterns.FullTime) != 0);
    }

    [Theory]
    [InlineData("part time bank shifts")]
    [InlineData("16 hours on the bank")]
    public void Recognise_BankWithHours_KeepsBank(string text)
    {
        var heard = _hours.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True((heard.Value!.Pattern & WorkPatterns.Bank) != 0, text);
    }

    [Theory]
    [InlineData("i cant do bank holidays")]
    [InlineData("weekends but not bank holidays")]
    [InlineData("i help at the food bank on mondays")]
    public void Availability_BankAsNoWork_IsNoBankWork(string text)
    {
        var heard = new AvailabilityRecognizer().Recognise(text);

        Assert.True((heard.Value?.Patterns & WorkPatterns.Bank ?? WorkPatterns.None) == 0, text);
    }

    [Fact]
    public void Recognise_HoursOfTheJobNowWithOtherTimes_AreNotTheHoursWanted()
    {
        Assert.False(_hours.Recognise("i work full time at tesco so just weekends").Succeeded);
        Assert.True(_hours.Recognise("i work full time").Succeeded);
    }
}

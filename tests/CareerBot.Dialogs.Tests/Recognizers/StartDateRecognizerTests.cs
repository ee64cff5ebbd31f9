using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class StartDateRecognizerTests
{
    // Wednesday 25 November 2026, mid-morning in the UK.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);
    private readonly StartDateRecognizer _start = new();

    [Theory]
    [InlineData("now")]
    [InlineData("asap")]
    [InlineData("ASAP please")]
    [InlineData("a.s.a.p")]
    [InlineData("as soon as possible")]
    [InlineData("straight away")]
    [InlineData("Right now!")]
    [InlineData("today")]
    public void Recognise_NowWords_IsNowToday(string text)
    {
        var heard = _start.Recognise(text, Now);

        Assert.True(heard.Succeeded, text);
        Assert.True(heard.Value!.Now);
        Assert.Equal(new DateOnly(2026, 11, 25), heard.Value.Date);
    }

    [Theory]
    [InlineData("tomorrow", "2026-11-26")]
    [InlineData("next week", "2026-11-30")]
    [InlineData("next month", "2026-12-01")]
    [InlineData("in 2 weeks", "2026-12-09")]
    [InlineData("in two weeks\u2019 time", "2026-12-09")]
    [InlineData("in a fortnight", "2026-12-09")]
    [InlineData("in 3 days", "2026-11-28")]
    [InlineData("2 weeks", "2026-12-09")]
    [InlineData("two weeks.", "2026-12-09")]
    [InlineData("3 days", "2026-11-28")]
    [InlineData("in January", "2027-01-01")]
    [InlineData("after Christmas", "2027-01-02")]
    [InlineData("end of December", "2026-12-31")]
    [InlineData("1st March", "2027-03-01")]
    [InlineData("March 1st", "2027-03-01")]
    [InlineData("the 3rd of December", "2026-12-03")]
    [InlineData("03/03", "2027-03-03")]
    [InlineData("3/12", "2026-12-03")]
    [InlineData("25/11/2026", "2026-11-25")]
    [InlineData("1.2.27", "2027-02-01")]
    [InlineData("Monday", "2026-11-30")]
    [InlineData("next Wednesday", "2026-12-02")]
    [InlineData("after Easter", "2027-03-30")]
    [InlineData("after the summer", "2027-09-01")]
    public void Recognise_DateWords_GiveTheDate(string text, string expected)
    {
        var heard = _start.Recognise(text, Now);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), heard.Value!.Date);
        Assert.False(heard.Value.Now);
    }

    [Theory]
    [InlineData("after my course ends", "my course ends")]
    [InlineData("When my visa comes through.", "my visa comes through")]
    [InlineData("once I finish college", "I finish college")]
    public void Recognise_Reason_HasNoDateButKeepsTheReason(string text, string reason)
    {
        var heard = _start.Recognise(text, Now);

        Assert.True(heard.Succeeded, text);
        Assert.Null(heard.Value!.Date);
        Assert.Equal(reason, heard.Value.Reason);
    }

    [Fact]
    public void Recognise_ReasonWithADate_TheDateWins()
    {
        var heard = _start.Recognise("when I finish my course in June", Now);

        Assert.Equal(new DateOnly(2027, 6, 1), heard.Value!.Date);
    }

    [Fact]
    public void Recognise_NotNowButNextMonth_SkipsWhatIsRuledOut()
    {
        const string text = "not now, maybe next month";

        var heard = _start.Recognise(text, Now);

        Assert.Equal(new DateOnly(2026, 12, 1), heard.Value!.Date);
        Assert.Equal("next month", text.Substring(heard.Start, heard.Length));
    }

    [Fact]
    public void Recognise_LocalTimeJustAfterMidnight_UsesTheLocalDay()
    {
        var late = new DateTimeOffset(2026, 11, 26, 0, 15, 0, TimeSpan.FromHours(1));

        var heard = _start.Recognise("tomorrow", late);

        Assert.Equal(new DateOnly(2026, 11, 27), heard.Value!.Date);
    }

    [Fact]
    public void Recognise_InDecemberAfterChristmas_IsNow()
    {
        var boxingDay = new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.Zero);

        var heard = _start.Recognise("after Christmas", boxingDay);

        Assert.Equal(new DateOnly(2026, 12, 28), heard.Value!.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not sure")]
    [InlineData("\U0001F642")]
    [InlineData("I like cooking")]
    [InlineData("May I ask something")]
    [InlineData("16-20")]
    [InlineData("31/02")]
    [InlineData("not now")]
    public void Recognise_NoStartDate_NoMatch(string text) =>
        Assert.False(_start.Recognise(text, Now).Succeeded, text);
}

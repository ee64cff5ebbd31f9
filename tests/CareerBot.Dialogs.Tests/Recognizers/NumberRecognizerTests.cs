using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class NumberRecognizerTests
{
    private readonly NumberRecognizer _numbers = new();

    [Theory]
    [InlineData("20", 20, 20)]
    [InlineData("twenty", 20, 20)]
    [InlineData("twenty-five", 25, 25)]
    [InlineData("Twenty Five", 25, 25)]
    [InlineData("twenty\u2013five", 25, 25)]
    [InlineData("a hundred and five", 105, 105)]
    [InlineData("one hundred", 100, 100)]
    [InlineData("two thousand", 2000, 2000)]
    [InlineData("37.5", 37.5, 37.5)]
    [InlineData("half", 0.5, 0.5)]
    [InlineData("two and a half", 2.5, 2.5)]
    [InlineData("16 to 20", 16, 20)]
    [InlineData("16-20", 16, 20)]
    [InlineData("16 \u2013 20", 16, 20)]
    [InlineData("sixteen to twenty", 16, 20)]
    [InlineData("between 20 and 30", 20, 30)]
    [InlineData("from 9 till 5", 5, 9)]
    [InlineData("\uFF12\uFF10", 20, 20)]
    public void Recognise_NumberOrRange_ReadsMinAndMax(string text, double min, double max)
    {
        var heard = _numbers.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal((decimal)min, heard.Value!.Min);
        Assert.Equal((decimal)max, heard.Value.Max);
    }

    [Theory]
    [InlineData("about 30", 30)]
    [InlineData("around 30ish", 30)]
    [InlineData("30ish", 30)]
    [InlineData("roughly thirty", 30)]
    [InlineData("30 or so", 30)]
    [InlineData("a couple", 2)]
    public void Recognise_RoughAmount_IsApproximate(string text, double value)
    {
        var heard = _numbers.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True(heard.Value!.Approximate, text);
        Assert.Equal((decimal)value, heard.Value.Min);
    }

    [Theory]
    [InlineData("30+", 30)]
    [InlineData("at least 16", 16)]
    [InlineData("16 or more", 16)]
    [InlineData("more than 15", 16)]
    public void Recognise_LowerBound_IsOpenAbove(string text, double min)
    {
        var heard = _numbers.Recognise(text);

        Assert.True(heard.Value!.OpenAbove, text);
        Assert.Equal((decimal)min, heard.Value.Min);
        Assert.False(heard.Value.IsSingle);
    }

    [Theory]
    [InlineData("up to 20", 20)]
    [InlineData("no more than 20", 20)]
    [InlineData("less than 16", 15)]
    [InlineData("20 max", 20)]
    public void Recognise_UpperBound_IsOpenBelow(string text, double max)
    {
        var heard = _numbers.Recognise(text);

        Assert.True(heard.Value!.OpenBelow, text);
        Assert.Equal(0, heard.Value.Min);
        Assert.Equal((decimal)max, heard.Value.Max);
    }

    [Theory]
    [InlineData("the 2nd", 2)]
    [InlineData("second", 2)]
    [InlineData("the twenty-first", 21)]
    [InlineData("the second one", 2)]
    public void Recognise_Ordinal_IsMarkedOrdinal(string text, int value)
    {
        var heard = _numbers.Recognise(text);

        Assert.True(heard.Value!.Ordinal, text);
        Assert.Equal(value, heard.Value.Min);
        Assert.False(heard.IsAmbiguous);
    }

    [Fact]
    public void Recognise_NumberInSentence_SpanCoversThePhraseOnly()
    {
        const string text = "I can do between 20 and 30 hours";

        var heard = _numbers.Recognise(text);

        Assert.Equal("between 20 and 30", text.Substring(heard.Start, heard.Length));
    }

    [Fact]
    public void Recognise_TwoSeparateNumbers_IsAmbiguousWithTheOtherAsAlternative()
    {
        var heard = _numbers.Recognise("2 kids, so 20 hours");

        Assert.Equal(2, heard.Value!.Min);
        Assert.True(heard.IsAmbiguous);
        Assert.Contains(heard.Alternatives, a => a.Min == 20);
        Assert.True(heard.Confidence < 0.7);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("\U0001F600\U0001F44D")]
    [InlineData("someone")]
    [InlineData("a week")]
    [InlineData("this one")]
    [InlineData("often")]
    public void Recognise_NoNumber_NoMatch(string text) =>
        Assert.False(_numbers.Recognise(text).Succeeded);

    [Fact]
    public void Recognise_VeryLongText_DoesNotThrowAndFindsTheNumber()
    {
        var text = "about 20, " + string.Concat(Enumerable.Repeat("well “yes” ", 5000));

        var heard = _numbers.Recognise(text);

        Assert.Equal(20, heard.Value!.Min);
        Assert.Equal(0, heard.Start);
    }

    [Fact]
    public void Recognise_BrokenSurrogate_NoMatchNoThrow() =>
        Assert.False(_numbers.Recognise("\uD83D abc \uDE00").Succeeded);
}

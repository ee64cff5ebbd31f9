using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Work =
    [
        new("Caring for people", "care", ["carer", "care work"]),
        new("Helping in hospital", "hospital"),
        new("Behind the scenes", "support", ["porter", "cleaning"]),
        new("Office work", "office", ["admin"]),
        new("Computers and IT", "it"),
        new("Not sure", "notsure"),
    ];

    private static readonly ChoiceOption[] Times =
    [
        new("Days", "days"), new("Nights", "nights"), new("Weekends", "weekends"), new("Any time", "any"),
    ];

    private readonly ChoiceRecognizer _choice = new();

    [Theory]
    [InlineData("Office work", 3)]
    [InlineData("office WORK", 3)]
    [InlineData("admin", 3)]
    [InlineData("hospital", 1)]
    [InlineData("2", 1)]
    [InlineData("number 2", 1)]
    [InlineData("option two", 1)]
    [InlineData("#5", 4)]
    [InlineData("the second one", 1)]
    [InlineData("2nd", 1)]
    [InlineData("last one", 5)]
    [InlineData("the first", 0)]
    [InlineData("I\u2019d like office work please", 3)]
    public void Recognise_LabelValueNumberOrOrdinal_PicksSurely(string text, int index)
    {
        var heard = _choice.Recognise(text, Work);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(index, heard.Value);
        Assert.False(heard.IsAmbiguous);
        Assert.True(heard.Confidence >= 0.7, text);
    }

    [Theory]
    [InlineData("ofice work", false, 3)]
    [InlineData("computors and it", false, 4)]
    [InlineData("cairing for peple", false, 0)]
    [InlineData("behind the sceens", false, 2)]
    [InlineData("nigths", true, 1)]
    [InlineData("wekends", true, 2)]
    public void Recognise_Typos_PicksTheNearestOption(string text, bool times, int index)
    {
        var options = times ? Times : Work;

        var heard = _choice.Recognise(text, options);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(index, heard.Value);
        Assert.True(heard.Confidence > 0.4);
    }

    [Theory]
    [InlineData("99999999999")]
    [InlineData("number 79228162514264337593543950335")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("the 12th one")]
    public void Recognise_NumberPastTheList_NoMatchAndNoOverflow(string text)
    {
        var heard = _choice.Recognise(text, Times);

        Assert.False(heard.Succeeded && heard.Confidence >= 0.7, $"'{text}' picked option {heard.Value}");
    }

    [Fact]
    public void Recognise_TwoCloseOptions_IsAmbiguousWithTheOther()
    {
        ChoiceOption[] options = [new("Care worker", "a"), new("Care assistant", "b"), new("Driver", "c")];

        var heard = _choice.Recognise("care", options);

        Assert.True(heard.IsAmbiguous);
        Assert.Contains(heard.Value == 0 ? 1 : 0, heard.Alternatives);
        Assert.True(heard.Confidence < 0.7);
    }

    [Fact]
    public void Recognise_TypoNearTwoOptions_IsAmbiguous()
    {
        ChoiceOption[] options = [new("Porter", "p"), new("Potter", "q")];

        var heard = _choice.Recognise("poter", options);

        Assert.True(heard.IsAmbiguous);
    }

    [Fact]
    public void Recognise_LabelInASentence_SpanIsTheLabel()
    {
        const string text = "maybe Computers and IT?";

        var heard = _choice.Recognise(text, Work);

        Assert.Equal("Computers and IT", text.Substring(heard.Start, heard.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("the ninth one")]
    [InlineData("xqzzv")]
    [InlineData("\U0001F914")]
    [InlineData("I want to go home")]
    [InlineData("0")]
    public void Recognise_NothingFits_NoMatch(string text) =>
        Assert.False(_choice.Recognise(text, Work).Succeeded, text);

    [Fact]
    public void Recognise_NoOptions_NoMatch() => Assert.False(_choice.Recognise("yes", []).Succeeded);

    [Fact]
    public void Recognise_VeryLongText_StillFindsTheLabel()
    {
        var text = string.Concat(Enumerable.Repeat("hmm ", 400)) + "Nights";

        Assert.Equal(1, _choice.Recognise(text, Times).Value);
    }
}

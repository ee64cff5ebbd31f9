using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class YesNoRecognizerTests
{
    private readonly YesNoRecognizer _yesNo = new();

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes please")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("YESSS!!")]
    [InlineData("ok")]
    [InlineData("Okay.")]
    [InlineData("sure")]
    [InlineData("go on then")]
    [InlineData("of course")]
    [InlineData("no problem")]
    [InlineData("\U0001F44D")]
    [InlineData("\u201Cyes\u201D")]
    [InlineData("I do")]
    public void Recognise_YesWords_AreYes(string text)
    {
        var heard = _yesNo.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True(heard.Value, text);
        Assert.False(heard.IsAmbiguous, text);
        Assert.True(heard.Confidence >= 0.7, text);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("Nah")]
    [InlineData("not really")]
    [InlineData("no thanks")]
    [InlineData("No thank you")]
    [InlineData("not at all")]
    [InlineData("I don\u2019t")]
    [InlineData("i do not")]
    [InlineData("\U0001F44E")]
    public void Recognise_NoWords_AreNo(string text)
    {
        var heard = _yesNo.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.False(heard.Value, text);
        Assert.False(heard.IsAmbiguous, text);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("dunno")]
    [InlineData("yes and no")]
    [InlineData("yes no")]
    public void Recognise_Unsure_IsAmbiguousWithBothAnswers(string text)
    {
        var heard = _yesNo.Recognise(text);

        Assert.True(heard.IsAmbiguous, text);
        Assert.Contains(!heard.Value, heard.Alternatives);
        Assert.True(heard.Confidence < 0.7);
    }

    [Fact]
    public void Recognise_Correction_TakesTheLastAnswer()
    {
        var heard = _yesNo.Recognise("no sorry I mean yes");

        Assert.True(heard.Value);
        Assert.False(heard.IsAmbiguous);
    }

    [Fact]
    public void Recognise_YesInASentence_SpanIsTheWord()
    {
        const string text = "Well... yeah, I think";

        var heard = _yesNo.Recognise(text);

        Assert.Equal("yeah", text.Substring(heard.Start, heard.Length));
    }

    [Fact]
    public void Recognise_NoInsideLongText_IsLessSure()
    {
        var heard = _yesNo.Recognise("no I have a level 3 course in care from the college near me");

        Assert.False(heard.Value);
        Assert.True(heard.Confidence < 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\U0001F600")]
    [InlineData("Level 3")]
    [InlineData("nothing")]
    [InlineData("Birmingham")]
    [InlineData("yesterday")]
    [InlineData("know")]
    public void Recognise_NotAYesOrNo_NoMatch(string text) =>
        Assert.False(_yesNo.Recognise(text).Succeeded, text);
}

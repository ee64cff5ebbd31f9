using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers.Text;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>
/// The quick path for short ASCII answers must give exactly what the general path gives, and the tokens a turn
/// keeps for its answer must be that answer's tokens.
/// </summary>
public sealed class NormaliseTests
{
    [Theory]
    [InlineData("Part-time!", "part time")]
    [InlineData("  I DON'T  know...  ", "i dont know")]
    [InlineData("porter", "porter")]
    [InlineData("b15\t2tt\nplease", "b15 2tt please")]
    [InlineData("?!", "")]
    [InlineData("Caf\u00e9 work", "caf\u00e9 work")]
    [InlineData("\uff22\uff11\uff15", "b15")]
    public void Normalise_Examples(string text, string expected) => Assert.Equal(expected, PromptWords.Normalise(text));

    [Fact]
    public void Normalise_AsciiQuickPath_SameAsGeneralPath()
    {
        const string alphabet = "abcXYZ019 \t\n\r'-.,!?/()\"&\u0001\u007f_";
        var random = new Random(20261207);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            if (string.IsNullOrWhiteSpace(text)) continue;
            Assert.Equal(PromptWords.NormaliseAny(text), PromptWords.Normalise(text));
        }
    }

    [Fact]
    public void Normalise_LongText_SameAsGeneralPath()
    {
        var text = string.Concat(Enumerable.Repeat("Night-shifts, PLEASE! ", 30));
        Assert.True(text.Length > 256);
        Assert.Equal(PromptWords.NormaliseAny(text), PromptWords.Normalise(text));
    }

    [Fact]
    public void Tokens_KeptForTheLastText_AreThatTextsTokens()
    {
        var first = "20 hours near B15";
        var second = new string("20 hours near B15".AsSpan()); // the same words in another string
        var third = "nights only";

        var a = Tokens.Of(first);
        Assert.Equal(["20", "hours", "near", "b", "15"], a.Select(t => t.Text));
        Assert.Same(a, Tokens.Of(first));
        Assert.Equal(a, Tokens.Of(second));
        Assert.Equal(["nights", "only"], Tokens.Of(third).Select(t => t.Text));
        Assert.Equal(["20", "hours", "near", "b", "15"], Tokens.Of(first).Select(t => t.Text));
        Assert.Empty(Tokens.Of(""));
        Assert.Empty(Tokens.Of(null));
    }
}

using CareerBot.Dialogs.Recognizers.Text;
using FuzzySharp;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class FuzzyTests
{
    [Fact]
    public void RatioBound_NeverBelowFuzzySharpsRatio()
    {
        // Words near each other (typos), far apart, repeated letters, other scripts and characters 128 apart.
        string[] words =
        [
            "dudley", "dudly", "duldey", "wolverhampton", "wolverhamton", "birmingham", "brimingham", "walsall", "walsal",
            "sandwell", "solihull", "coventry", "covantry", "aaaa", "aaab", "abab", "baba", "selly oak", "sellyoak",
            "héllo", "hello", "kraków", "krakow", "مرحبا", "شكرا", "\u0041\u00C1", "\u00C1\u0041", "zzzzzz", "",
        ];
        var random = new Random(7);
        var pairs = words.SelectMany(a => words.Select(b => (a, b))).ToList();
        for (var i = 0; i < 3000; i++)
            pairs.Add((RandomWord(random), RandomWord(random)));

        foreach (var (a, b) in pairs)
            Assert.True(Fuzzy.RatioBound(a, b) >= Fuzz.Ratio(a, b), $"'{a}' / '{b}': bound {Fuzzy.RatioBound(a, b)} < ratio {Fuzz.Ratio(a, b)}");
    }

    [Theory]
    [InlineData("dudly", "dudley", 82)]
    [InlineData("walsal", "walsall", 82)]
    [InlineData("brimingham", "birmingham", 82)]
    [InlineData("covantry", "coventry", 82)]
    public void Word_WithAFloor_SameScoreAboveIt(string typed, string known, int floor)
    {
        var full = Fuzzy.Word(typed, known);
        Assert.True(full >= floor);
        Assert.Equal(full, Fuzzy.Word(typed, known, floor));
    }

    [Theory]
    [InlineData("cleaning", "dudley")]
    [InlineData("hospital", "walsall")]
    [InlineData("tipton", "dudley")]
    public void Word_WithAFloor_ZeroOnlyWhenBelowIt(string typed, string known)
    {
        Assert.Equal(0, Fuzzy.Word(typed, known, 82));
        Assert.True(Fuzzy.Word(typed, known) < 82);
    }

    private static string RandomWord(Random random)
    {
        const string letters = "abcdeilnorstuyéłżش";
        var chars = new char[random.Next(0, 12)];
        for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
        return new string(chars);
    }
}

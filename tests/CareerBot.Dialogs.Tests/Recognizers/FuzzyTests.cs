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

    [Fact]
    public void Phrase_SameScoreAsFuzzySharpsTokenSort()
    {
        // Plain phrases take Fuzzy's own split and sort; others (capitals, other letters, symbols) FuzzySharp's. Both
        // must score as FuzzySharp's ratio and token sort do: words in any order, digits beside letters, prefixes of
        // each other, doubled and outer spaces, and a few not plain.
        var random = new Random(11);
        string[] known = ["care worker", "worker care", "helping patients", "nurse helper", "level 2 care", "care 2 level", "a a b", "ab a", "a ab"];
        var pairs = known.SelectMany(a => known.Select(b => (a, b))).ToList();
        for (var i = 0; i < 5000; i++)
            pairs.Add((RandomPhrase(random), RandomPhrase(random)));
        pairs.AddRange([("Care Worker", "care worker"), ("care-worker", "worker care"), ("soins à domicile", "domicile soins"), ("  care  worker ", "worker care")]);

        foreach (var (a, b) in pairs)
        {
            var expected = a == b ? 100 : a.Length == 0 || b.Length == 0 ? 0 : Math.Max(Fuzz.Ratio(a, b), Fuzz.TokenSortRatio(a, b) - 3);
            Assert.True(expected == Fuzzy.Phrase(a, b), $"'{a}' / '{b}': {Fuzzy.Phrase(a, b)}, FuzzySharp {expected}");
        }
    }

    private static string RandomPhrase(Random random)
    {
        const string chars = "aabcdeilnorstuy019  ";
        var text = new char[random.Next(0, 20)];
        for (var i = 0; i < text.Length; i++) text[i] = chars[random.Next(chars.Length)];
        return new string(text);
    }

    private static string RandomWord(Random random)
    {
        const string letters = "abcdeilnorstuyéłżش";
        var chars = new char[random.Next(0, 12)];
        for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
        return new string(chars);
    }
}

using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class EnglishNeedRecognizerTests
{
    private static readonly EnglishNeedRecognizer R = new();

    [Theory]
    [InlineData("my english not so good")]
    [InlineData("My English is not very good")]
    [InlineData("my english is poor")]
    [InlineData("my englsh is a bit weak")]
    [InlineData("I am learning English")]
    [InlineData("im learning english at college")]
    [InlineData("I want to learn English")]
    [InlineData("little English")]
    [InlineData("I speak a little bit of English")]
    [InlineData("english is my second language")]
    [InlineData("English is not my first language")]
    [InlineData("I speak Arabic, not much English")]
    [InlineData("I speak Urdu and Punjabi but little English")]
    [InlineData("I speak Polish. English not good")]
    [InlineData("I don't speak English well")]
    [InlineData("i cant understand english very well")]
    [InlineData("I need help with my English")]
    [InlineData("I go to ESOL classes")]
    [InlineData("cleaning job but my english not so good")]
    public void Recognise_ResidentSaysEnglishIsABarrier_Succeeds(string text) =>
        Assert.True(R.Recognise(text).Succeeded, text);

    [Theory]
    [InlineData("English and maths")]
    [InlineData("I have GCSE English and maths")]
    [InlineData("English and maths GCSE grade 4")]
    [InlineData("I have no English GCSE")]
    [InlineData("I am learning English and maths at college")]
    [InlineData("My English is good")]
    [InlineData("my english is not bad")]
    [InlineData("I am English")]
    [InlineData("I speak English and Urdu")]
    [InlineData("English is my first language")]
    [InlineData("functional skills English level 2")]
    [InlineData("I want to be an English teacher")]
    [InlineData("cleaning part time")]
    [InlineData("my english is level 2")]
    [InlineData("English level 1 and maths level 1")]
    [InlineData("my english is B2")]
    [InlineData("I have entry 3 maths")]
    [InlineData("I live in B1, my English is good")]
    [InlineData("")]
    public void Recognise_NoEnglishNeed_DoesNotSucceed(string text) =>
        Assert.False(R.Recognise(text).Succeeded, text);

    [Theory]
    [InlineData("I am learning English, I am at entry 2", EsolLevel.Entry2)]
    [InlineData("my english is basic, ESOL entry level 1", EsolLevel.Entry1)]
    [InlineData("I passed ESOL entry 3 but my english not good", EsolLevel.Level1)]
    [InlineData("I go to ESOL level 1", EsolLevel.Level1)]
    [InlineData("little english, pre-entry", EsolLevel.PreEntry)]
    [InlineData("my english is entry 2", EsolLevel.Entry2)]
    [InlineData("My English level is Entry 1", EsolLevel.Entry1)]
    [InlineData("english entry 3", EsolLevel.Entry3)]
    [InlineData("my english is only E1", EsolLevel.Entry1)]
    [InlineData("my english is A2", EsolLevel.Entry2)]
    [InlineData("english level b1, i live in B10", EsolLevel.Entry3)]
    [InlineData("I am pre entry english", EsolLevel.PreEntry)]
    [InlineData("a1 english", EsolLevel.Entry1)]
    public void Recognise_LevelSaid_KeepsTheLevelToStudyNext(string text, EsolLevel level) =>
        Assert.Equal(level, R.Recognise(text).Value?.Level);

    [Fact]
    public void Recognise_NoLevelSaid_LevelIsNull() =>
        Assert.Null(R.Recognise("my english not so good").Value?.Level);

    [Theory]
    [InlineData("I want cleaning job, my english not so good", "I want cleaning job")]
    [InlineData("cleaning job but my english not so good", "cleaning job")]
    [InlineData("my english is not good. I like caring for people", "I like caring for people")]
    [InlineData("I speak Arabic, not much English, I want hospital porter", "I want hospital porter")]
    [InlineData("I am learning English", "")]
    [InlineData("i want job in care home. my english is entry 2", "i want job in care home")]
    [InlineData("none, my english is A2", "none")]
    public void Without_NeedInAnAnswer_KeepsTheWordsOfWork(string text, string rest)
    {
        var found = R.Recognise(text);
        Assert.True(found.Succeeded);
        Assert.Equal(rest, EnglishNeedRecognizer.Without(text, found));
    }

    [Theory]
    [InlineData("I have ESOL entry 3")]
    [InlineData("ESOL")]
    public void Without_EsolMentioned_KeepsTheWholeAnswer(string text) =>
        Assert.Equal(text, EnglishNeedRecognizer.Without(text, R.Recognise(text)));

    [Theory]
    [InlineData("I have", true)]
    [InlineData("I speak Urdu", true)]
    [InlineData("", true)]
    [InlineData("20 hours", false)]
    [InlineData("cleaning", false)]
    public void SaysNothingMore_Rest_TrueOnlyForFillerAndLanguages(string rest, bool nothing) =>
        Assert.Equal(nothing, EnglishNeedRecognizer.SaysNothingMore(rest));

    [Fact]
    public void Recognise_RandomOddUnicode_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 300)];
            for (var c = 0; c < chars.Length; c++) chars[c] = (char)random.Next(0, 0xFFFF);
            var text = new string(chars) + (i % 3 == 0 ? " my english not good" : "");
            var found = R.Recognise(text);
            _ = EnglishNeedRecognizer.Without(text, found);
        }
    }

    /// <summary>
    /// The recogniser skips its patterns when the text has neither "ngl" nor "ngis": every spelling of English they
    /// read must hold one, or a need said with a new spelling would be missed without any other test noticing.
    /// </summary>
    [Fact]
    public void EverySpellingOfEnglish_HoldsWhatTheQuickCheckLooksFor()
    {
        var spellings = EnglishNeedRecognizer.English.Trim('(', ')').Replace("?:", "").Split('|');
        Assert.True(spellings.Length >= 3, EnglishNeedRecognizer.English);
        foreach (var spelling in spellings)
        {
            Assert.Matches("^[a-z]+$", spelling);
            Assert.True(spelling.Contains("ngl") || spelling.Contains("ngis"), spelling);
            Assert.True(R.Recognise($"my {spelling} is not good").Succeeded, spelling);
            Assert.True(R.RecogniseFine($"my {spelling.ToUpperInvariant()} is fine").Succeeded, spelling);
        }
    }
}

using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents still learning English, at the first question on the real catalogue: words in the learner's order
/// ("me want job hospital clean" was said back as "hospital clean", and is a hospital cleaner), spelling by sound ("farmasy" found nothing),
/// text-speak ("u hav jobs 4 me" was read as "hgv", "wnt wrk in hsptl" as another language), words run together
/// ("IWANTJOB" was "no jobs for iwantjob"), and words of their first language ("kaam", "praca" were searched for).
/// </summary>
public sealed class EsolLearnersTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string FirstQuestion = "What kind of work do you like?";

    private static string EnglishOnly => MessageCatalogue.Default.Numbered.Get(CommonQuestions.OtherLanguage);

    private async Task<TestTalk> FirstAsync(string text)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync(text);
        return talk;
    }

    private static string? LookedFor(TestTalk talk) =>
        talk.Last.Replies.FirstOrDefault(r => r.Text.StartsWith("Good. I will look for", StringComparison.Ordinal))?.Text;

    [Theory]
    [InlineData("me want job hospital clean", "\"hospital cleaner\"")]
    [InlineData("work care old people me", "old people")]
    [InlineData("farmasy", "pharmacy")]
    [InlineData("wnt wrk in hsptl", "hospital")]
    [InlineData("me need kaam hospital", "\"hospital\"")]
    [InlineData("i was cleaner before now i want porter", "\"porter\"")]
    public async Task FirstAnswer_LearnersWords_SaysBackTheWorkMeant(string text, string said)
    {
        var talk = await FirstAsync(text);

        Assert.Contains(said, LookedFor(talk) ?? talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstAnswer_CleaningInAHospital_FindsHospitalCleaningFirst()
    {
        var talk = await FirstAsync("me want job hospital clean");
        await talk.SayAllAsync("none", "full time", "days", "now", "dudley", "10 miles");

        var first = talk.Last.Replies.SelectMany(r => r.Cards).First().Title;
        Assert.True(first.Contains("hospital cleaner", StringComparison.Ordinal) || first.Contains("housekeeper", StringComparison.Ordinal), first);
    }

    [Theory]
    [InlineData("IWANTJOB")]
    [InlineData("u hav jobs 4 me")]
    [InlineData("i work in factory before")]
    public async Task FirstAnswer_WorkButNoKindSaid_AsksWhichKind(string text)
    {
        var talk = await FirstAsync(text);

        Assert.Null(LookedFor(talk));
        Assert.DoesNotContain("no jobs for", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("hgv", talk.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("kaam")]
    [InlineData("praca")]
    public async Task FirstAnswer_WordsOfAnotherLanguageOnly_SaysWeReadEnglish(string text)
    {
        var talk = await FirstAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == EnglishOnly);
        Assert.DoesNotContain("no jobs for", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("IWANTCLEANINGJOB", "cleaning")]
    [InlineData("wnt wrk in hsptl", "hospital")]
    [InlineData("kichen", "kitchen")]
    [InlineData("job hospital clean", "hospital cleaner")]
    [InlineData("me need kaam hospital", "hospital")]
    public void Read_LearnersWords_AreTheWordsOfWork(string text, string words) =>
        Assert.Equal(words, WorkWords.Read(text).Text);

    [Theory]
    [InlineData("something outdoors", "outdoors")]
    [InlineData("kitten", "kitten")]
    [InlineData("cook", "cook")]
    public void Read_RealWordsAndWorkersNames_StayAsTyped(string text, string words) =>
        Assert.Equal(words, WorkWords.Read(text).Text);

    [Theory]
    [InlineData("i can all day")]
    [InlineData("whole day")]
    public void Hours_LearnersWordsForFullDays_AreFullTimeToConfirm(string text)
    {
        var heard = new HoursRecognizer().Recognise(text);

        Assert.True(heard.Succeeded);
        Assert.True(heard.Confidence < CareerPromptRecognizer.ConfirmBelow);
        Assert.True(heard.Value!.Min >= 35);
    }
}

using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// At the first question, on the real catalogue: words in another language written in the Latin alphabet get the
/// "I can only read English" answer (as other scripts do), and swear words are never said back.
/// </summary>
public sealed class ForeignAndRudeWordsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string FirstQuestion = "What kind of work do you like?";

    [Theory]
    [InlineData("hola quiero trabajo")]
    [InlineData("szukam pracy w szpitalu")]
    [InlineData("caut de lucru in spital")]
    [InlineData("ich suche arbeit")]
    [InlineData("je cherche un travail")]
    public async Task AnotherLanguage_GetsTheEnglishOnlyAnswer_AndTheQuestionAgain(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Numbered.Get("faq.other_language"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("no jobs for", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("hairdresser", "hairdresser")]
    [InlineData("pilot on a plane", "pilot")]
    public async Task EnglishWordsOfWorkWeDoNotHave_AreStillSaidBack(string text, string said)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("no jobs for", StringComparison.Ordinal) && r.Text.Contains(said, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherLanguage_WithAWordOfWorkWeKnow_TakesTheWork()
    {
        var talk = await StartAsync();

        await talk.SayAsync("quiero trabajar en un hospital");

        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("hospital", StringComparison.Ordinal));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task MisspeltEnglish_IsNotTakenForAnotherLanguage()
    {
        var talk = await StartAsync();

        await talk.SayAsync("hospitle poter");

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Numbered.Get("faq.other_language"));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Theory]
    [InlineData("fuck off")]
    [InlineData("shit bot")]
    [InlineData("this is crap")]
    public async Task SwearWords_AreNotSaidBack(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        var rude = text.Split(' ')[0] == "this" ? "crap" : text.Split(' ')[0];
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains(rude, StringComparison.OrdinalIgnoreCase));
        // Nothing of work was said: the first question again (after a "Sorry", or in it), no search said back.
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.Contains("work", talk.LastText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    [Fact]
    public async Task SwearWordAroundWork_TheWorkIsKeptWithoutIt()
    {
        var talk = await StartAsync();

        await talk.SayAsync("fucking porter job");

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("fuck", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    private async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        return talk;
    }
}

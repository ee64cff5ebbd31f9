using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A resident who says they are in danger gets free help at once, at any point, and the words are never read as an
/// answer. Kinds of work and figures of speech that share the words stay what they were.
/// </summary>
public sealed class DistressTests
{
    private const string FirstQuestion = "What kind of work do you like?";
    private const string Hours = "How many hours a week can you work?";

    [Theory]
    [InlineData("i feel like killing myself nobody will hire me", Distress.SelfHarm)]
    [InlineData("I want to die", Distress.SelfHarm)]
    [InlineData("im going to kill myself", Distress.SelfHarm)]
    [InlineData("i dont want to live anymore", Distress.SelfHarm)]
    [InlineData("I have been self harming", Distress.SelfHarm)]
    [InlineData("i feel suicidal", Distress.SelfHarm)]
    [InlineData("whats the point of living", Distress.SelfHarm)]
    [InlineData("i wish i was dead", Distress.SelfHarm)]
    [InlineData("everyone would be better off without me", Distress.SelfHarm)]
    [InlineData("I took an overdose last night", Distress.SelfHarm)]
    [InlineData("thinking about ending my life", Distress.SelfHarm)]
    [InlineData("I want to kill myself, I can't get a job with people", Distress.SelfHarm)]
    [InlineData("my husband hits me", Distress.Abuse)]
    [InlineData("I don't feel safe at home", Distress.Abuse)]
    [InlineData("my partner is violent", Distress.Abuse)]
    [InlineData("im in an abusive relationship", Distress.Abuse)]
    [InlineData("i am scared to go home", Distress.Abuse)]
    public void Danger_IsFound(string text, string kind) => Assert.Equal(kind, Distress.Find(text));

    [Theory]
    [InlineData("suicide prevention worker")]
    [InlineData("support worker for people who self harm")]
    [InlineData("domestic abuse support worker")]
    [InlineData("this job hunt is killing me")]
    [InlineData("I'm dying to start work")]
    [InlineData("I would die for an NHS job")]
    [InlineData("domestic assistant")]
    [InlineData("i hurt my back so no lifting")]
    [InlineData("my dad hit the roof when i quit")]
    [InlineData("i cut my hours at asda")]
    [InlineData("i want to work in end of life care")]
    [InlineData("I worked on a ward with overdose patients")]
    [InlineData("mental health nurse")]
    [InlineData("i want to help people who feel suicidal")]
    [InlineData("I'm scared of needles")]
    [InlineData("I am afraid I have no qualifications")]
    public void WorkAndFiguresOfSpeech_AreNotDanger(string text) => Assert.Null(Distress.Find(text));

    [Fact]
    public async Task AsTheFirstMessage_HelpComesFirst_ThenTheGreetingAndTheFirstQuestion_AndNothingIsSearched()
    {
        var talk = new TestTalk();

        var outcome = await talk.SayAsync("i feel like killing myself nobody will hire me");

        var texts = outcome.Replies.Select(r => r.Text).ToList();
        Assert.Equal(MessageCatalogue.Default.Get("crisis.self_harm"), texts[0]);
        Assert.Contains("116 123", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains("999", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("CareerBot", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, texts[^1]);
        Assert.Single(outcome.Replies, r => r.ExpectsInput);
        Assert.DoesNotContain(texts, t => t.StartsWith("Sorry", StringComparison.Ordinal) || t.Contains("I will look for", StringComparison.Ordinal));
        Assert.Contains(talk.Signals, s => s.Kind == "crisis" && s.Value == Distress.SelfHarm);

        // The words were not taken as the kind of work: the next answer is.
        await talk.SayAsync("cleaning");
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task AtAQuestion_HelpThenTheSameQuestion_AndTheAnswersSoFarStay()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal(Hours, talk.LastText);

        await talk.SayAsync("my husband hits me and i am scared to go home");

        Assert.Equal(MessageCatalogue.Default.Get("crisis.abuse"), talk.Last.Replies[0].Text);
        Assert.Contains("0808 2000 247", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(MessageCatalogue.Default.Get(Distress.Ready), talk.Last.Replies[^2].Text);
        Assert.Equal(Hours, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.All(talk.Last.Replies.SkipLast(1), r => Assert.False(r.ExpectsInput));

        await talk.SayAllAsync("Part-time", "Days", "Now", "Dudley", "Up to 5 miles");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.NotEmpty(profile.Families);
        Assert.Equal("Dudley", profile.Place);
    }

    [Fact]
    public async Task AtTheResults_HelpThenTheMenu()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles");
        var menu = talk.LastText;
        var searches = talk.Catalogue.Profiles.Count;

        await talk.SayAsync("honestly i dont want to be alive");

        Assert.Equal(MessageCatalogue.Default.Get("crisis.self_harm"), talk.Last.Replies[0].Text);
        Assert.Equal(menu, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.Equal(searches, talk.Catalogue.Profiles.Count);
    }
}

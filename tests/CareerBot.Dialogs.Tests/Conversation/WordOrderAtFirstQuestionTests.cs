using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Words said for the kind of work reach the search whole and in their order, so "care home" finds the care home
/// job and "home care" the home care job, also when the words also pick a kind of work (caring for people).
/// </summary>
public sealed class WordOrderAtFirstQuestionTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("i still need work in a care home", "Care worker (care home)")]
    [InlineData("care home", "Care worker (care home)")]
    [InlineData("I want to work in care homes", "Care worker (care home)")]
    [InlineData("home care", "Home care worker (domiciliary care)")]
    [InlineData("i want to do home care please", "Home care worker (domiciliary care)")]
    public async Task FirstAnswer_WordsInOrder_FindTheJobNamedSo(string said, string first)
    {
        var recording = new RecordingSearch(real.Search);
        var talk = new TestTalk(recording);
        await talk.JoinAsync();
        await talk.SayAllAsync(said, "None", "Full-time", "Any time", "Now", "Dudley", "Up to 10 miles");

        var cards = talk.Last.Replies.First(r => r.Cards.Count > 0).Cards;
        Assert.True(cards[0].Title.EndsWith(first, StringComparison.Ordinal), $"{cards[0].Title}; search text: {recording.Profiles[^1].Text}");
    }
}

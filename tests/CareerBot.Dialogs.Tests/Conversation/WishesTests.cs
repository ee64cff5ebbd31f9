using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Several kinds of work in one answer ("care work and driving") are each searched, take turns in the results and are
/// said back each by name; work not wanted ("not driving", "no more cleaning jobs") is left out, said back once, and
/// kept when another answer changes. Before, "care work and driving" was said back as "care driving" and its top 3
/// had no care job; "admin or reception but not nights" was said back as "admin reception".
/// </summary>
public sealed class WishesTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("care work and driving", "\"care\" and \"driving\"", "care", "driving")]
    [InlineData("cleaning or kitchen", "\"cleaning\" and \"kitchen\"", "cleaning", "kitchen")]
    [InlineData("porter, driver or warehouse", "\"porter\", \"driver\" and \"warehouse\"", "porter", "driving", "warehouse")]
    [InlineData("care and admin", "\"care\" and \"admin\"", "care", "admin")]
    [InlineData("admin or reception but not nights", "\"admin\" and \"reception\"", "admin", "reception")]
    [InlineData("pharmacy or IT", "\"pharmacy\" and \"computers\"", "pharmacy", "it")]
    public async Task SeveralWishes_EachInTopThree_SaidBackApart(string first, string said, params string[] kinds)
    {
        var (_, search, text) = await WishChat.ToResultsAsync(real.Search, first);
        Assert.Contains($"I will look for {said} jobs.", text, StringComparison.Ordinal);
        var shown = (await WishChat.ShownAsync(real.Search, search)).Take(3).ToList();
        foreach (var kind in kinds)
            Assert.True(WishChat.Meets(shown, kind), $"{first}: no {kind} job in the top 3 ({string.Join(", ", shown)})");
    }

    [Fact]
    public async Task SeveralWishes_WhyItFits_NamesTheWishEachMeets()
    {
        var (_, search, _) = await WishChat.ToResultsAsync(real.Search, "care work and driving");
        var profile = search.Profiles[^1];
        var results = await real.Search.SearchAsync(profile, TestContext.Current.CancellationToken);
        var cards = new SuggestionCards(MessageCatalogue.Default);
        // The first two are one of each wish.
        Assert.NotEqual(WishChat.Jobs["care"].Contains(results.Items[0].Id), WishChat.Jobs["care"].Contains(results.Items[1].Id));
        for (var i = 0; i < 2; i++)
        {
            var s = results.Items[i];
            var wish = WishChat.Jobs["care"].Contains(s.Id) ? "care" : "driving";
            var why = cards.ForSuggestion(s, i + 1, typed: profile.Text).Lines.First(l => l.StartsWith("Why it fits:", StringComparison.Ordinal));
            Assert.Contains($"You said \"{wish}\"", why, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("i want care work, not driving", "I will not show driving jobs.", "driving")]
    [InlineData("kitchen but no cleaning", "I will not show cleaning jobs.", "cleaning")]
    [InlineData("no driving", "all kinds of work, but not \"driving\"", "driving")]
    [InlineData("dont want to drive", "all kinds of work, but not \"driving\"", "driving")]
    public async Task NotWish_LeftOut_SaidBackOnce(string first, string said, string kind)
    {
        var (_, search, text) = await WishChat.ToResultsAsync(real.Search, first);
        Assert.Single(text.Split('\n'), l => l.Contains(said, StringComparison.Ordinal));
        var shown = await WishChat.ShownAsync(real.Search, search);
        Assert.False(WishChat.Meets(shown, kind), $"{first}: a {kind} job is shown ({string.Join(", ", shown)})");
    }

    [Fact]
    public async Task NotWish_KeptWhenTheWorkAnswerChanges()
    {
        var (talk, search, _) = await WishChat.ToResultsAsync(real.Search, "anything but cleaning");
        await talk.SayAllAsync("change an answer", "1", "hospital jobs");
        Assert.Equal(WishChat.Menu, talk.LastText);
        Assert.Contains("cleaning", search.Profiles[^1].ExcludedWords);
        var shown = await WishChat.ShownAsync(real.Search, search);
        Assert.False(WishChat.Meets(shown, "cleaning"), string.Join(", ", shown));
    }

    [Theory]
    [InlineData("porter or cleaning", "no more cleaning jobs", "cleaning", "porter")]
    [InlineData("driving and warehouse", "no driving please", "driving", "warehouse")]
    public async Task NotWish_AtResults_KeepsTheOtherWish(string first, string later, string kind, string kept)
    {
        var (talk, search, _) = await WishChat.ToResultsAsync(real.Search, first);
        await talk.SayAsync(later);
        Assert.Contains(talk.Last.Replies, r => r.Text == $"I will not show {kind} jobs.");
        var shown = await WishChat.ShownAsync(real.Search, search);
        Assert.False(WishChat.Meets(shown, kind), $"{later}: a {kind} job is shown ({string.Join(", ", shown)})");
        Assert.True(WishChat.Meets(shown, kept), $"{later}: no {kept} job is shown ({string.Join(", ", shown)})");
        Assert.Equal(WishChat.Menu, talk.LastText);
    }

    [Theory]
    [InlineData("care work and driving", "care work|driving")]
    [InlineData("driver/porter", "driver|porter")]
    [InlineData("kitchen & cleaning", "kitchen|cleaning")]
    [InlineData("porter, driver or warehouse", "porter|driver|warehouse")]
    [InlineData("i want to work in a hospital, maybe admin", "")]
    [InlineData("hospital admin", "")]
    [InlineData("24/7 care", "")]
    [InlineData("A&E", "")]
    public void WorkWords_Wishes_SplitAtAndOrSlash(string text, string wishes)
    {
        Assert.Equal(wishes, string.Join('|', WorkWords.Read(text).Wishes));
    }
}

using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Places said in ways the place work was not tuned on: written down before the tuning and run only at its end
/// (see PlaceCoverageTests for the cases it was built against). The real place list and the real dialogs.
/// </summary>
public sealed class PlaceHeldOutTests
{
    private static readonly PlaceRecognizer Places = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("i am living in kings standing", "Birmingham")]
    [InlineData("acocks green b27", "Birmingham")]
    [InlineData("erdingtn", "Birmingham")]
    [InlineData("my home is in handsworth wood", "Birmingham")]
    [InlineData("harbone", "Birmingham")]
    [InlineData("small heath birmingham", "Birmingham")]
    [InlineData("Hall green area", "Birmingham")]
    [InlineData("castle bromwhich", "Solihull")]
    [InlineData("WOLVERHAMPTON", "Wolverhampton")]
    [InlineData("wednesfeild", "Wolverhampton")]
    [InlineData("tipton dy4", "Sandwell")]
    [InlineData("chelmsley wood", "Solihull")]
    [InlineData("yardley wood", "Birmingham")]
    [InlineData("nr walsall manor", "Walsall")]
    [InlineData("b43 6aa", "Sandwell")]
    [InlineData("wv9", "Wolverhampton")]
    [InlineData("coventy", "Coventry")]
    [InlineData("i live in cov", "Coventry")]
    [InlineData("west bromwhich", "Sandwell")]
    [InlineData("quinton b32", "Birmingham")]
    public void Recognise_HeldOutPlace_IsInItsBorough(string text, string borough)
    {
        var heard = Places.Recognise(text);

        Assert.True(heard.Succeeded && heard.Value!.Name.Length > 0, text);
        Assert.Equal(borough, heard.Value!.Borough);
    }

    [Theory]
    [InlineData("i live in nottingham")]
    [InlineData("DE1 2AA")]
    [InlineData("kidderminster")]
    [InlineData("NG7")]
    public async Task RunTurn_HeldOutPlaceOutside_SaysSoAndAsksAgain(string said)
    {
        var talk = new TestTalk();
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now", said);

        Assert.Contains("West Midlands", talk.LastText, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    [Theory]
    [InlineData("i dont have a car")]
    [InlineData("close to home please")]
    [InlineData("nearby")]
    [InlineData("by walking")]
    [InlineData("i live with family")]
    public void Recognise_HeldOutWords_AreNoPlace(string text)
    {
        var heard = Places.Recognise(text);

        Assert.False(heard.Succeeded && heard.Value!.Name.Length > 0, $"{text} -> {heard.Value?.Name}");
    }
}

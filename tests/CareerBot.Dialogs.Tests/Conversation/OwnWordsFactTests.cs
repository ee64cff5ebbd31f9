using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Facts in residents' own words (see <see cref="OwnWordsConversationTests"/>), one line each: work wished for at
/// another question, "no quals" and a place said last in a long first message, a place ruled out, and what is left
/// of a first message of qualifications only.
/// </summary>
public sealed class OwnWordsFactTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    private static HeardFacts Read(string text, string asked) => Reader.Read(text, asked, TestTalk.Now);

    [Theory]
    [InlineData("me want clean job", "qualifications", "behind")]
    [InlineData("looking for admin work", "times")]
    [InlineData("full time, i want to work in a hospital", "hours", "hospital")]
    public void Read_WorkWishedForAtAnotherQuestion_IsTheWork(string text, string asked, string kind = "office") =>
        Assert.Equal([kind], Read(text, asked).Work?.Kinds ?? []);

    [Theory]
    [InlineData("i worked in care for 5 years", "hours")]
    [InlineData("nvq 2 in care", "hours")]
    [InlineData("i live near the hospital", "miles")]
    [InlineData("i want cleaning job", "interest")]
    public void Read_NoWishForWork_IsNoWork(string text, string asked) =>
        Assert.Null(Read(text, asked).Work);

    [Theory]
    [InlineData("hiya im looking for care work at night in dudley no quals")]
    [InlineData("care work please, no gcses")]
    [InlineData("i left school with nothing and want kitchen work")]
    public void Read_NoQualificationsInALongFirstMessage_IsNone(string text) =>
        Assert.True(Read(text, "interest").Qualifications?.None);

    [Theory]
    [InlineData("i want a cleaning job, nothing at night")]
    [InlineData("care work, none of that office stuff")]
    public void Read_NoneAboutSomethingElse_IsNoQualification(string text) =>
        Assert.Null(Read(text, "interest").Qualifications);

    [Theory]
    [InlineData("i can drive, want delivery driver job coventry", "Coventry")]
    [InlineData("cleaning job walsall please", "Walsall")]
    public void Read_PlaceSaidLastAfterWork_IsThePlace(string text, string place) =>
        Assert.Equal(place, Read(text, "interest").Place?.Name);

    [Theory]
    [InlineData("i want a job in a city hospital")]
    [InlineData("i support west brom")]
    public void Read_PlaceWordsLastWithoutWork_IsNoPlace(string text) =>
        Assert.Null(Read(text, "interest").Place);

    [Theory]
    [InlineData("sorry not dudley i live in birmingham", "Birmingham")]
    [InlineData("i meant solihull not coventry", "Solihull")]
    public void Read_PlaceRuledOut_IsThePlaceSaid(string text, string place) =>
        Assert.Equal(place, Read(text, "miles").Place?.Name);

    [Theory]
    [InlineData("I have GCSE english and maths")]
    [InlineData("i passed level 1 maths")]
    [InlineData("i have a level 3 diploma in business admin")]
    public void Read_QualificationsOnly_LeavesNoWordsOfWork(string text)
    {
        var heard = Read(text, "interest");
        Assert.NotNull(heard.Qualifications);
        Assert.Empty(WorkWords.Read(heard.Rest).Words);
    }
}

using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A distance said with the way of travelling ("10 miles by bus") among other answers: the distance is kept, the way of
/// travelling goes with it, and the home said in the same message is still the home. Before, the "by bus" left over
/// was read as the message's place, and "I live in Smethwick ... travel 10 miles by bus" lost Smethwick.
/// </summary>
public sealed class DistanceWithModeTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("interest", "I live in Smethwick. I want admin work and travel 10 miles by bus", "Smethwick", 10)]
    [InlineData("interest", "im in walsall, cleaning job, 5 miles on the bus", "Walsall", 5)]
    [InlineData("interest", "porter in dudley, i can do 15 miles in my car", "Dudley", 15)]
    [InlineData("interest", "i live in oldbury, i walk so 2 miles, kitchen work", "Oldbury", 2)]
    [InlineData("qualifications", "none. i live in tipton and can go 8 miles by train", "Tipton", 8)]
    [InlineData("hours", "full time, from bilston, up to 10 miles by bus", "Bilston", 10)]
    [InlineData("start", "now. im in handsworth, 3 miles walking", "Handsworth", 3)]
    // The distance said alone or the way alone, as before.
    [InlineData("interest", "I live in Smethwick. I want admin work. I can travel 10 miles", "Smethwick", 10)]
    [InlineData("interest", "I live in Smethwick. I want admin work and travel by bus", "Smethwick", 5)]
    public void DistanceAndWay_SaidWithAHome_KeepBothAndLeaveTheWayOutOfTheWish(string asked, string text, string home, double miles)
    {
        var heard = Reader.Read(text, asked, TestTalk.Now);

        Assert.Equal(home, heard.Place?.Name);
        Assert.Equal(miles, heard.MaxMiles);
        Assert.DoesNotContain("bus", heard.Rest, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("car", heard.Rest, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("train", heard.Rest, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A travel time with the way of travelling beside it, before or after, at another question.</summary>
    [Theory]
    [InlineData("times", "bus 30 mins", 5)]
    [InlineData("times", "bus, 30 minutes", 5)]
    [InlineData("start", "walk 15 mins", 1)]
    [InlineData("hours", "20 hours, 20 min drive", 7)]
    [InlineData("times", "30 mins by bus", 5)]
    public void TravelTime_WithTheWayBesideIt_IsReadAtAnyQuestion(string asked, string text, double miles)
    {
        var heard = Reader.Read(text, asked, TestTalk.Now);

        Assert.Equal(miles, heard.MaxMiles);
        Assert.DoesNotContain("bus", heard.Rest, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("walk", heard.Rest, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    // A time with no way of travelling beside it stays too loose out of its question.
    [InlineData("times", "30 mins")]
    [InlineData("interest", "bus driver, 30 mins break")]
    public void TravelTime_Alone_IsNotReadOutOfItsQuestion(string asked, string text) =>
        Assert.Null(Reader.Read(text, asked, TestTalk.Now).MaxMiles);

    [Theory]
    // "bus driver" is work, not a way to travel; the distance is still the distance.
    [InlineData("interest", "i want a bus driver job in walsall, 10 miles", "Walsall", 10, "bus driver")]
    // "I can drive" is a licence, not a way to work: left for the qualifications and the wish.
    [InlineData("interest", "i can drive, 20 miles, i live in dudley, care work", "Dudley", 20, "drive")]
    public void WorkOrLicenceWords_NearADistance_StayInTheAnswer(string asked, string text, string home, double miles, string kept)
    {
        var heard = Reader.Read(text, asked, TestTalk.Now);

        Assert.Equal(home, heard.Place?.Name);
        Assert.Equal(miles, heard.MaxMiles);
        Assert.Contains(kept, heard.Rest, StringComparison.OrdinalIgnoreCase);
    }
}

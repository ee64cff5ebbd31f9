using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>Facts for other questions in one answer, against the real place list. Precision first: a wrong guess is worse than asking.</summary>
public sealed class FactReaderTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    private static HeardFacts Read(string text, string asked) => Reader.Read(text, asked, TestTalk.Now);

    [Fact]
    public void Read_KindHoursAndPlaceInTheFirstAnswer_KeepsTheWorkWordsApart()
    {
        var heard = Read("I want cleaning job part time near Dudley", "interest");
        Assert.Equal("Dudley", heard.Place?.Name);
        Assert.True(heard.Hours?.Pattern.HasFlag(WorkPatterns.PartTime));
        Assert.Contains("cleaning", heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("Dudley", heard.Rest, StringComparison.Ordinal);
        Assert.DoesNotContain("part", heard.Rest, StringComparison.Ordinal);
        Assert.Null(heard.Times);
        Assert.Null(heard.MaxMiles);
    }

    [Fact]
    public void Read_QualificationsAtTheHoursQuestion_GivesTheLevel()
    {
        var heard = Read("I have NVQ level 2 care and I can drive", "hours");
        Assert.Equal(2, heard.Qualifications?.Level);
        Assert.Null(heard.Hours);
        // "I can drive" is a licence, not a way to get to work.
        Assert.Null(heard.MaxMiles);
    }

    [Fact]
    public void Read_PlaceAndBusAtTheStartQuestion_GivesPlaceAndDistance()
    {
        var heard = Read("i live in walsall, i take bus", "start");
        Assert.Equal("Walsall", heard.Place?.Name);
        Assert.Equal(5, heard.MaxMiles);
        Assert.Null(heard.Start);
    }

    [Fact]
    public void Read_TimesAtTheHoursQuestion_GivesTimes()
    {
        var heard = Read("evenings and weekends", "hours");
        Assert.NotNull(heard.Times);
        Assert.True(heard.Times!.Patterns.HasFlag(WorkPatterns.Evenings));
        Assert.True(heard.Times.Patterns.HasFlag(WorkPatterns.Weekends));
        Assert.Null(heard.Hours);
    }

    [Theory]
    [InlineData("walsall", "times")]
    [InlineData("I live in Walsall", "hours")]
    [InlineData("my postcode is WS1 1AA", "start")]
    [InlineData("i am from walsall", "qualifications")]
    public void Read_PlaceSaidAsAPlace_IsHeard(string text, string asked) =>
        Assert.NotNull(Read(text, asked).Place);

    [Theory]
    [InlineData("Dudley Group hospital cleaner", "interest")]
    [InlineData("my English is B1", "qualifications")]
    [InlineData("B1 level english", "hours")]
    [InlineData("2", "hours")]
    [InlineData("3", "times")]
    [InlineData("care assistant", "interest")]
    [InlineData("walsall", "place")]
    public void Read_TownOrCodeInsideOtherWords_IsNotAPlace(string text, string asked) =>
        Assert.Null(Read(text, asked).Place);

    [Theory]
    [InlineData("I want a driving job", "interest")]
    [InlineData("bus driver", "interest")]
    [InlineData("I can drive", "hours")]
    [InlineData("near me", "interest")]
    [InlineData("anywhere", "hours")]
    [InlineData("I don't mind", "hours")]
    [InlineData("local care home", "interest")]
    public void Read_TravelWordsThatAreNotTravel_GiveNoDistance(string text, string asked) =>
        Assert.Null(Read(text, asked).MaxMiles);

    [Theory]
    [InlineData("by bus", 5)]
    [InlineData("I take the bus to work", 5)]
    [InlineData("i drive", 10)]
    [InlineData("I have a car", 10)]
    [InlineData("I don't have a car", 5)]
    [InlineData("within 8 miles", 8)]
    public void Read_TravelSaidAsTravel_GivesADistance(string text, double miles) =>
        Assert.Equal(miles, Read(text, "start").MaxMiles);

    [Theory]
    [InlineData("I worked part time in a shop", "interest")]
    [InlineData("2", "times")]
    [InlineData("full of energy", "interest")]
    [InlineData("level 2", "start")]
    public void Read_NumbersAndPastWork_AreNotHours(string text, string asked) =>
        Assert.Null(Read(text, asked).Hours);

    [Theory]
    [InlineData("I need a job now", "interest")]
    [InlineData("I live in Walsall now", "hours")]
    [InlineData("I am not working now", "times")]
    [InlineData("any time", "hours")]
    [InlineData("anytime", "qualifications")]
    [InlineData("whenever", "place")]
    public void Read_NowInPassing_IsNotAStartDate(string text, string asked) =>
        Assert.Null(Read(text, asked).Start);

    [Theory]
    [InlineData("I can start next week", "hours")]
    [InlineData("asap", "times")]
    [InlineData("now", "times")]
    [InlineData("I can start any time", "hours")]
    [InlineData("available whenever", "place")]
    public void Read_StartSaidAsStarting_IsHeard(string text, string asked) =>
        Assert.NotNull(Read(text, asked).Start);

    [Fact]
    public void Read_DayAtTheStartQuestion_IsNotATimeOfWeek() =>
        Assert.Null(Read("I can start Monday", "start").Times);

    [Theory]
    [InlineData("nothing", "hours")]
    [InlineData("none at weekends", "times")]
    [InlineData("I am from Poland", "hours")]
    [InlineData("I want care job", "interest")]
    public void Read_NoneOrNoLevel_IsNotNotedOutOfItsQuestion(string text, string asked) =>
        Assert.Null(Read(text, asked).Qualifications);

    [Fact]
    public void Read_NoQualificationsInThoseWords_IsNoted() =>
        Assert.True(Read("i have no qualification. i can work nights only", "interest").Qualifications?.None);

    [Fact]
    public void Read_CarAtThePlaceQuestion_GivesADistance() =>
        Assert.Equal(10, Read("I have a car", "place").MaxMiles);

    [Fact]
    public void Read_AnswerToItsOwnQuestion_IsLeftToThatQuestion()
    {
        var heard = Read("20 hours", "hours");
        Assert.False(heard.Any);
        Assert.False(Read("Dudley", "place").Any);
        Assert.False(Read("now", "start").Any);
    }

    [Fact]
    public void Read_OddInput_DoesNotThrow()
    {
        foreach (var text in new[] { "", " ", "\uD83D", "😀😀", new string('a', 3000), "in in in", "near", "by", "B", "WS" })
            _ = Read(text, "interest");
    }
}

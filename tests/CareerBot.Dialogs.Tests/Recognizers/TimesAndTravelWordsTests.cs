using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

/// <summary>
/// The rules behind the times and travel answers (TimesAndTravelAnswersTests), one by one, each with answers it must
/// leave alone: clock times said the British way, the side of a time the resident is free, shift lengths, days a week
/// said alone, and ways of travelling.
/// </summary>
public sealed class TimesAndTravelWordsTests
{
    private const DayParts Day = DayParts.Mornings | DayParts.Afternoons;
    private readonly AvailabilityRecognizer _availability = new();
    private readonly HoursRecognizer _hours = new();
    private readonly PlaceRecognizer _places = new(CatalogueData.LoadPlaces());

    private DayParts Parts(string text)
    {
        var heard = _availability.Recognise(text);
        Assert.True(heard.Succeeded, text);
        return heard.Value!.Parts & ~DayParts.SchoolHours;
    }

    [Theory]
    [InlineData("half 9 till half 2", Day)]
    [InlineData("half past 8 to 3", Day)]
    [InlineData("9 till quarter to 3", Day)]
    [InlineData("nine till three", Day)]
    [InlineData("from 8 in the morning to 4 in the afternoon", Day)]
    [InlineData("6 at night till 10", DayParts.Evenings)]
    public void Recognise_ClockSaidTheBritishWay_ReadsTheTimes(string text, DayParts parts) => Assert.Equal(parts, Parts(text));

    [Theory]
    [InlineData("after 6", DayParts.Evenings)]
    [InlineData("after 6pm", DayParts.Evenings)]
    [InlineData("before 3", Day)]
    [InlineData("till 2:30", Day)]
    [InlineData("after 9", Day | DayParts.Evenings)]
    public void Recognise_OneTimeAndWhichSide_FreeOnThatSide(string text, DayParts parts) => Assert.Equal(parts, Parts(text));

    [Theory]
    [InlineData("i work at tesco till 2", DayParts.Afternoons | DayParts.Evenings)]
    [InlineData("im at college till 1", DayParts.Afternoons | DayParts.Evenings)]
    [InlineData("i finish school at 3", DayParts.Afternoons | DayParts.Evenings)]
    // Free until then, not busy:
    [InlineData("i can work till 3", Day)]
    [InlineData("only till 2 because of my kids", Day)]
    [InlineData("work till 3", Day)]
    public void Recognise_BusyUntilATime_FreeAfterIt(string text, DayParts parts) => Assert.Equal(parts, Parts(text));

    [Theory]
    [InlineData("after 2 weeks")]
    [InlineData("before 5 years")]
    [InlineData("i have 2 kids")]
    [InlineData("one to one care")]
    [InlineData("1-1 support work")]
    public void Recognise_NumberWithAUnit_IsNoClock(string text) =>
        Assert.False(_availability.Recognise(text) is { Succeeded: true, Value.Parts: not DayParts.None }, text);

    [Theory]
    [InlineData("12 hour shifts")]
    [InlineData("twelve hour shifts")]
    [InlineData("8hr shift")]
    public void Recognise_ShiftLength_IsShiftsNotHoursAWeek(string text)
    {
        Assert.False(_hours.Recognise(text).Succeeded, text);
        Assert.True((_availability.Recognise(text).Value!.Patterns & WorkPatterns.Shifts) != 0, text);
    }

    [Theory]
    [InlineData("12 hours a week", 12)]
    [InlineData("12 hours", 12)]
    public void Recognise_HoursNotAShift_StillHoursAWeek(string text, int hours) => Assert.Equal(hours, _hours.Recognise(text).Value!.Max);

    [Theory]
    [InlineData("2 days", 2)]
    [InlineData("3 days only", 3)]
    [InlineData("4 days a week", 4)]
    public void Recognise_DaysSaidAlone_AreDaysAWeek(string text, int days) => Assert.Equal(days, _availability.Recognise(text).Value!.DaysPerWeek);

    [Theory]
    [InlineData("in 2 days")]
    [InlineData("2 days ago i lost my job")]
    public void Recognise_DaysNotAWeek_NoDaysAWeek(string text) =>
        Assert.Null(_availability.Recognise(text).Value?.DaysPerWeek);

    [Theory]
    [InlineData("no nights", DayParts.Nights)]
    [InlineData("anything but evenings", DayParts.Evenings)]
    [InlineData("days, no nights", DayParts.Nights)]
    public void Recognise_PartsRuledOut_AreKept(string text, DayParts not) => Assert.Equal(not, _availability.Recognise(text).Value!.NotParts);

    [Theory]
    [InlineData("i use public transport", 5, "bus")]
    [InlineData("no licence so bus", 5, "bus")]
    [InlineData("i dont drive, i get the bus", 5, "bus")]
    [InlineData("nr home pls", 3, null)]
    [InlineData("on foot", 2, "walk")]
    [InlineData("bus or train", 10, "train")]
    [InlineData("no car, i walk", 2, "walk")]
    [InlineData("i cant go very far", 3, null)]
    [InlineData("dont want to travel far", 3, null)]
    public void Recognise_WayOfTravelling_GivesMilesAndMode(string text, double miles, string? mode)
    {
        var heard = _places.Recognise(text, travelModeAlone: true);

        Assert.Equal(miles, heard.Value?.MaxMiles);
        Assert.Equal(mode, heard.Value!.Mode);
    }

    [Theory]
    [InlineData("no transport")]
    [InlineData("transport")]
    public void Recognise_TransportWithoutPublic_NoDistance(string text) =>
        Assert.Null(_places.Recognise(text, travelModeAlone: true).Value?.MaxMiles);
}

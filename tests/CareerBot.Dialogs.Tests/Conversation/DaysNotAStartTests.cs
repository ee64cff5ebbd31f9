using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Days joined into a range or a list ("mon to fri", "tues and thurs") are the days a resident can work, never the day
/// they start. Before, "I can do mon to fri 9-5 and can start straight away" started them next Monday and left them
/// working Fridays only.
/// </summary>
public sealed class DaysNotAStartTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("admin, I can do mon to fri 9-5 and can start straight away", 5)]
    [InlineData("cleaning job monday-friday, i can start asap", 5)]
    [InlineData("porter, tues and thurs only, can start now", 2)]
    [InlineData("kitchen work mon, wed and fri, start straight away", 3)]
    public void DaysAndAStart_InTheFirstAnswer_AreBothKept(string text, int days)
    {
        var heard = Reader.Read(text, "interest", TestTalk.Now);

        Assert.True(heard.Start?.Now, $"start: {heard.Start}");
        Assert.Equal(days, heard.Times?.Days.Count);
    }

    [Theory]
    [InlineData("mon to fri")]
    [InlineData("monday - friday")]
    [InlineData("tuesday and thursday")]
    [InlineData("sat and sun")]
    [InlineData("mondays and fridays")]
    public void DaysJoined_AsAStartAnswer_AreNoStartDate(string text)
    {
        var heard = new StartDateRecognizer().Recognise(text, TestTalk.Now);

        Assert.False(heard.Succeeded, $"read as a start: {heard.Value}");
    }

    [Theory]
    // TestTalk.Now is Monday 23 November 2026.
    [InlineData("monday", "2026-11-30")]
    [InlineData("i can start on friday", "2026-11-27")]
    [InlineData("monday or tuesday", "2026-11-30")]
    [InlineData("i can start tuesday", "2026-11-24")]
    public void OneDay_AsAStartAnswer_IsStillTheStartDate(string text, string date)
    {
        var heard = new StartDateRecognizer().Recognise(text, TestTalk.Now);

        Assert.True(heard.Succeeded);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), heard.Value!.Date);
    }
}

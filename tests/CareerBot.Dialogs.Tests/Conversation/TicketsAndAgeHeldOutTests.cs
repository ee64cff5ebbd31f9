using CareerBot.Dialogs.Conversation;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Held out from <see cref="TicketsAndAgeTests"/>: written with them, run only once the reading was done, to check it
/// holds for messages it was not tuned on.
/// </summary>
public sealed class TicketsAndAgeHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("i have a forklift ticket and cscs", "forklift licence")]
    [InlineData("frist aid", "first aid")]
    [InlineData("enhanced dbs", "DBS")]
    [InlineData("i got my driving licence last year", "driving licence")]
    [InlineData("Food Hygiene Certificate Level 2", "food hygiene")]
    [InlineData("sia", "SIA licence")]
    [InlineData("care cert", "Care Certificate")]
    [InlineData("fork lift truck licence", "forklift licence")]
    [InlineData("i have manual handeling and first aid", "manual handling")]
    [InlineData("my dbs is clear", "DBS")]
    public async Task RunTurn_TicketAtTheQualificationsQuestion_SaysWhatItHeardAndGoesOn(string answer, string heard)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");
        await talk.SayAsync(answer);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", talk.AllText, StringComparison.Ordinal);
        Assert.Contains(heard, talk.AllText, StringComparison.Ordinal);
        Assert.Equal("How many hours a week can you work?", talk.LastText);
    }

    [Theory]
    [InlineData("interest", "im 19 and need a job", 19)]
    [InlineData("interest", "I am 23, want admin", 23)]
    [InlineData("hours", "part time im 16", 16)]
    [InlineData("start", "now. i am 58 years old", 58)]
    public void Read_Age_IsRead(string asked, string text, int age)
    {
        var heard = new FactReader(TestTalk.Places).Read(text, asked, TestTalk.Now);
        Assert.Equal(age, heard.Age);
    }

    [Theory]
    [InlineData("interest", "i want 16 hours")]
    [InlineData("miles", "20 miles")]
    [InlineData("interest", "i have 3 kids aged 5 and 7")]
    [InlineData("place", "WV10")]
    public void Read_OtherNumbers_AreNoAge(string asked, string text)
    {
        var heard = new FactReader(TestTalk.Places).Read(text, asked, TestTalk.Now);
        Assert.Null(heard.Age);
    }
}

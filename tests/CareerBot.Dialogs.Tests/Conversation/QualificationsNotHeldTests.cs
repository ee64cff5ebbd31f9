using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Qualifications said as begun but not finished, failed, run out, or held "i think": never read as none, and never
/// counted as held. Not finished or failed: not counted, and the question is asked again. Run out: said so, and asked
/// again. Not sure: a short question checks it.
/// </summary>
public sealed class QualificationsNotHeldTests
{
    private const string QualsQuestion = "What qualifications do you have?";
    private static readonly QualificationRecognizer Quals = new();

    [Theory]
    [InlineData("havent finished my nvq")]
    [InlineData("nvq 2 but not finished")]
    [InlineData("i didnt complete my level 3 diploma")]
    [InlineData("failed my maths gcse")]
    [InlineData("never passed english")]
    [InlineData("nvq 3 in care, incomplete")]
    public void Recognise_BegunOrFailed_NotNoneAndNotHeld(string text)
    {
        var heard = Quals.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.False(heard.Value!.None, text);
        Assert.True(heard.Value.OnlyNotYet(), $"{text}: level {heard.Value.Level}, {string.Join(",", heard.Value.Certificates)}");
    }

    [Theory]
    [InlineData("my first aid ran out", "first-aid")]
    [InlineData("my dbs expired", "dbs-check")]
    [InlineData("food hygiene certificate is out of date", "food-hygiene")]
    [InlineData("expired manual handling", "manual-handling")]
    public void Recognise_TicketRunOut_NotHeld(string text, string id)
    {
        var heard = Quals.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.DoesNotContain(id, heard.Value!.Certificates);
        Assert.True(heard.Value.Expired, text);
        Assert.Contains(id, heard.Value.NotYet);
    }

    [Fact]
    public void Recognise_OneHeldOneNotFinished_CountsOnlyTheHeldOne()
    {
        var heard = Quals.Recognise("i have level 1 and didnt finish level 2");

        Assert.Equal(1, heard.Value!.Level);
        Assert.Contains("rqf-2", heard.Value.NotYet);
    }

    [Theory]
    [InlineData("i think i have nvq 2")]
    [InlineData("maybe level 3 not sure")]
    public void Recognise_NotSure_IsNotSureEnoughToKeep(string text)
    {
        var heard = Quals.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.True(heard.Confidence < 0.7, $"{text}: {heard.Confidence}");
    }

    [Theory]
    [InlineData("havent finished my nvq", "You do not have that yet")]
    [InlineData("failed my maths gcse", "You do not have that yet")]
    [InlineData("my first aid ran out", "It has run out")]
    public async Task QualificationsAnswer_NotHeld_NotCountedAndAskedAgain(string text, string said)
    {
        var talk = await AtQualificationsAsync(text);

        Assert.Contains(said, talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Many jobs need no qualifications", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(QualsQuestion, talk.LastText);
        Assert.Null(Answers(talk).Qualifications);
    }

    [Fact]
    public async Task QualificationsAnswer_ThinkIHave_AsksToCheck()
    {
        var talk = await AtQualificationsAsync("i think i have nvq 2");

        Assert.Equal("Did you mean: Level 2?", talk.LastText);
        Assert.Null(Answers(talk).Qualifications);
    }

    private static async Task<TestTalk> AtQualificationsAsync(string text)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");
        Assert.Equal(QualsQuestion, talk.LastText);
        await talk.SayAsync(text);
        return talk;
    }

    private static Dialogs.Conversation.CareerAnswers Answers(TestTalk talk) =>
        DialogStateSerializer.Read(talk.State)?.Answers ?? throw new InvalidOperationException("no state");
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A resident not sure what work they like gets three easy questions. An unsure answer to them ("maybe", "sometimes",
/// "a bit", "anything really") is what they can say, so it is taken kindly and the next question follows, with no
/// "Sorry, I did not understand". The held-out wordings were written before the fix and not tuned on.
/// </summary>
public sealed class NotSureHedgesTests
{
    private const string Style = "Where do you like to work?";

    private static async Task<TestTalk> AtTheFirstEasyQuestionAsync()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("i dont know what i want");
        Assert.Equal("Do you like to help people?", talk.LastText);
        return talk;
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("sometimes")]
    [InlineData("a bit")]
    [InlineData("kind of")]
    [InlineData("maybe a bit")]
    public async Task UnsureAnswer_ToTheYesNoEasyQuestion_GoesOnWithoutSorry(string text)
    {
        var talk = await AtTheFirstEasyQuestionAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true);
        Assert.Equal(Style, talk.LastText);
    }

    [Theory]
    [InlineData("anything really")]
    [InlineData("i really dont mind")]
    public async Task NoPreference_WithAFillerWord_AtTheChoiceEasyQuestion_GoesOn(string text)
    {
        var talk = await AtTheFirstEasyQuestionAsync();
        await talk.SayAsync("yes");
        Assert.Equal(Style, talk.LastText);

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true);
        Assert.NotEqual(Style, talk.LastText);
    }

    [Theory]
    [InlineData("perhaps")]
    [InlineData("depends")]
    [InlineData("a little")]
    [InlineData("probably")]
    [InlineData("sort of yeah maybe")]
    public async Task HeldOut_UnsureAnswer_GoesOnWithoutSorry(string text)
    {
        var talk = await AtTheFirstEasyQuestionAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.StartsWith("Sorry", StringComparison.Ordinal) == true);
        Assert.Equal(Style, talk.LastText);
    }

    [Fact]
    public async Task ClearYes_StillCountsAsYes()
    {
        var talk = await AtTheFirstEasyQuestionAsync();

        await talk.SayAsync("yes i do");

        Assert.Equal(Style, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == "OK.");
    }
}

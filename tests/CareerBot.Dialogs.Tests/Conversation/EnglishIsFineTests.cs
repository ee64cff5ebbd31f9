using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A resident who says their English is fine ("my english is ok") is thanked and the question goes on: no "Sorry",
/// and no English courses (also when a need was said before). A grade in English is a qualification, not this.
/// </summary>
public sealed class EnglishIsFineTests
{
    private const string Hours = "How many hours a week can you work?";
    private const string Fine = "Good. Thank you for telling me.";

    [Theory]
    [InlineData("my english is ok")]
    [InlineData("My English is good")]
    [InlineData("my englsh is fine")]
    [InlineData("i speak good english")]
    [InlineData("I speak English very well")]
    [InlineData("english is my first language")]
    [InlineData("fluent in english")]
    [InlineData("my english not bad")]
    [InlineData("I am a native english speaker")]
    public void Recogniser_EnglishSaidFine_IsFound(string text) =>
        Assert.True(new EnglishNeedRecognizer().RecogniseFine(text).Succeeded);

    [Theory]
    [InlineData("my english is not good")]
    [InlineData("my english is not very good")]
    [InlineData("I have GCSE english good grade")]
    [InlineData("functional skills english is good")]
    [InlineData("good english and maths")]
    [InlineData("i want to improve my english")]
    [InlineData("english teacher")]
    [InlineData("20 hours")]
    public void Recogniser_NotEnglishSaidFine_IsNotFound(string text) =>
        Assert.False(new EnglishNeedRecognizer().RecogniseFine(text).Succeeded);

    [Theory]
    [InlineData("my english is ok")]
    [InlineData("i speak good english")]
    [InlineData("English is my first language.")]
    public async Task AtAQuestion_EnglishSaidFine_IsThankedAndAskedAgain(string text)
    {
        var talk = new TestTalk();
        await talk.SayAllAsync("Cleaning", "None");
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAsync(text);
        Assert.Equal(Fine, talk.Last.Replies[0].Text);
        Assert.Equal(Hours, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtAQuestion_EnglishFineAndAnAnswer_TakesTheAnswer()
    {
        var talk = new TestTalk();
        await talk.SayAllAsync("Cleaning", "None");
        await talk.SayAsync("my english is fine, 20 hours");
        Assert.Equal(Fine, talk.Last.Replies[0].Text);
        Assert.Equal("When can you work?", talk.LastText);
    }

    [Fact]
    public async Task NeedSaidThenEnglishFine_NoEnglishCoursesAfter()
    {
        var talk = new TestTalk();
        await talk.SayAllAsync("Cleaning, my english is not good", "None");
        await talk.SayAsync("actually my english is good");
        Assert.Contains(talk.Last.Replies, r => r.Text == "OK. I will not show you English courses.");
        await talk.SayAllAsync("Part-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.False(talk.Catalogue.Profiles[^1].LearningEnglish);
    }

    [Fact]
    public async Task AtAQualificationsQuestion_GradeInEnglish_IsNotEnglishSaidFine()
    {
        var talk = new TestTalk();
        await talk.SayAsync("Cleaning");
        await talk.SayAsync("I have GCSE english good grade");
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Fine);
    }
}

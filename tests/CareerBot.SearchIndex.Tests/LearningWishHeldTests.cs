using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// What a resident has is no wish to learn: "i have gcses" at the first question asked for courses after the course
/// search work, and "i have 5 gcses and want office work" looked for courses in office work. Wishes to learn stay
/// wishes, also from something held ("i have entry 2 english what next", "i done entry 1 esol").
/// </summary>
public sealed class LearningWishHeldTests
{
    [Theory]
    [InlineData("i have gcses")]
    [InlineData("I have GCSE english and maths")]
    [InlineData("i have 5 gcses and want office work")]
    [InlineData("passed my functional skills maths")]
    // "next" with a time after it is a date: "start next week" asks for no next step.
    [InlineData("i have gcses, porter, i can start next week")]
    [InlineData("i have level 2 maths and can start next monday")]
    [InlineData("i got a diploma in my country")]
    public void SomethingHeld_IsNoWishToLearn(string text) =>
        Assert.False(LearningWishes.AsksToLearn(text));

    [Theory]
    [InlineData("i want learn english")]
    [InlineData("gcse maths again")]
    [InlineData("i have entry 2 english what next")]
    [InlineData("i have level 1 maths whats next for me")]
    [InlineData("i have entry 3 esol, next step?")]
    [InlineData("i done entry 1 esol")]
    [InlineData("i have gcses but want a maths course")]
    [InlineData("i have time to learn english")]
    [InlineData("need gcse english")]
    public void AWishToLearn_StaysOne(string text) =>
        Assert.True(LearningWishes.AsksToLearn(text));

    [Theory]
    [InlineData("i want to improve my computer skills")]
    [InlineData("get better at typing")]
    [InlineData("i want to retrain")]
    [InlineData("need to get qualified")]
    [InlineData("i want to do an nvq in care")]
    [InlineData("looking for a diploma in admin")]
    public void GettingBetterOrAQualificationWanted_IsAWishToLearn(string text) =>
        Assert.True(LearningWishes.AsksToLearn(text));

    [Theory]
    // Named with no wish: it may be held, so its level asks for no course.
    [InlineData("nvq level 3 in care")]
    [InlineData("diploma level 2 business admin")]
    public void AQualificationNotWished_IsNoWishToLearn(string text) =>
        Assert.False(LearningWishes.AsksToLearn(text));
}

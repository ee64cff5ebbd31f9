using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>How typed qualifications are taken at "What qualifications do you have?".</summary>
public sealed class QualificationAnswersTests
{
    private const string Grade = "Did you get grade 4 or higher in English and maths?";

    private static async Task<TestTalk> AtQualificationsAsync()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");
        Assert.Equal("What qualifications do you have?", talk.LastText);
        return talk;
    }

    [Theory]
    [InlineData("5 gcses")]
    [InlineData("i have gcses")]
    [InlineData("I got some GCSEs at school")]
    [InlineData("gcse english")]
    public async Task RunTurn_GcsesWithoutAGrade_AsksTheGradeNotALevel(string answer)
    {
        var talk = await AtQualificationsAsync();
        await talk.SayAsync(answer);
        Assert.Equal(Grade, talk.LastText);
        Assert.DoesNotContain("Level 1", talk.AllText, StringComparison.Ordinal);

        await talk.SayAsync("yes");
        Assert.Equal("How many hours a week can you work?", talk.LastText);
    }

    [Theory]
    [InlineData("GCSE English and maths grade 5")]
    [InlineData("gcse maths 4 and english 6")]
    public async Task RunTurn_GcsesWithAGoodGrade_AsksNoMore(string answer)
    {
        var talk = await AtQualificationsAsync();
        await talk.SayAsync(answer);
        Assert.Equal("How many hours a week can you work?", talk.LastText);
        Assert.DoesNotContain(Grade, talk.AllText, StringComparison.Ordinal);
    }
}

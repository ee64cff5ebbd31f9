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

    /// <summary>
    /// A grade for an answer to the grade question: 4 (or C) and above is a pass, Level 2; below, Level 1. Before, "5",
    /// "grade 5" and "C" got "Sorry, I did not understand". The buttons' numbers stay the buttons.
    /// </summary>
    [Theory]
    [InlineData("4", 2)]
    [InlineData("grade 5", 2)]
    [InlineData("C", 2)]
    [InlineData("i got a c", 2)]
    [InlineData("6s", 2)]
    [InlineData("a B and a C", 2)]
    [InlineData("five in both", 2)]
    [InlineData("3", 1)]
    [InlineData("i got a D", 1)]
    [InlineData("a 5 in english and a 3 in maths", 1)]
    [InlineData("grade 2 i think", 1)]
    [InlineData("1", 2)]
    [InlineData("2", 1)]
    [InlineData("yes grade 6", 2)]
    public async Task RunTurn_AGradeAtTheGradeQuestion_IsTheAnswer(string answer, int level)
    {
        var talk = await AtQualificationsAsync();
        await talk.SayAsync("i have gcses");
        Assert.Equal(Grade, talk.LastText);

        await talk.SayAsync(answer);

        Assert.Equal("How many hours a week can you work?", talk.LastText);
        Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);
        await talk.SayAllAsync("Part-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Equal(level, talk.Catalogue.Profiles[^1].QualificationLevel);
    }

    [Theory]
    [InlineData("i have 5 gcses")]
    [InlineData("not sure")]
    [InlineData("2 subjects")]
    [InlineData("as good as i could")]
    public void GcseGrades_NoGradeSaid_IsNull(string answer) =>
        Assert.Null(CareerBot.Dialogs.Recognizers.Text.GcseGrades.Passed(CareerBot.Dialogs.Engine.PromptWords.Normalise(answer)));
}

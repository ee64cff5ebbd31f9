using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>The measure itself, on the good and bad examples of the team's plain-English guide.</summary>
public sealed class PlainEnglishMeasureTests
{
    [Theory]
    [InlineData("Please provide details of your availability, including any restrictions and preferred working patterns.")]
    [InlineData("What job do you want? Where do you live? When can you start?")]
    [InlineData("We have found a suitable vacancy for you as a Healthcare Support Worker in an acute inpatient setting.")]
    [InlineData("Remuneration is commensurate with Agenda for Change Band 3.")]
    public void MessageProblems_BadExample_Fails(string text) =>
        Assert.NotEmpty(PlainEnglishMeasure.MessageProblems(text));

    [Theory]
    [InlineData("When can you work?")]
    [InlineData("I found a job for you. It is a care job in a hospital. You help nurses look after patients.")]
    [InlineData("The pay is Band 3. That is about £24,000 a year.")]
    [InlineData("You need a DBS check. This is a check on your past. The NHS pays for it.")]
    public void MessageProblems_GoodExample_Passes(string text) =>
        Assert.Empty(PlainEnglishMeasure.MessageProblems(text));

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("nurse", 1)]
    [InlineData("hospital", 3)]
    [InlineData("qualification", 5)]
    [InlineData("people", 2)]
    public void Syllables_Word_Counted(string word, int expected) =>
        Assert.Equal(expected, PlainEnglishMeasure.Syllables(word));

    [Theory]
    [InlineData("nurses", true)]
    [InlineData("helped", true)]
    [InlineData("colour", true)]
    [InlineData("licence", true)]
    [InlineData("programme", true)]
    [InlineData("travelled", true)]
    [InlineData("remuneration", false)]
    public void IsKnown_Forms_MatchedByBaseForm(string word, bool known) =>
        Assert.Equal(known, PlainEnglishMeasure.IsKnown(word));

    [Fact]
    public void Measure_LongSentence_CountsWordsAndQuestions()
    {
        var r = PlainEnglishMeasure.Measure("One two three. Four five six seven?");
        Assert.Equal(7, r.Words);
        Assert.Equal(2, r.Sentences);
        Assert.Equal(4, r.LongestSentence);
        Assert.Equal(1, r.Questions);
    }
}

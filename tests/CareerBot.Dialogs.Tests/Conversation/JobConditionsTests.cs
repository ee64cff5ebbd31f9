using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Questions about a job's conditions (permanent or bank, training, uniform, parking...) at the results and at a
/// question, and nonsense at the results: answered, or not understood, but never searched as a wish.
/// </summary>
public sealed class JobConditionsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";
    private const string Start = "When can you start work?";
    private static string Faq(string key) => MessageCatalogue.Default.Get(key);

    private async Task<TestTalk> AtResultsAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    private static void NoSorryNoWhich(TestTalk talk) =>
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Sorry", StringComparison.Ordinal)
            || r.Text.Contains("Which job", StringComparison.Ordinal) || r.Text.Contains("I will look for", StringComparison.Ordinal));

    [Fact]
    public async Task AtTheResults_IsItPermanent_SaysTheJobsBankWorkThenTheGeneralAnswer()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("job 1");
        Assert.StartsWith("Hospital porter. ", talk.Last.Replies[0].Text, StringComparison.Ordinal);

        await talk.SayAsync("is it permanent");

        Assert.Equal("Hospital porter. You can also do this job as bank work.", talk.Last.Replies[0].Text);
        Assert.Equal(Faq("faq.contract"), talk.Last.Replies[1].Text);
        Assert.Equal(Menu, talk.LastText);
        NoSorryNoWhich(talk);
    }

    [Fact]
    public async Task AtTheResults_TrainingForJob2_SaysWhatItsNeedsSayIsGiven()
    {
        var talk = await AtResultsAsync();
        var second = talk.Last.Replies.SelectMany(r => r.Cards).Skip(1).First().Title;

        await talk.SayAsync("do they give training for job 2");

        Assert.StartsWith(second + ". ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Contains(talk.Last.Replies, r => r.Text == Faq("faq.training"));
        Assert.Equal(Menu, talk.LastText);
        NoSorryNoWhich(talk);
    }

    [Theory]
    [InlineData("do i need a uniform", "faq.uniform")]
    [InlineData("is there parking", "faq.parking")]
    [InlineData("do they give training", "faq.training")]
    [InlineData("is there a pension", "faq.pension")]
    [InlineData("what are the shift patterns", "faq.shifts")]
    public async Task AtTheResults_AConditionQuestionWithNoJobTalkedAbout_GetsTheGeneralAnswerAndTheMenu(string text, string key)
    {
        var talk = await AtResultsAsync();

        await talk.SayAsync(text);

        Assert.Equal(Faq(key), talk.Last.Replies[0].Text);
        Assert.Equal(Menu, talk.LastText);
        NoSorryNoWhich(talk);
    }

    [Theory]
    [InlineData("is it permanent", "faq.contract")]
    [InlineData("do they give training", "faq.training")]
    [InlineData("will i get a uniform?", "faq.uniform")]
    public async Task AtAQuestion_AConditionQuestion_IsAnsweredAndTheQuestionAskedAgain(string text, string key)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("porter", "None", "Full-time", "Days");
        Assert.Equal(Start, talk.LastText);

        await talk.SayAsync(text);

        Assert.Equal(Faq(key), talk.Last.Replies[0].Text);
        Assert.Equal(Start, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Sorry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("moon made of cheese")]
    [InlineData("i am sure it is big")]
    public async Task AtTheResults_Nonsense_IsNotSearchedAsAWish(string text)
    {
        var talk = await AtResultsAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal) || r.Cards.Count > 0);
        Assert.Contains(talk.Last.Replies, r => r.Text == Faq("results.not_understood"));
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    [Fact]
    public async Task AtTheFirstQuestion_Nonsense_IsNotTakenAsWork()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();

        await talk.SayAsync("moon made of cheese");

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.DoesNotContain("qualifications", talk.LastText, StringComparison.Ordinal);
    }

    /// <summary>Everyday words that name work here stay wishes.</summary>
    [Theory]
    [InlineData("kitchen jobs", "I will look for")]
    [InlineData("training to be a nurse", "")]
    public async Task AtTheResults_WorkWords_AreNoConditionQuestion(string text, string expected)
    {
        var talk = await AtResultsAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Faq("faq.training") || r.Text == Faq("faq.parking"));
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains(expected, StringComparison.Ordinal) && (expected.Length > 0 || r.Cards.Count > 0));
    }
}

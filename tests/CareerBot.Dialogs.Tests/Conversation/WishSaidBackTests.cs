using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A longer wish with words of work in it is said back with those words, so the resident sees what will be searched;
/// before, "i want to work in a hospital maybe admin" got "Thank you. I will look for jobs like that."
/// </summary>
public sealed class WishSaidBackTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("I want to work in a hospital maybe admin", "\"hospital admin\" jobs")]
    // Two wishes, said back each by name (see WishesTests).
    [InlineData("something with computers or maybe reception", "\"computers\" and \"reception\" jobs")]
    [InlineData("i would like kitchen or cleaning in a hospital", "\"kitchen\" and \"cleaning hospital\" jobs")]
    [InlineData("Hi my name is Sam, im 19 and live in Smethwick. I want to work in a hospital maybe admin, I can do mon to fri 9-5 and can start straight away", "\"hospital admin\" jobs")]
    // Job names the catalogue knows, though no kind of work.
    [InlineData("i want to be a nurse", "\"nurse\" jobs")]
    [InlineData("phlebotomist", "\"phlebotomist\" jobs")]
    [InlineData("i would like to be a supervisor", "\"supervisor\" jobs")]
    public async Task WishWithWordsOfWork_SaidBackWithThem(string text, string said)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.Contains(said, talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("jobs like that", talk.AllText, StringComparison.Ordinal);
    }

    [Theory]
    // Too many words of work to say back: a list is not read out word by word.
    [InlineData("phlebotomy pharmacy laundry stores porter kitchen")]
    public async Task WishWithManyWordsOfWork_IsNotReadOutWordByWord(string text)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain("I will look for \"", talk.AllText, StringComparison.Ordinal);
    }
}

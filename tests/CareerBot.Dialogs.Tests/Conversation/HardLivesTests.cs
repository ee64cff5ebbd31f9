using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents in hard times, cross with the bot, or telling it about themselves: no money for food or rent gets a
/// short signpost, losing a home gets the housing answer, swearing is never searched, and health, pregnancy or a
/// criminal past are facts about the resident, not words to search. Whatever work is said beside them is read.
/// </summary>
public sealed class HardLivesTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string FirstQuestion = "What kind of work do you like?";
    private const string NextQuestion = "What qualifications do you have?";

    [Theory]
    [InlineData("i have no money for food")]
    [InlineData("i cant afford food for my kids")]
    [InlineData("im in debt")]
    [InlineData("cant pay my rent this month")]
    [InlineData("where can i find a food bank")]
    [InlineData("im skint")]
    [InlineData("behind with my bills")]
    public void Find_NoMoneyForFoodOrRent_IsTheMoneyAnswer(string text) => Assert.Equal("faq.money", CommonQuestions.Find(text));

    [Theory]
    [InlineData("i am being evicted")]
    [InlineData("my landlord is kicking me out")]
    [InlineData("i got a section 21")]
    public void Find_LosingTheirHome_IsTheHousingAnswer(string text) => Assert.Equal("faq.homeless", CommonQuestions.Find(text));

    [Theory]
    [InlineData("i need money")]
    [InlineData("good money")]
    [InlineData("i want to earn more money")]
    [InlineData("i want to volunteer at a food bank")]
    [InlineData("debt collection admin")]
    [InlineData("money is important to me")]
    public void Find_AWishForPayOrWork_IsNoHardship(string text) => Assert.NotEqual("faq.money", CommonQuestions.Find(text));

    [Fact]
    public async Task NoMoneyForFood_SignpostThenTheQuestion_FoodNotSearched()
    {
        var talk = await StartAsync();

        await talk.SayAsync("i have no money for food");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.money"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("food\"", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Fact]
    public async Task RentWithWork_SignpostAndTheWorkIsRead()
    {
        var talk = await StartAsync();

        await talk.SayAsync("cant pay my rent, cleaning job please");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.money"));
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("\"cleaning\"", StringComparison.Ordinal));
        Assert.Equal(NextQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("fuck off")]
    [InlineData("piss off")]
    [InlineData("oh shut up")]
    [InlineData("screw you")]
    public async Task Swearing_TheComplaintAnswer_NothingSearched(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Numbered.Get("faq.complaint"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("no jobs for", StringComparison.Ordinal));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("fuck off, porter", "porter")]
    [InlineData("this is shit, porter", "porter")]
    [InlineData("piss off i want cleaning", "cleaning")]
    [InlineData("this is bullshit just give me cleaning jobs", "cleaning")]
    [InlineData("fucking hell, any warehouse jobs", "warehouse")]
    public async Task SwearingWithAnAnswer_TheAnswerIsKept(string text, string work)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("I will look for \"" + work + "\"", StringComparison.Ordinal));
        Assert.Equal(NextQuestion, talk.LastText);
    }

    [Fact]
    public async Task DisabledWheelchairUser_TheDisabilityAnswer_NothingSearched()
    {
        var talk = await StartAsync();

        await talk.SayAsync("im disabled, wheelchair user");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.disability"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("wheelchair", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("im pregnant and want admin work", "faq.pregnant", "admin")]
    [InlineData("i have a criminal record and i want to be a driver", "faq.record", "driver")]
    [InlineData("wheelchair user, looking for receptionist work", null, "receptionist")]
    [InlineData("i have epilepsy, porter", null, "porter")]
    [InlineData("just out of prison, warehouse", null, "warehouse")]
    public async Task FactAboutTheResident_WithWork_OnlyTheWorkIsSearched(string text, string? answer, string work)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        if (answer is not null) Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get(answer));
        var look = Assert.Single(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.Contains("\"" + work, look.Text, StringComparison.Ordinal);
        foreach (var word in new[] { "pregnant", "record", "wheelchair", "epilepsy", "prison" })
            Assert.DoesNotContain(word, look.Text, StringComparison.Ordinal);
        Assert.Equal(NextQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("support worker for people with epilepsy")]
    [InlineData("i want to work with autistic children")]
    public async Task WorkWithOthers_TheirWordsStayTheWish(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Equal(NextQuestion, talk.LastText);
    }

    private async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        return talk;
    }
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// What residents said once they had results when the bot was played (and "it" in the middle of the questions):
/// more of the results in their words, none of them liked, "what about" other work, a course's question about the
/// job talked about, "it" before the results, goodbye with thanks. On the real catalogue.
/// </summary>
public sealed class AfterResultsTalkTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string NotUnderstood = "Sorry, I did not understand";

    [Theory]
    [InlineData("any other jobs")]
    [InlineData("show me different ones")]
    public async Task OtherJobs_ShowTheNextResults(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        var first = ResultsTalkTests.Titles(talk);
        await talk.SayAsync(text);
        Assert.StartsWith("Here are ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Empty(ResultsTalkTests.Titles(talk).Intersect(first));
    }

    [Fact]
    public async Task NoneLiked_AsksTheKindOfWorkAgain()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("i dont like any of these");
        Assert.Equal("OK. Let us look for other work.", talk.Last.Replies[0].Text);
        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.NotEmpty(talk.Last.Replies[^1].Choices);
    }

    [Fact]
    public async Task WhatAboutOtherWork_SearchesForIt()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("what about cleaning");
        Assert.Contains("I found", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("In this job you:", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAboutAJobOnScreen_IsThatJob()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("what about the theatre porter");
        Assert.StartsWith("Theatre porter.", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long is it", "Hospital porter. Hours:")]
    [InlineData("is it free", "You do not pay to do a job.")]
    [InlineData("can i do it online", "Hospital porter.")]
    public async Task ACoursesQuestionAfterPickingAJob_IsAboutTheJob(string text, string expected)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("tell me about job 1");
        await talk.SayAsync(text);
        Assert.DoesNotContain(NotUnderstood, talk.AllText, StringComparison.Ordinal);
        Assert.Contains(expected, talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Many courses are free", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(ResultsTalkTests.Menu, talk.LastText);
    }

    [Fact]
    public async Task BeforeResults_ItIsTheCourseJustAskedAbout()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("care work", "is the care certificate free?");
        var question = talk.LastText;
        await talk.SayAsync("how long is it");
        Assert.Contains("Care Certificate", talk.Last.Replies[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("How long", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, talk.LastText);
    }

    [Fact]
    public async Task BeforeResults_ItWithNothingAskedAbout_AsksForItsName()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAsync("care work");
        var question = talk.LastText;
        await talk.SayAsync("how long is it");
        Assert.DoesNotContain(NotUnderstood, talk.AllText, StringComparison.Ordinal);
        Assert.StartsWith("Tell me the name of the job or course.", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(question, talk.LastText);
    }

    [Theory]
    [InlineData("ok bye then")]
    [InlineData("thank you so much bye")]
    public async Task GoodbyeWithThanks_SaysGoodbye(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.Contains("Goodbye", talk.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloserToWhereILive_SaysWhereItLooked()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("anything closer to home");
        Assert.Contains("up to 5 miles from Walsall", talk.AllText, StringComparison.Ordinal);
    }
}

/// <summary>Found in later rounds of play: "back" at the results, "it" about a job with a course on screen too, "anything else", "nah not for me", "when can i start".</summary>
public sealed class AfterResultsTalk2Tests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("im not sure")]
    [InlineData("can you help me")]
    public async Task UnsureOrAskingForHelp_IsNoSorry(string text)
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync(text);
        Assert.DoesNotContain("Sorry, I did not understand", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(ResultsTalkTests.Menu, talk.LastText);
    }

    [Fact]
    public async Task AnythingElse_ShowsTheNextResults()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("u got anything else");
        Assert.StartsWith("Here are ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NahNotForMe_AsksTheKindOfWorkAgain()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("nah not for me");
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Fact]
    public async Task WhenCanIStart_AfterAJob_IsAboutTheJob()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("the 1st one");
        await talk.SayAsync("when can i start");
        Assert.DoesNotContain("Sorry, I did not understand", talk.AllText, StringComparison.Ordinal);
        Assert.StartsWith("Hospital porter.", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackAtTheResults_AsksWhichAnswerToChange()
    {
        var talk = await ResultsTalkTests.AtResultsAsync(real);
        await talk.SayAsync("back");
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("I found", StringComparison.Ordinal));
        Assert.Equal("Which answer do you want to change?", talk.LastText);
        Assert.NotEmpty(talk.Last.Replies[^1].Choices);
    }

    [Fact]
    public async Task IsItNearMe_AfterAJobWithACourseOnScreen_IsAboutTheJob()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("cleaning", "None", "Part-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Contains(talk.Last.Replies.SelectMany(r => r.Cards), c => c.Title.Contains("Ward housekeeper", StringComparison.Ordinal));
        Assert.Contains(talk.Last.Replies.SelectMany(r => r.Cards), c => !c.Title.Contains("assistant", StringComparison.Ordinal) && !c.Title.Contains("housekeeper", StringComparison.Ordinal));
        await talk.SayAsync("what is the pay for the housekeeper");
        await talk.SayAsync("is it near me");
        Assert.StartsWith("Ward housekeeper.", talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }
}

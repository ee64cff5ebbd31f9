using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// First messages about the resident's life, not the work ("im a single mum with 2 kids", "i just left school", "i need
/// money fast"), and worries about a CV or age: on the real catalogue, no "Sorry, I have no jobs for ...", no search
/// said back; a plain "which kind of work?" or the worry's answer, and the first question again.
/// </summary>
public sealed class LifeAtFirstQuestionTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string FirstQuestion = "What kind of work do you like?";

    [Theory]
    [InlineData("i need money fast")]
    [InlineData("i just left school")]
    [InlineData("im a single mum with 2 kids")]
    [InlineData("i have a job already but want something better")]
    [InlineData("i need work quick")]
    [InlineData("just finished college looking for work")]
    [InlineData("mother of three looking for a job")]
    [InlineData("i want to go back to work after having kids")]
    [InlineData("looking for work after raising my children")]
    public async Task Life_NotWork_AsksWhichKindOfWork(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Numbered.Get("interest.which_kind"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("no jobs", StringComparison.Ordinal)
            || r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
    }

    [Theory]
    [InlineData("can you help me write a cv", "faq.cv")]
    [InlineData("can someone check my cv", "faq.cv")]
    [InlineData("i have no cv", "faq.cv")]
    [InlineData("can i send you my CV?", "faq.cv")]
    [InlineData("i am 55 is it too late", "faq.age")]
    [InlineData("am i too late to start nursing at 40", "faq.age")]
    public async Task Worry_IsAnswered_NotSearched(string text, string key)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get(key));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("jobs like that", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i want to work with children")]
    [InlineData("i like working with kids")]
    public async Task WorkWithChildren_IsStillWorkWeDoNotHave(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("no jobs with children", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("care work, i have 2 kids so i need school hours", "What qualifications do you have?")]
    [InlineData("cleaning job asap", "What qualifications do you have?")]
    [InlineData("what is a cv", FirstQuestion)]
    public async Task WorkSaidWithLife_IsKept(string text, string next)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Equal(next, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("no jobs", StringComparison.Ordinal));
    }

    /// <summary>A long first message with a start date: "next week" asks for no course, and the GCSEs are kept.</summary>
    [Theory]
    [InlineData("Hi, I'm 24, I have GCSEs, I would like something in a hospital maybe porter or cleaner, I can start next week")]
    [InlineData("I have GCSEs, porter, I can start next week")]
    public async Task StartNextWeek_IsNoWishToLearn(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("courses", StringComparison.Ordinal));
        Assert.Equal("Did you get grade 4 or higher in English and maths?", talk.LastText);
    }

    /// <summary>Asking to get a qualification is a wish to learn: courses, not what the jobs ask for.</summary>
    [Theory]
    [InlineData("can i get a qualification in care")]
    [InlineData("how can i get qualified in care work?")]
    public async Task GettingAQualification_ShowsCourses(string text)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("Here are courses", StringComparison.Ordinal));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("What you need:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatQualificationsAreNeeded_IsStillWhatTheJobNeeds()
    {
        var talk = await StartAsync();

        await talk.SayAsync("what qualifications do i need for care work");

        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("What you need:", StringComparison.Ordinal));
    }

    private async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        return talk;
    }
}

using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Everyday questions about starting work that residents ask in the middle of the questions: faith at work (prayer,
/// head cover, halal food), a bank account, how pay comes, the cost of travel, a National Insurance number, the papers
/// to show, how good their English must be, and what an NHS band other than band 2 pays. Each gets its own short
/// answer; none is searched as a kind of work or read as an answer. The held-out wordings are in
/// <see cref="EverydayQuestionsHeldOutTests"/>.
/// </summary>
public sealed class EverydayQuestionsTests
{
    [Theory]
    [InlineData("can i pray at work", "faq.faith")]
    [InlineData("is there a prayer room", "faq.faith")]
    [InlineData("can i wear my hijab at work", "faq.faith")]
    [InlineData("is the food halal in the canteen", "faq.faith")]
    [InlineData("what about ramadan", "faq.faith")]
    [InlineData("can i have time off for eid", "faq.faith")]
    [InlineData("i wear a turban is that ok", "faq.faith")]
    [InlineData("do i need a bank account", "faq.bank_account")]
    [InlineData("i dont have a bank account", "faq.bank_account")]
    [InlineData("how do i open a bank account", "faq.bank_account")]
    [InlineData("how do i get paid", "faq.pay_day")]
    [InlineData("will they pay me cash", "faq.pay_day")]
    [InlineData("how much is the bus", "faq.travel_cost")]
    [InlineData("who pays for my travel", "faq.travel_cost")]
    [InlineData("can i get help with bus fares", "faq.travel_cost")]
    [InlineData("i dont have a national insurance number", "faq.ni_number")]
    [InlineData("do i need an ni number", "faq.ni_number")]
    [InlineData("how do i get a national insurance number", "faq.ni_number")]
    [InlineData("what documents do i need", "faq.interview_bring")]
    [InlineData("what id do i need", "faq.interview_bring")]
    [InlineData("do i need to speak good english", "faq.english_level")]
    [InlineData("is my english good enough", "faq.english_level")]
    [InlineData("what level of english do i need", "faq.english_level")]
    [InlineData("do i have to work christmas", "faq.bank_holidays")]
    [InlineData("will i work on bank holidays", "faq.bank_holidays")]
    [InlineData("is there childcare", "faq.childcare")]
    [InlineData("who looks after my kids when i work", "faq.childcare")]
    [InlineData("can i get help with childcare costs", "faq.childcare")]
    [InlineData("can i volunteer first", "faq.volunteer")]
    [InlineData("are there volunteer jobs", "faq.volunteer")]
    [InlineData("can i work 2 jobs", "faq.two_jobs")]
    [InlineData("can i have two jobs at the same time", "faq.two_jobs")]
    [InlineData("what qualifications do i need", "faq.quals_need")]
    [InlineData("do i need qualifications", "faq.quals_need")]
    [InlineData("do you need any qualifications for these jobs", "faq.quals_need")]
    public void Find_EverydayQuestion_GivesItsAnswer(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("by bus")]
    [InlineData("10 miles by bus")]
    [InlineData("i can get the bus")]
    [InlineData("i can work sundays")]
    [InlineData("i want kitchen work")]
    [InlineData("bank work is fine")]
    [InlineData("english and maths")]
    [InlineData("my english is entry 3")]
    [InlineData("i want to learn english")]
    [InlineData("i can travel by train")]
    [InlineData("i want to work with children")]
    [InlineData("childcare")]
    [InlineData("i can work bank holidays")]
    [InlineData("i look after my kids in the day")]
    [InlineData("i need qualifications")]
    [InlineData("no qualifications")]
    public void Find_AnswersThatAreNotQuestions_FindsNothing(string text) => Assert.Null(CommonQuestions.Find(text));

    [Theory]
    [InlineData("what is band 3", "glossary.band_3")]
    [InlineData("what does band 4 mean", "glossary.band_4")]
    [InlineData("band 5?", "glossary.band_5")]
    [InlineData("what is band 2", "glossary.band")]
    [InlineData("what is a bank job", "glossary.bank")]
    public void BandQuestion_IsAnsweredForThatBand(string text, string key)
    {
        var found = Interruptions.Recognise(text);
        Assert.Equal(InterruptionKind.Glossary, found.Kind);
        Assert.Equal(key, found.Key);
    }

    [Theory]
    [InlineData("is the food halal in the canteen", "faq.faith")]
    [InlineData("do i need to speak good english", "faq.english_level")]
    [InlineData("how much is the bus", "faq.travel_cost")]
    [InlineData("can i pray at work", "faq.faith")]
    public async Task QuestionAtTheWorkQuestion_IsAnswered_NotSearched_AndAskedAgain(string text, string key)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get(key));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.Contains("I will look for", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.StartsWith("Sorry, I have no jobs", StringComparison.Ordinal) == true);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Fact]
    public async Task NoNationalInsuranceNumber_AtTheQualificationsQuestion_IsNotReadAsNoQualifications()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");

        await talk.SayAsync("i dont have a national insurance number");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.ni_number"));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task WhatQualificationsDoINeed_AtTheQualificationsQuestion_IsAnswered_AndAskedAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");

        await talk.SayAsync("what qualifications do i need");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.quals_need"));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task WhatIsBand4_AtAQuestion_SaysBand4sPay_NotBand2s()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("cleaning");

        await talk.SayAsync("what is band 4");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("glossary.band_4"));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text?.Contains("Band 2", StringComparison.Ordinal) == true);
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }
}

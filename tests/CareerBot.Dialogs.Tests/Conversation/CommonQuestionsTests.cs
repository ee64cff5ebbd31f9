using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed class CommonQuestionsTests
{
    private const string Hours = "How many hours a week can you work?";

    [Theory]
    [InlineData("I have a criminal record", "faq.record")]
    [InlineData("i got a conviction 5 years ago can i still work??", "faq.record")]
    [InlineData("I have been in prison", "faq.record")]
    [InlineData("i was in jail when i was young", "faq.record")]
    [InlineData("Im an ex offender", "faq.record")]
    [InlineData("I'm on probation, is that a problem", "faq.record")]
    [InlineData("do i need a dbs?", "faq.dbs")]
    [InlineData("Do you need a DBS check for care work", "faq.dbs")]
    [InlineData("how do i get a dbs", "faq.dbs")]
    [InlineData("is a dbs check needed", "faq.dbs")]
    [InlineData("who will pay for the dbs", "faq.dbs")]
    [InlineData("is the course free?", "faq.course_cost")]
    [InlineData("how much does the course cost", "faq.course_cost")]
    [InlineData("Do I have to pay for ESOL?", "faq.course_cost")]
    [InlineData("do i need to pay", "faq.course_cost")]
    [InlineData("what is the course fee", "faq.course_cost")]
    [InlineData("I am on universal credit", "faq.benefits")]
    [InlineData("will i lose my benefits", "faq.benefits")]
    [InlineData("my work coach sent me", "faq.benefits")]
    [InlineData("I am 17", "faq.age")]
    [InlineData("im 58 years old", "faq.age")]
    [InlineData("am I too old to be a nurse", "faq.age")]
    [InlineData("Is there an age limit?", "faq.age")]
    [InlineData("do I need a visa", "faq.right_to_work")]
    [InlineData("I have refugee status", "faq.right_to_work")]
    [InlineData("what is a share code", "faq.right_to_work")]
    [InlineData("do I need a car?", "faq.driving")]
    [InlineData("do you need a driving licence for this", "faq.driving")]
    [InlineData("I have no experience", "faq.experience")]
    [InlineData("i never worked before", "faq.experience")]
    [InlineData("do I need experience?", "faq.experience")]
    [InlineData("I am a nurse from India", "faq.registered")]
    [InlineData("i was doctor in my country", "faq.registered")]
    [InlineData("I worked as a pharmacist in Syria", "faq.registered")]
    [InlineData("i used to be a nurse in nigeria", "faq.registered")]
    [InlineData("I have been a midwife for 10 years in Romania", "faq.registered")]
    [InlineData("back home i was a midwife", "faq.registered")]
    [InlineData("im a qualified physiotherapist", "faq.registered")]
    [InlineData("i have a disability", "faq.disability")]
    [InlineData("I am deaf, can I still work in a hospital?", "faq.disability")]
    [InlineData("im registered disabled", "faq.disability")]
    [InlineData("i use a wheelchair", "faq.disability")]
    [InlineData("I have autism and anxiety", "faq.disability")]
    [InlineData("do they take disabled people", "faq.disability")]
    [InlineData("will my disability stop me", "faq.disability")]
    [InlineData("I am an asylum seeker", "faq.asylum")]
    [InlineData("can i work from home", "faq.from_home")]
    [InlineData("are there any remote jobs", "faq.from_home")]
    [InlineData("i want a job working from home", "faq.from_home")]
    [InlineData("i am pregnant can i still apply", "faq.pregnant")]
    [InlineData("im 5 months pregnant", "faq.pregnant")]
    [InlineData("I'm expecting a baby in may", "faq.pregnant")]
    [InlineData("i am homeless", "faq.homeless")]
    [InlineData("I have no fixed address", "faq.homeless")]
    [InlineData("im living in a hostel at the moment", "faq.homeless")]
    [InlineData("i claimed asylum last year can i work", "faq.asylum")]
    [InlineData("still waiting for home office decision", "faq.asylum")]
    [InlineData("is it permanent", "faq.contract")]
    [InlineData("is the job temp or perm", "faq.contract")]
    [InlineData("is it a zero hours contract?", "faq.contract")]
    [InlineData("do they give training", "faq.training")]
    [InlineData("will i be trained", "faq.training")]
    [InlineData("do they give training for this job", "faq.training")]
    [InlineData("do you train people", "faq.training")]
    [InlineData("do i need a uniform", "faq.uniform")]
    [InlineData("what do i wear", "faq.uniform")]
    [InlineData("is there parking", "faq.parking")]
    [InlineData("how do i get there", "faq.parking")]
    [InlineData("do you get holidays", "faq.holidays")]
    [InlineData("how much annual leave", "faq.holidays")]
    [InlineData("do you get a pension", "faq.pension")]
    [InlineData("does job 2 have a pension", "faq.pension")]
    [InlineData("is job 3 permanent", "faq.contract")]
    [InlineData("do nhs jobs give breaks", "faq.breaks")]
    [InlineData("what if i am sick", "faq.sick_pay")]
    [InlineData("is there sick pay", "faq.sick_pay")]
    [InlineData("is there an interview", "faq.interview")]
    [InlineData("can i do overtime", "faq.overtime")]
    [InlineData("when do i get paid", "faq.pay_day")]
    [InlineData("is it paid weekly", "faq.pay_day")]
    [InlineData("do i get a break", "faq.breaks")]
    [InlineData("what are the shift patterns", "faq.shifts")]
    [InlineData("مرحبا اريد عمل", "faq.other_language")]
    [InlineData("میں کام چاہتا ہوں", "faq.other_language")]
    [InlineData("ਮੈਨੂੰ ਨੌਕਰੀ ਚਾਹੀਦੀ ਹੈ", "faq.other_language")]
    [InlineData("আমি কাজ চাই", "faq.other_language")]
    [InlineData("Привет, мне нужна работа", "faq.other_language")]
    public void Find_AWorryInResidentsWords_GivesItsAnswer(string text, string key) =>
        Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("Caring for people")]
    [InlineData("I want to work in a prison kitchen")]
    [InlineData("I have care experience")]
    [InlineData("5 years experience as a cleaner")]
    [InlineData("how much does it pay")]
    [InlineData("the pay is good")]
    [InlineData("free courses")]
    [InlineData("I can drive")]
    [InlineData("I like driving")]
    [InlineData("20 hours")]
    [InlineData("I am happy to work nights")]
    [InlineData("I am 20 hours a week")]
    [InlineData("GCSE English and maths")]
    [InlineData("record keeping and admin")]
    [InlineData("medical records clerk")]
    [InlineData("I want to be a nurse")]
    [InlineData("i was a nurse assistant for 2 years")]
    [InlineData("nursing associate")]
    [InlineData("I am a carer for my mum")]
    [InlineData("doctors receptionist")]
    [InlineData("support worker for people with learning disabilities")]
    [InlineData("I want to help disabled people")]
    [InlineData("I care for my disabled son")]
    [InlineData("i have experience with autism")]
    [InlineData("I have ms office skills")]
    [InlineData("work at home care")]
    [InlineData("i want to work in people's homes")]
    [InlineData("care home work")]
    [InlineData("maternity support worker")]
    [InlineData("I want to help pregnant women")]
    [InlineData("no home care jobs please")]
    [InlineData("i want to help homeless people")]
    [InlineData("I have my DBS")]
    [InlineData("i have an enhanced dbs already")]
    [InlineData("bank work")]
    [InlineData("zero hour contract")]
    [InlineData("nights and bank holidays")]
    [InlineData("I go by bus")]
    [InlineData("i am on holiday until january")]
    [InlineData("training to be a nurse")]
    [InlineData("i want training in care")]
    [InlineData("parking attendant")]
    [InlineData("car park attendant")]
    [InlineData("i want a permanent job in a hospital")]
    [InlineData("shift work")]
    [InlineData("I want to help sick people")]
    [InlineData("i can do extra hours")]
    [InlineData("i want full time permanent")]
    [InlineData("Chcę pracować w szpitalu")]
    [InlineData("café work in Wolverhampton")]
    [InlineData("carer in Dudley ❤️ شكرا")]
    [InlineData("")]
    [InlineData("🙂")]
    public void Find_AnAnswerOrEverydayWords_IsNoWorry(string text) =>
        Assert.Null(CommonQuestions.Find(text));

    [Fact]
    public async Task Worry_AtAQuestion_IsAnsweredAndTheQuestionAskedAgainWithoutSorry()
    {
        var talk = await AtHoursAsync();

        await talk.SayAsync("I have a criminal record, can I still work?");

        Assert.Equal(MessageCatalogue.Default.Get("faq.record"), talk.Last.Replies[0].Text);
        Assert.Equal(Hours, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Sorry", StringComparison.Ordinal));
        Assert.Contains(talk.Signals, s => s.Kind == "question" && s.Value == "faq.record");
    }

    [Fact]
    public async Task Worry_DoesNotUseUpTheQuestionsTries()
    {
        var talk = await AtHoursAsync();

        // More worries than the question's tries: the question is still asked, not given up.
        foreach (var worry in new[] { "I am on universal credit", "is the course free", "do I need a car", "I am 19" })
            await talk.SayAsync(worry);
        Assert.Equal(Hours, talk.LastText);

        await talk.SayAsync("Part-time");
        Assert.Equal("When can you work?", talk.LastText);
    }

    [Fact]
    public async Task Worry_WithAnAnswer_IsAnsweredAndTheAnswerKept()
    {
        var talk = await AtHoursAsync();

        await talk.SayAsync("20 hours a week but I am on universal credit");

        Assert.Equal(MessageCatalogue.Default.Get("faq.benefits"), talk.Last.Replies[0].Text);
        Assert.Equal("When can you work?", talk.LastText);
        await talk.SayAllAsync("Days", "Now", "Dudley", "Up to 5 miles");
        var profile = talk.Catalogue.Profiles[^1];
        Assert.Equal(20, profile.MinHoursPerWeek);
        Assert.Equal(20, profile.MaxHoursPerWeek);
    }

    [Fact]
    public async Task NurseFromAbroad_AtTheFirstQuestion_HearsAboutRegisteringAndIsAskedTheQuestion()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync("I am a nurse from the Philippines, can I work here?");

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.registered"));
        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i have a disability", "faq.disability")]
    [InlineData("I am an asylum seeker, can I work?", "faq.asylum")]
    [InlineData("do i need a dbs?", "faq.dbs")]
    [InlineData("what is esol", "glossary.esol")]
    [InlineData("what does ESOL mean?", "glossary.esol")]
    public async Task QuestionAtTheFirstQuestion_IsAnsweredNotTakenAsWorkOrAsEnglishNeed(string text, string key)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == MessageCatalogue.Default.Get(key));
        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.Empty(talk.Catalogue.Profiles);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("English courses too", StringComparison.Ordinal)
            || r.Text.Contains("I will look for jobs", StringComparison.Ordinal));

        // The resident's English was not noted from the question: no English course is asked for later.
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles");
        Assert.False(talk.Catalogue.Profiles[^1].LearningEnglish);
    }

    [Fact]
    public async Task Worry_AsTheFirstMessage_GreetsAnswersThenAsksTheFirstQuestionOnce()
    {
        var talk = new TestTalk();

        var outcome = await talk.SayAsync("I have been in prison!");

        var texts = outcome.Replies.Select(r => r.Text).ToList();
        var answer = texts.IndexOf(MessageCatalogue.Default.Get("faq.record"));
        var greeting = texts.FindIndex(t => t.Contains("CareerBot", StringComparison.Ordinal));
        Assert.InRange(greeting, 0, answer - 1);
        Assert.Equal("What kind of work do you like?", texts[^1]);
        Assert.Single(texts, t => t == "What kind of work do you like?");
        Assert.Single(outcome.Replies, r => r.ExpectsInput);
        Assert.True(outcome.Replies[^1].ExpectsInput);
    }

    [Fact]
    public async Task Worry_AsTheFirstMessageWithTheKindOfWork_AnswersAndTakesTheWork()
    {
        var talk = new TestTalk();

        var outcome = await talk.SayAsync("I like caring for people but I have been in prison");

        Assert.Contains(outcome.Replies, r => r.Text == MessageCatalogue.Default.Get("faq.record"));
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Theory]
    [InlineData("20 hours, but I am on universal credit", "20 hours")]
    [InlineData("Is the course free?", "")]
    [InlineData("I have a criminal record. I like cooking", "I like cooking")]
    [InlineData("nights because i never worked in the day", "nights")]
    [InlineData("I have been in prison. Can I still work in a hospital?", "")]
    [InlineData("Cleaning! But will I lose my benefits?", "Cleaning")]
    public void WithoutWorries_KeepsOnlyThePartsWithoutAWorry(string text, string rest) =>
        Assert.Equal(rest, CommonQuestions.WithoutWorries(text));

    [Fact]
    public async Task OtherScript_AtAQuestion_SaysWeReadEnglishAndAsksAgainWithTheButtons()
    {
        var talk = await AtHoursAsync();

        await talk.SayAsync("لا أفهم");

        // The test channel numbers its choices, so the message speaks of numbers, not buttons.
        Assert.Equal(MessageCatalogue.Default.Numbered.Get("faq.other_language"), talk.Last.Replies[0].Text);
        Assert.Equal(Hours, talk.LastText);
        Assert.InRange(talk.Last.Replies[^1].Choices.Count, 2, 4);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("Sorry, I did not understand", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherScript_TheSearchBringsEnglishCourses()
    {
        var talk = await AtHoursAsync();

        await talk.SayAsync("لا أتكلم الإنجليزية جيدا");
        await talk.SayAllAsync("Part-time", "Days", "Now", "Dudley", "Up to 5 miles");

        Assert.True(talk.Catalogue.Profiles[^1].LearningEnglish);
    }

    [Fact]
    public async Task Worry_AtTheResults_IsAnsweredAndTheResultsMenuStays()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles");
        var menu = talk.LastText;
        Assert.True(talk.Last.Replies[^1].ExpectsInput);

        await talk.SayAsync("do I have to pay for the course?");

        Assert.Equal(MessageCatalogue.Default.Get("faq.course_cost"), talk.Last.Replies[0].Text);
        Assert.Equal(menu, talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
    }

    private static async Task<TestTalk> AtHoursAsync()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal(Hours, talk.LastText);
        return talk;
    }
}

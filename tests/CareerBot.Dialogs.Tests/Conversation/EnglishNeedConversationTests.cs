using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>A resident who says their English is a barrier, at any point, is pointed to ESOL with the jobs.</summary>
public sealed class EnglishNeedConversationTests
{
    private const string Thanks = "Thank you for telling me. I will show you English courses too. Many are free.";
    private const string EsolLine = "There are free English courses for people who speak other languages. They are called ESOL. They can help you get a job.";

    [Fact]
    public async Task FirstMessage_WorkAndEnglishNeed_KeepsTheWorkAndAsksTheNextQuestion()
    {
        var talk = new TestTalk();
        await talk.SayAsync("I want care work, my english not so good");

        Assert.Contains(talk.Last.Replies, r => r.Text == Thanks);
        Assert.Equal("What qualifications do you have?", talk.LastText);
        await talk.SayAllAsync("None", "Part-time", "Days", "Now", "Dudley", "Up to 5 miles");

        var profile = talk.Catalogue.Profiles[^1];
        Assert.True(profile.LearningEnglish);
        Assert.Null(profile.EsolLevel);
        Assert.True(profile.Families.Contains("social care") || (profile.Text ?? "").Contains("care", StringComparison.Ordinal));
        Assert.DoesNotContain("english", profile.Text ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FirstAnswer_WorkAndEnglishNeed_ThanksAndKeepsTheWork()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("I want cleaning job, my english not so good");

        Assert.Contains(talk.Last.Replies, r => r.Text == Thanks);
        Assert.Equal("What qualifications do you have?", talk.LastText);
    }

    [Fact]
    public async Task FirstMessage_OnlyAboutEnglish_GreetsThanksThenAsksTheFirstQuestionLast()
    {
        var talk = new TestTalk();
        await talk.SayAsync("my english is not good");

        var texts = talk.Last.Replies.Select(r => r.Text).ToList();
        Assert.Contains(texts, t => t.Contains("CareerBot", StringComparison.Ordinal));
        Assert.True(texts.IndexOf(Thanks) > texts.FindIndex(t => t.Contains("CareerBot", StringComparison.Ordinal)));
        Assert.Equal("What kind of work do you like?", talk.LastText);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.DoesNotContain(texts, t => t.StartsWith("Sorry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MiddleOfTheQuestions_OnlyAboutEnglish_ThanksAndAsksTheSameQuestionAgain()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal("How many hours a week can you work?", talk.LastText);

        await talk.SayAsync("I speak Arabic, not much English");

        Assert.Equal(Thanks, talk.Last.Replies[0].Text);
        Assert.Equal("How many hours a week can you work?", talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
        await talk.SayAllAsync("20", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.True(talk.Catalogue.Profiles[^1].LearningEnglish);
    }

    [Fact]
    public async Task AnswerWithLevel_LearningEnglishAtEntry2_SearchesWithThatLevel()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "20 hours, I am learning English, I am at entry 2");
        Assert.Equal("When can you work?", talk.LastText);
        await talk.SayAllAsync("Days", "Now", "Dudley", "Up to 5 miles");

        var profile = talk.Catalogue.Profiles[^1];
        Assert.True(profile.LearningEnglish);
        Assert.Equal(EsolLevel.Entry2, profile.EsolLevel);
        Assert.Equal(20, profile.MaxHoursPerWeek);
    }

    [Theory]
    [InlineData("English and maths")]
    [InlineData("GCSE English and maths grade 4")]
    public async Task Qualifications_EnglishAndMaths_IsNotAnEnglishNeed(string answer)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", answer);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Thanks);
        await talk.SayAllAsync("yes", "Part-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.False(talk.Catalogue.Profiles[^1].LearningEnglish);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == EsolLine);
    }

    [Fact]
    public async Task RealCatalogue_LearningEnglish_CardsPairEsolForHealthAndCareAndSayItIsFree()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-english-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "catalogue.db");
            await CatalogueIndexBuilder.BuildAsync(CatalogueData.LoadEmbedded(), path, TimeProvider.System, null, ct);
            using var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(path, ct));
            var talk = new TestTalk(new CatalogueSearch(holder));

            await talk.SayAllAsync("I want cleaning job, my english not so good", "None", "16 hours", "mornings only", "Now", "Birmingham", "Up to 10 miles");

            var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
            Assert.Equal(3, cards.Count);
            // Job cards (with pay) carry the English course; a course card may also come up for the words.
            var jobs = cards.Where(c => c.Lines.Any(l => l.StartsWith("Pay:", StringComparison.Ordinal))).ToList();
            Assert.NotEmpty(jobs);
            Assert.All(jobs, c => Assert.Contains(c.Lines, l => l.Contains("\"Vocational ESOL for health and social care\"", StringComparison.Ordinal)));
            Assert.Contains(cards, c => c.Lines.Contains("Next step: do the English course \"Vocational ESOL for health and social care\". You can apply at the same time."));
            Assert.Contains(talk.Last.Replies, r => r.Text == EsolLine);
            // The words of work were kept: cleaning jobs, not English courses.
            Assert.Contains(cards, c => c.Title.Contains("cleaner", StringComparison.OrdinalIgnoreCase) || c.Title.Contains("housekeeper", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

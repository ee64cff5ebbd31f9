using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>What a resident asks about one course on screen.</summary>
public enum CourseAsk { Cost, Length, Where, Study, Needs, LeadsTo, Apply }

/// <summary>
/// Questions about a course after the bot shows courses, on the real catalogue: the answer is the one fact asked
/// for, read from that course's own data (not the whole card again), and the menu comes back. Which course is on
/// which line is read from the cards the bot sent, so the tests hold whatever order the ranking gives.
/// </summary>
public sealed class CourseFollowUpTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    internal const string Menu = "What would you like to do next?";

    internal static readonly CatalogueData Data = CatalogueData.LoadEmbedded();

    /// <summary>A resident in Walsall who asks for the kind of course in <paramref name="interest"/>; the titles on screen, in order.</summary>
    internal static async Task<(TestTalk Talk, List<string> Titles)> AtResultsAsync(RealCatalogueFixture real, string interest)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync(interest, "None", "Part-time", "Days", "Now", "Walsall", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        var titles = talk.Last.Replies.Where(r => r.Cards.Count > 0).SelectMany(r => r.Cards).Select(c => c.Title).ToList();
        Assert.NotEmpty(titles);
        return (talk, titles);
    }

    /// <summary>Results with both jobs and courses on screen: the first of a few wishes that gives them (the ranking may change which).</summary>
    private async Task<(TestTalk Talk, List<string> Titles)> MixedResultsAsync()
    {
        foreach (var wish in new[] { "care course", "health and social care", "nurse training", "care", "pharmacy", "admin" })
        {
            var (talk, titles) = await AtResultsAsync(real, wish);
            for (var page = 0; page < 4; page++)
            {
                if (titles.Any(IsCourse) && titles.Any(t => !IsCourse(t))) return (talk, titles);
                await talk.SayAsync("more jobs");
                titles = talk.Last.Replies.Where(r => r.Cards.Count > 0).SelectMany(r => r.Cards).Select(c => c.Title).ToList();
                if (titles.Count == 0) break;
            }
        }
        Assert.Fail("No wish gave jobs and courses together.");
        return default;
    }

    internal static CourseRecord Course(string title) => Data.Courses.Single(c => c.Title == title);

    internal static bool IsCourse(string title) => Data.Courses.Any(c => c.Title == title);

    /// <summary>The answer is about <paramref name="course"/>, says the fact asked for from its data, shows no card, and the menu follows.</summary>
    internal static void AssertAnswered(TestTalk talk, CourseRecord course, CourseAsk ask)
    {
        var replies = talk.Last.Replies;
        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.StartsWith(course.Title, replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies, r => r.Cards.Count > 0);
        Assert.DoesNotContain("Sorry", text, StringComparison.Ordinal);
        switch (ask)
        {
            case CourseAsk.Cost:
                Assert.Contains(course.Cost.Split(". ")[0].TrimEnd('.'), text, StringComparison.Ordinal);
                break;
            case CourseAsk.Length:
                Assert.Contains(course.Length!.TrimEnd('.'), text, StringComparison.Ordinal);
                break;
            case CourseAsk.Where:
            case CourseAsk.Apply:
                var providers = course.Providers.Select(p => Data.Providers.Single(x => x.Id == p)).ToList();
                if (providers.Count == 0)
                    Assert.Contains("employer", text, StringComparison.OrdinalIgnoreCase);
                else
                {
                    Assert.Contains(providers, p => text.Contains(p.Name, StringComparison.Ordinal));
                    // The resident lives in Walsall: a place there that runs it comes first.
                    if (providers.FirstOrDefault(p => p.Borough == "Walsall") is { } near)
                        Assert.Contains(near.Name, text, StringComparison.Ordinal);
                }
                if (ask == CourseAsk.Apply) Assert.Contains("I do not know", text, StringComparison.Ordinal);
                break;
            case CourseAsk.Study:
                foreach (var (mode, words) in new[] { ("part-time", "part-time"), ("full-time", "full-time"), ("evening", "evening"), ("online", "online") })
                    Assert.Equal(course.Modes.Contains(mode), text.Contains(words, StringComparison.OrdinalIgnoreCase)
                        && !text.Contains("not know of " + words, StringComparison.OrdinalIgnoreCase) && !text.Contains("no " + words, StringComparison.OrdinalIgnoreCase));
                break;
            case CourseAsk.Needs:
                Assert.Contains("What you need", text, StringComparison.Ordinal);
                if (course.MinAge is { } age) Assert.Contains(age.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                break;
            case CourseAsk.LeadsTo:
                var jobs = course.LeadsToRoles.Select(id => Data.Roles.Single(r => r.Id == id).Title)
                    .Concat(course.LeadsToCourses.Select(id => Data.Courses.Single(c => c.Id == id).Title)).ToList();
                if (jobs.Count == 0) Assert.Contains("I do not know", text, StringComparison.Ordinal);
                else Assert.Contains(jobs[0], text, StringComparison.Ordinal);
                break;
        }
        Assert.Equal(Menu, talk.LastText);
        Assert.True(replies[^1].ExpectsInput);
        Assert.All(replies.Take(replies.Count - 1), r => Assert.False(r.ExpectsInput));
    }

    [Theory]
    [InlineData("how much is number 2", 2, CourseAsk.Cost)]
    [InlineData("is the first one free", 1, CourseAsk.Cost)]
    [InlineData("how long is course 3", 3, CourseAsk.Length)]
    [InlineData("number 1 how long it take", 1, CourseAsk.Length)]
    [InlineData("where is number 2", 2, CourseAsk.Where)]
    [InlineData("which college do number 3", 3, CourseAsk.Where)]
    [InlineData("can i do number 1 in the evening", 1, CourseAsk.Study)]
    [InlineData("what i need for number 2", 2, CourseAsk.Needs)]
    [InlineData("how i sign up for number 3", 3, CourseAsk.Apply)]
    [InlineData("what job can i get after number 1", 1, CourseAsk.LeadsTo)]
    [InlineData("2 is it online", 2, CourseAsk.Study)]
    public async Task CourseByNumber_OneQuestion_AnsweredFromItsData(string text, int number, CourseAsk ask)
    {
        var (talk, titles) = await AtResultsAsync(real, "english course");
        Assert.All(titles, t => Assert.True(IsCourse(t), t));
        await talk.SayAsync(text);
        AssertAnswered(talk, Course(titles[number - 1]), ask);
    }

    [Theory]
    [InlineData("is it free", CourseAsk.Cost)]
    [InlineData("how long", CourseAsk.Length)]
    [InlineData("where is it", CourseAsk.Where)]
    [InlineData("full time or part time", CourseAsk.Study)]
    [InlineData("can i go in the evening", CourseAsk.Study)]
    [InlineData("what do i need to start", CourseAsk.Needs)]
    [InlineData("how do i enrol", CourseAsk.Apply)]
    [InlineData("when does it start", CourseAsk.Apply)]
    [InlineData("what job after this course", CourseAsk.LeadsTo)]
    [InlineData("how much money", CourseAsk.Cost)]
    [InlineData("do i have to pay", CourseAsk.Cost)]
    [InlineData("where near me", CourseAsk.Where)]
    // Found by the held-out sets at the end: "last" is not "the last one", and words that name nothing do not stop the question.
    [InlineData("how long will the course last", CourseAsk.Length)]
    [InlineData("must i pay something", CourseAsk.Cost)]
    public async Task CourseJustLookedAt_OneQuestion_AnsweredForIt(string text, CourseAsk ask)
    {
        var (talk, titles) = await AtResultsAsync(real, "english course");
        await talk.SayAsync("tell me about number 2");
        Assert.Contains(talk.Last.Replies, r => r.Text == titles[1]);
        await talk.SayAsync(text);
        AssertAnswered(talk, Course(titles[1]), ask);
    }

    [Fact]
    public async Task CourseJustLookedAt_CanIJoinWithMyEnglish_SaysWhatItNeeds()
    {
        var (talk, titles) = await AtResultsAsync(real, "maths");
        await talk.SayAsync("number 3");
        await talk.SayAsync("can i join with my english");
        AssertAnswered(talk, Course(titles[2]), CourseAsk.Needs);
    }

    [Fact]
    public async Task CourseByItsWords_NotOnScreen_AnsweredForIt()
    {
        var (talk, _) = await AtResultsAsync(real, "maths");
        await talk.SayAsync("is the care certificate free");
        AssertAnswered(talk, Data.Courses.Single(c => c.Id == "care-certificate"), CourseAsk.Cost);
    }

    [Fact]
    public async Task CourseByItsWords_OnScreen_AnsweredForIt()
    {
        var (talk, titles) = await AtResultsAsync(real, "maths");
        var gcse = titles.Single(t => t.StartsWith("GCSE", StringComparison.Ordinal));
        await talk.SayAsync("how long is the gcse maths");
        AssertAnswered(talk, Course(gcse), CourseAsk.Length);
    }

    [Fact]
    public async Task CourseByWordsOfTwoCourses_AsksWhichCourse_ThenAnswersTheQuestion()
    {
        var (talk, titles) = await AtResultsAsync(real, "maths");
        await talk.SayAsync("where is functional skills maths");
        Assert.Equal("Which course do you mean?", talk.LastText);
        var buttons = talk.Last.Replies[^1].Choices;
        Assert.Equal(2, buttons.Count);
        await talk.SayAsync("1");
        AssertAnswered(talk, Course(Questions_Title(titles, buttons[0].Label)), CourseAsk.Where);
    }

    private static string Questions_Title(List<string> titles, string label) => titles.Single(t => t.StartsWith(label.TrimEnd('.'), StringComparison.Ordinal));

    [Fact]
    public async Task OnlyCourses_QuestionWithNoCourse_AsksWhichCourse_AndNotTheSameWordsTwice()
    {
        var (talk, titles) = await AtResultsAsync(real, "english course");
        await talk.SayAsync("how long is it");
        Assert.Equal("Which course do you mean?", talk.LastText);
        Assert.Equal(titles.Count, talk.Last.Replies[^1].Choices.Count);

        await talk.SayAsync("is it free");
        var again = talk.LastText;
        Assert.NotEqual("Which course do you mean?", again);
        Assert.Contains("course", again, StringComparison.Ordinal);
        Assert.DoesNotContain("job", again, StringComparison.Ordinal);
        Assert.EndsWith("?", again, StringComparison.Ordinal);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);

        await talk.SayAsync("3");
        AssertAnswered(talk, Course(titles[2]), CourseAsk.Cost);
    }

    [Fact]
    public async Task JobsAndCourses_QuestionWithNoneNamed_AsksWhichJobOrCourse()
    {
        var (talk, titles) = await MixedResultsAsync();
        Assert.Contains(titles, IsCourse);
        Assert.Contains(titles, t => !IsCourse(t));
        await talk.SayAsync("how much is it");
        Assert.Equal("Which job or course do you mean?", talk.LastText);
    }

    [Fact]
    public async Task JobsAndCourses_PayOfAJobByNumber_StillAnswersForTheJob()
    {
        var (talk, titles) = await MixedResultsAsync();
        var job = titles.FindIndex(t => !IsCourse(t));
        Assert.True(job >= 0);
        await talk.SayAsync($"how much does number {job + 1} pay");
        Assert.StartsWith(titles[job] + ". Pay:", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task JobsAndCourses_CourseNamedWithWordsJobsShare_AnswersForTheCourse()
    {
        // "care" names care jobs too; "care certificate" names only the course.
        var (talk, _) = await MixedResultsAsync();
        await talk.SayAsync("how much is the care certificate");
        AssertAnswered(talk, Data.Courses.Single(c => c.Id == "care-certificate"), CourseAsk.Cost);
    }

    [Fact]
    public async Task WhichJobOrCourse_ThenAQuestionAboutCourses_AsksWhichCourseInItsFirstWords()
    {
        var (talk, titles) = await MixedResultsAsync();
        await talk.SayAsync("how much is it");
        Assert.Equal("Which job or course do you mean?", talk.LastText);
        // "how long" asks only of a course: the courses on screen, in the words of a first asking.
        await talk.SayAsync("how long is it");
        var courses = titles.Where(IsCourse).ToList();
        if (courses.Count > 1) Assert.Equal("Which course do you mean?", talk.LastText);
        else AssertAnswered(talk, Course(courses[0]), CourseAsk.Length);
    }

    [Fact]
    public async Task JobsAndCourses_CourseByNumber_HowLong_AnswersForTheCourse()
    {
        var (talk, titles) = await MixedResultsAsync();
        var course = titles.FindIndex(IsCourse);
        await talk.SayAsync($"how long is number {course + 1}");
        AssertAnswered(talk, Course(titles[course]), CourseAsk.Length);
    }
}

/// <summary>The "Which ... do you mean?" questions: each kind of list and its second asking have their own words, and a numbered retry.</summary>
public sealed class WhichQuestionWordsTests
{
    [Fact]
    public void WhichOf_EachKindOfListAndAgain_HasItsMessages()
    {
        var messages = CareerBot.Dialogs.Messages.MessageCatalogue.Default;
        var q = new CareerBot.Dialogs.Conversation.Questions(messages);
        var job = new CareerBot.Dialogs.Conversation.ShownResult("role", "porter", "Hospital porter");
        var course = new CareerBot.Dialogs.Conversation.ShownResult("course", "esol-e1", "ESOL Entry 1");
        var texts = new List<string>();
        foreach (var list in new[] { new[] { job, job }, [course, course], [job, course] })
            foreach (var again in new[] { false, true })
            {
                var spec = q.WhichOf(list, again);
                Assert.True(messages.Contains(spec.MessageKey), spec.MessageKey);
                Assert.True(messages.Contains(spec.RetryKey!), spec.RetryKey);
                Assert.True(messages.Contains(spec.RetryKey + CareerBot.Dialogs.Messages.MessageCatalogue.NumberedSuffix), spec.RetryKey);
                texts.Add(messages.Get(spec.MessageKey));
            }
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("job", texts[2], StringComparison.Ordinal);
        Assert.DoesNotContain("job", texts[3], StringComparison.Ordinal);
    }
}

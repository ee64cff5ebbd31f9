using System.Globalization;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;
using CareerBot.Tests.PlainEnglish;

namespace CareerBot.Tests.CatalogueViews;

/// <summary>One reply a resident can reach, and which role or course view it came from.</summary>
internal sealed record View(string Where, Reply Reply);

/// <summary>
/// Every view of the embedded catalogue a resident can reach, made by the same code the dialogs use
/// (<see cref="SuggestionCards"/>) from the cards of a real index built in a temp folder: result pages
/// (a job you can start now, a job that needs a course first, a course), "Tell me more" about each job and
/// course, and the courses for each job and course.
/// </summary>
internal static class EveryView
{
    public static async Task<IReadOnlyList<View>> RenderAsync(CancellationToken cancellationToken)
    {
        var data = CatalogueData.LoadEmbedded();
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-views-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(folder, "catalogue.db");
            await CatalogueIndexBuilder.BuildAsync(data, path, TimeProvider.System, null, cancellationToken);
            using var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(path, cancellationToken));
            return await RenderAsync(data, new CatalogueSearch(holder), cancellationToken);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<View>> RenderAsync(CatalogueData data, CatalogueSearch search, CancellationToken cancellationToken)
    {
        var messages = MessageCatalogue.Default;
        var cards = new SuggestionCards(messages);
        var titles = data.Roles.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        var views = new List<View>();

        var roles = new List<(RoleCard Card, IReadOnlyList<CourseCard> Courses)>();
        foreach (var record in data.Roles)
        {
            var card = await search.GetRoleAsync(record.Id, cancellationToken) ?? throw new InvalidOperationException($"No card for role {record.Id}.");
            roles.Add((card, await search.CoursesForRoleAsync(record.Id, cancellationToken)));
        }

        var kinds = 0; // each kind of work the buttons offer, in turn
        // Result pages as ResultsDialog sends them: 3 cards (numbered on SMS), and 1 card alone.
        // A resident learning English gets the English course with every job (vocational ESOL, the longest title).
        var english = await search.GetCourseAsync("esol-health-care", cancellationToken);
        foreach (var page in roles.Chunk(3).Concat(roles.Select(r => new[] { r })))
        {
            var where = $"results with role {string.Join(", ", page.Select(p => p.Card.Id))}";
            // Can start: on pages of 3 the resident typed the words the card quotes; alone, they pressed a kind-of-work button.
            views.Add(new View(where + " (can start)", Page(messages, page.Select((p, i) => CanStart(p.Card) is var s
                ? page.Length > 1 ? cards.ForSuggestion(s, i + 1, typed: s.Why[0].Answer)
                    : cards.ForSuggestion(s, i + 1, kindName: messages.Get(InterestKinds.All[kinds++ % InterestKinds.All.Count].NameKey))
                : null!).ToList())));
            views.Add(new View(where + " (course first)", Page(messages, page.Select((p, i) => cards.ForSuggestion(NotYet(p.Card, p.Courses, titles), i + 1)).ToList())));
            if (english is null) continue;
            views.Add(new View(where + " (learning English, can start)", Page(messages,
                page.Select((p, i) => cards.ForSuggestion(CanStart(p.Card) with { EnglishCourse = english }, i + 1)).ToList())));
            views.Add(new View(where + " (learning English, course first)", Page(messages,
                page.Select((p, i) => cards.ForSuggestion(NotYet(p.Card, p.Courses, titles) with { EnglishCourse = english }, i + 1)).ToList())));
        }
        foreach (var (card, courses) in roles)
        {
            // The DBS explanation comes once per conversation: show it here, as the first time.
            foreach (var reply in cards.RoleDetails(card, explainDbs: true)) views.Add(new View($"role {card.Id} details", reply));
            // Answers to "how much does it pay?", "what hours?", "what do I need?", "how do I apply?".
            foreach (var topic in new[] { JobTopic.Pay, JobTopic.Hours, JobTopic.Needs, JobTopic.Apply })
                foreach (var reply in cards.About(card, topic, explainDbs: true)) views.Add(new View($"role {card.Id} {topic}", reply));
            views.Add(new View($"role {card.Id} courses", courses.Count == 0
                ? new Reply { Text = messages.Get("details.no_courses") }
                : cards.CoursesFor(card.Title, courses)));
        }

        var courseCards = new List<CourseCard>();
        foreach (var record in data.Courses)
            courseCards.Add(await search.GetCourseAsync(record.Id, cancellationToken) ?? throw new InvalidOperationException($"No card for course {record.Id}."));
        foreach (var page in courseCards.Chunk(3).Concat(courseCards.Select(c => new[] { c })))
            views.Add(new View($"results with course {string.Join(", ", page.Select(c => c.Id))}",
                Page(messages, page.Select((c, i) => cards.ForSuggestion(Course(c), i + 1)).ToList())));
        // The same courses for a resident in Walsall: the nearest place first, how far, and the others.
        var near = new SuggestionCards(messages, new CoursePlaces(new CareerBot.SearchIndex.Places.PlaceFinder(data.Places)));
        var walsall = new PlaceAnswer("Walsall", "Walsall", "WS1", 5);
        foreach (var page in courseCards.Chunk(3))
            views.Add(new View($"results with course {string.Join(", ", page.Select(c => c.Id))} near Walsall",
                Page(messages, page.Select((c, i) => near.ForSuggestion(Course(c), i + 1, home: walsall)).ToList())));
        // The menu after the results, for jobs, courses and both.
        var questions = new Questions(messages);
        foreach (var shownKinds in new[] { new[] { "role" }, ["course"], ["role", "course"] })
        {
            var menu = questions.ResultsMenu(new ConversationFacts
            {
                Shown = [.. shownKinds.Select((k, i) => new ShownResult(k, k + i, "x"))], ResultsTotal = 9,
                ResultsCourses = shownKinds.Contains("course") ? shownKinds.Length == 1 ? 9 : 3 : 0,
            });
            views.Add(new View($"results menu for {string.Join(" and ", shownKinds)}", new Reply
            {
                Text = messages.Get(menu.MessageKey), Choices = [.. menu.Choices.Select(c => new Choice(c.Label, c.Value))], ExpectsInput = true,
            }));
        }
        var courseTitles = data.Courses.ToDictionary(c => c.Id, c => c.Title, StringComparer.Ordinal);
        var answers = new CourseAnswers(messages, near.Places);
        // A resident in Walsall, and one with no place; plain questions, and ones that ask each part the answers can say is not known.
        PlaceAnswer?[] homes = [new PlaceAnswer("Walsall", "Walsall", "WS1", 5), null];
        string[] asks = ["", "can i do it online or in the evening full time or part time at the weekend how many hours a week", "am i too old can i join with my english"];
        foreach (var card in courseCards)
        {
            views.Add(new View($"course {card.Id} details", cards.CourseDetails(card)));
            views.Add(new View($"course {card.Id} courses", cards.CoursesFor(card.Title, [card])));
            // Answers to "is it free?", "how long?", "where?", "evenings?", "what do I need?", "what job after?", "how do I join?".
            var jobs = card.LeadsToRoleIds.Select(id => titles.GetValueOrDefault(id)).OfType<string>().ToList();
            var next = card.LeadsToCourseIds.Select(id => courseTitles.GetValueOrDefault(id)).OfType<string>().ToList();
            foreach (var topic in new[] { JobTopic.Cost, JobTopic.Length, JobTopic.Where, JobTopic.Study, JobTopic.Needs, JobTopic.LeadsTo, JobTopic.Apply })
                foreach (var home in homes)
                    foreach (var asked in asks)
                        foreach (var reply in answers.About(card, topic, asked, home, jobs, next)) views.Add(new View($"course {card.Id} {topic}", reply));
        }
        return views;
    }

    private static Reply Page(MessageCatalogue messages, IReadOnlyList<ReplyCard> cards) => new()
    {
        Text = cards.Count == 1 ? messages.Get("results.found_one") : messages.Format("results.found", new Dictionary<string, string>
        {
            ["count"] = "12", ["shown"] = cards.Count.ToString(CultureInfo.InvariantCulture),
        }),
        Cards = cards,
    };

    /// <summary>
    /// A job the resident can start now, found by one of its other names, at hours and a place that fit. The card
    /// quotes the resident's own words back ("You said ..."); we do not write those, so the view uses an other
    /// name in common words, and the measure judges the text around it.
    /// </summary>
    private static Suggestion CanStart(RoleCard role) => new()
    {
        Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role, CanStartNow = true,
        Why =
        [
            new MatchReason(MatchKind.Interest, role.OtherNames.FirstOrDefault(n => n.Length <= 30 && n.Split(' ').All(PlainEnglishMeasure.IsKnown)) ?? role.Family, "other names"),
            new MatchReason(MatchKind.Hours, "nights", "hours"),
            new MatchReason(MatchKind.Travel, "5 miles", "place"),
        ],
    };

    /// <summary>A job the resident needs a course for first, shown as a first step to a job it leads to.</summary>
    private static Suggestion NotYet(RoleCard role, IReadOnlyList<CourseCard> courses, Dictionary<string, string> titles) => new()
    {
        Kind = ResultKind.Role, Id = role.Id, Title = role.Title, Score = 1, Role = role, CanStartNow = false,
        Pathway = courses.FirstOrDefault(),
        Why =
        [
            new MatchReason(MatchKind.Qualification, role.ProgressionIds.Select(id => titles.GetValueOrDefault(id)).OfType<string>().FirstOrDefault() ?? role.Title, "progression"),
            new MatchReason(MatchKind.Qualification, "Level 2", "level"),
        ],
    };

    private static Suggestion Course(CourseCard course) => new()
    {
        Kind = ResultKind.Course, Id = course.Id, Title = course.Title, Score = 1, Course = course,
        Why = [new MatchReason(MatchKind.Interest, course.Kind, "kind"), new MatchReason(MatchKind.Travel, "5 miles", "place")],
    };
}

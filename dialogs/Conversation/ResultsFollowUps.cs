using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// What residents say at the results menu in their own words: a job by number or name ("number 2", "the cleaner
/// job"), a question about a job ("how much does it pay?"), or other work ("any jobs in a kitchen?"). Answers about
/// one job, and keeps which job we talk about (<see cref="ConversationFacts.Current"/>).
/// </summary>
public sealed partial class ResultsFollowUps(ICatalogueSearch search, Questions q, SuggestionCards cards)
{
    /// <summary>The purpose of a "Which job do you mean?" question, followed by the <see cref="JobTopic"/> asked about.</summary>
    public const string WhichPurpose = "which:";

    private readonly JobNames _names = new(search);
    private readonly ChoiceRecognizer _choice = new();

    /// <summary>What to do after the resident's own words were read.</summary>
    public enum Outcome { Done, AskedWhich, NewWords, Menu, NotUnderstood }

    /// <summary>Understands one follow-up and answers it. <see cref="Outcome.NewWords"/>: the caller shows new results for the changed answers.</summary>
    /// <remarks><paramref name="waiting"/>: the question a "Which job?" was asked for; it is answered when the words name a job but ask nothing else.</remarks>
    public async Task<(Outcome Outcome, string? Menu)> HandleAsync(DialogContext dc, string text, PromptSpec menu, JobTopic waiting, CancellationToken cancellationToken)
    {
        var n = PromptWords.Normalise(text);
        // At "Which job?", a menu button in words ("more jobs", "change an answer"): the resident moves on.
        if (waiting != JobTopic.None && CareerPromptRecognizer.MenuWords(menu, n) is { } button)
            return (Outcome.Menu, button);
        // "ok", "yes", "no", "that's great": the resident has read the results; no search, no "Sorry", the menu again.
        if (IsAcknowledgement(n))
        {
            dc.Say("results.ok");
            return (Outcome.Done, null);
        }
        var said = FollowUpReader.Read(text);
        // The same rules as the first answer: words after "not", "no", "anything but" are not searched for.
        var wish = WorkWords.Read(text);
        if (wish.NotWords.Count > 0) said = said with { Words = [.. said.Words.Where(w => !wish.NotWords.Contains(w))] };
        var facts = dc.State.Facts;
        var shown = facts.Shown;
        // What to answer about a job the words point at; the checks below still go by what the words themselves ask.
        var topic = said.Topic == JobTopic.None ? waiting : said.Topic;

        // 1. A job on screen by its number: "number 2", "the second one", "how much is job 3".
        if (said.Pick is { } pick)
        {
            var k = pick == int.MaxValue ? shown.Count : pick;
            if (k >= 1 && k <= shown.Count)
            {
                await AnswerAsync(dc, shown[k - 1], topic, cancellationToken);
                return (Outcome.Done, null);
            }
            if (shown.Count > 0 && said.Words.Count == 0)
            {
                dc.Say("results.no_such_job", new Dictionary<string, string> { ["count"] = shown.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                return (Outcome.Done, null);
            }
        }

        // "which one is best", "what should i pick": the resident asks which job on screen to choose, not for new work.
        if (said.Pick is null && said.Topic == JobTopic.None && AsksWhichIsBest().IsMatch(n))
        {
            dc.Say("results.best");
            return (Outcome.Done, null);
        }

        // Work we have no jobs in ("any jobs with children?"): say so plainly.
        if (wish.NotOurs is not null && said.Topic is JobTopic.None or JobTopic.Details)
        {
            dc.Say("interest.not_ours");
            return (Outcome.Done, null);
        }
        // Only what is not wanted ("anything but cleaning"): all kinds of work but that one.
        if (wish.Words.Count == 0 && wish.NotKinds.Count > 0 && said.Topic == JobTopic.None && said.Pick is null)
            return (Outcome.NewWords, "");

        // 2. Other work: "any jobs in a kitchen?", "I want driving instead".
        if (said.AsksForWork && said.Topic == JobTopic.None && said.Words.Count > 0 && await WorkWordsAsync(said.Words, cancellationToken))
            return (Outcome.NewWords, string.Join(' ', said.Words));

        // 3. A job by name, on screen or not: "tell me about the cleaner job", "how much does a porter earn".
        if (said.Words.Count > 0)
        {
            var named = await _names.FindAsync(said.Words, shown, cancellationToken);
            if (named.Count == 1)
            {
                await AnswerAsync(dc, AsShown(named[0], shown), topic, cancellationToken);
                return (Outcome.Done, null);
            }
            if (named.Count > 1)
            {
                await AskWhichAsync(dc, [.. named.Select(r => AsShown(r, shown))], topic, cancellationToken);
                return (Outcome.AskedWhich, null);
            }
            if (MenuPick(text, menu) is { } typo) return (Outcome.Menu, typo);
            // Words of work that name no one job: a new search with them ("cleaning", "something with computers").
            if (said.Topic is JobTopic.None or JobTopic.Details && await WorkWordsAsync(said.Words, cancellationToken))
                return (Outcome.NewWords, string.Join(' ', said.Words));
        }

        // 4. A question about the job we talk about: "how much does it pay", "which course do I need".
        if (said.Topic != JobTopic.None && (said.Words.Count == 0 || said.MeansCurrent || said.Topic != JobTopic.Details))
        {
            // Other words we could not place ("how much dey pay portor"): do not guess it is the last job.
            var current = said.Words.Count > 0 && !said.MeansCurrent ? null : facts.Current ?? (shown.Count == 1 ? shown[0] : null);
            if (current is not null)
            {
                await AnswerAsync(dc, current, topic, cancellationToken);
                return (Outcome.Done, null);
            }
            if (shown.Count > 1)
            {
                await AskWhichAsync(dc, shown, topic, cancellationToken);
                return (Outcome.AskedWhich, null);
            }
        }

        // 5. A button's words with a typo ("mor jobs").
        if (MenuPick(text, menu) is { } pickedButton) return (Outcome.Menu, pickedButton);

        dc.Signal("unmatched", "results: " + string.Join(' ', said.Words));
        dc.Say("results.not_understood");
        dc.Say("results.you_can");
        return (Outcome.NotUnderstood, null);
    }

    private static readonly HashSet<string> AcknowledgementWords = new(StringComparer.Ordinal)
    {
        "ok", "okay", "okey", "k", "kk", "yes", "yeah", "yea", "yep", "ya", "ye", "no", "nope", "nah", "cool", "great", "good",
        "nice", "fine", "alright", "right", "sure", "hmm", "um", "erm", "oh", "ah", "lol", "thats", "that", "is", "its", "very",
        "so", "looks", "sounds", "interesting", "wow", "got", "understand", "understood", "see", "i", "and",
    };

    /// <summary>Only words that take note ("ok", "yes", "thats great", "i see"; normalised), none that ask or name anything.</summary>
    private static bool IsAcknowledgement(string normalised) =>
        normalised.Length > 0 && normalised.Split(' ').All(AcknowledgementWords.Contains);

    /// <summary>A menu button named with a typo ("mor jobs", "strat again"), when the fuzzy match is sure.</summary>
    private string? MenuPick(string text, PromptSpec menu)
    {
        var options = menu.Choices.Select(c => new ChoiceOption(c.Label, c.Value, c.Synonyms)).ToList();
        var heard = _choice.Recognise(text, options);
        return heard.Succeeded && !heard.IsAmbiguous && heard.Confidence >= CareerPromptRecognizer.ConfirmBelow && heard.Value >= 0 && heard.Value < options.Count
            ? menu.Choices[heard.Value].Value
            : null;
    }

    /// <summary>A job from a "role:id" or "course:id" button, or a number on screen.</summary>
    public static ShownResult? Target(string choice, IReadOnlyList<ShownResult> shown)
    {
        if (int.TryParse(choice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return n >= 1 && n <= shown.Count ? shown[n - 1] : null;
        var colon = choice.IndexOf(':');
        if (colon <= 0) return null;
        var (kind, id) = (choice[..colon], choice[(colon + 1)..]);
        return kind is "role" or "course" && id.Length > 0
            ? shown.FirstOrDefault(s => s.Kind == kind && s.Id == id) ?? new ShownResult(kind, id, "")
            : null;
    }

    /// <summary>Answers one question about one job and remembers the job as the one we talk about.</summary>
    public async Task AnswerAsync(DialogContext dc, ShownResult target, JobTopic topic, CancellationToken cancellationToken)
    {
        dc.Signal("followup", topic == JobTopic.None ? "details" : topic.ToString().ToLowerInvariant());
        if (topic == JobTopic.Courses)
        {
            await ShowCoursesAsync(dc, target, cancellationToken);
            return;
        }
        if (target.Kind == "course")
        {
            if (await search.GetCourseAsync(target.Id, cancellationToken) is { } course)
            {
                dc.State.Facts = dc.State.Facts with { Current = target with { Title = course.Title } };
                dc.Send(cards.CourseDetails(course));
            }
            return;
        }
        if (await search.GetRoleAsync(target.Id, cancellationToken) is not { } role) return;
        dc.State.Facts = dc.State.Facts with { Current = new ShownResult("role", role.Id, role.Title) };
        if (topic is JobTopic.None or JobTopic.Details) dc.Signal("details", role.Id);
        var explainDbs = role.DbsCheck && !dc.State.Facts.Explained.Contains("dbs") && topic is JobTopic.None or JobTopic.Details or JobTopic.Needs;
        if (explainDbs) dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, "dbs"] };
        foreach (var reply in cards.About(role, topic, explainDbs, dc.State.Answers.Place)) dc.Send(reply);
        if (topic == JobTopic.Pay && role.AfcBand is { Length: > 0 }) Explain(dc, "band");
    }

    public async Task ShowCoursesAsync(DialogContext dc, ShownResult shown, CancellationToken cancellationToken)
    {
        var title = shown.Title;
        if (title.Length == 0)
            title = shown.Kind == "course"
                ? (await search.GetCourseAsync(shown.Id, cancellationToken))?.Title ?? ""
                : (await search.GetRoleAsync(shown.Id, cancellationToken))?.Title ?? "";
        if (title.Length == 0) return;
        dc.State.Facts = dc.State.Facts with { Current = shown with { Title = title } };
        var courses = shown.Kind == "course"
            ? (await search.GetCourseAsync(shown.Id, cancellationToken) is { } one ? [one] : [])
            : await search.CoursesForRoleAsync(shown.Id, cancellationToken);
        if (courses.Count == 0)
        {
            dc.Say("details.no_courses");
            return;
        }
        dc.Signal("courses", shown.Id);
        dc.Send(cards.CoursesFor(title, courses));
        if (courses.Take(SuggestionCards.MaxCourses).Any(c => c.Kind.Contains("apprenticeship", StringComparison.OrdinalIgnoreCase))) Explain(dc, "apprenticeship");
    }

    /// <summary>Explains a jargon word the first time the conversation uses it.</summary>
    public static void Explain(DialogContext dc, string term)
    {
        if (dc.State.Facts.Explained.Contains(term)) return;
        dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, term] };
        dc.Say("explain." + term);
    }

    private Task<DialogTurnResult> AskWhichAsync(DialogContext dc, IReadOnlyList<ShownResult> jobs, JobTopic topic, CancellationToken cancellationToken)
    {
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = WhichPurpose + topic } });
        return dc.PromptAsync(q.WhichOf(jobs), cancellationToken);
    }

    /// <summary>True when the catalogue has jobs for these words (not only words it does not know).</summary>
    private async Task<bool> WorkWordsAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var found = await search.SearchAsync(new SearchProfile { Text = string.Join(' ', words), Limit = 1 }, cancellationToken);
        return found.Total > 0 && found.UnmatchedWords.Count < words.Count;
    }

    private static ShownResult AsShown(RoleCard role, IReadOnlyList<ShownResult> shown) =>
        shown.FirstOrDefault(s => s.Kind == "role" && s.Id == role.Id) ?? new ShownResult("role", role.Id, role.Title);

    /// <summary>"which one is best", "which job should i do", "what do you recommend", "which is better for me".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:which|what|wich|wat)(?: one| job| jobs| of them| of these| is| would| should| do| can)*\b.*\b(?:best|better|good for me|right for me|recommend|suggest|should i (?:pick|choose|do|take|go for|apply))\b|\bwhat do you (?:recommend|suggest|think)\b")]
    private static partial System.Text.RegularExpressions.Regex AsksWhichIsBest();
}

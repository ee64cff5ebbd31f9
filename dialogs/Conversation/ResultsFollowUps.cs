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
    private readonly CourseNames _courses = new(search);
    private readonly CourseAnswers _courseAnswers = new(cards.Messages, cards.Places);
    private readonly ChoiceRecognizer _choice = new();
    private readonly ShownJobs _shownJobs = new(search, cards);

    /// <summary>A question about a job or a course: what it asks of a job, and of a course ("how much": pay, cost).</summary>
    /// <param name="Job">What it asks of a job.</param>
    /// <param name="Course">What it asks of a course; none: as of a job (pay is cost, hours are study times).</param>
    /// <param name="Which">When a "Which ... do you mean?" asks for it: which kinds its buttons were ("job", "course", "item").</param>
    public readonly record struct Question(JobTopic Job, JobTopic Course = JobTopic.None, string? Which = null)
    {
        public bool IsNone => Job == JobTopic.None && Course == JobTopic.None;

        /// <summary>For a frame's purpose: "Pay", "Pay/Cost" when it asks something else of a course, then "@course" for the buttons' kinds.</summary>
        public override string ToString() => (Course == JobTopic.None ? Job.ToString() : Job + "/" + Course) + (Which is null ? "" : "@" + Which);

        /// <summary>The question a purpose written by <see cref="ToString"/> keeps; null when it is not one.</summary>
        public static Question? Parse(string text)
        {
            var at = text.IndexOf('@', StringComparison.Ordinal);
            var which = at < 0 ? null : text[(at + 1)..];
            if (at >= 0) text = text[..at];
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            var job = slash < 0 ? text : text[..slash];
            if (!Enum.TryParse<JobTopic>(job, out var j) || !Enum.IsDefined(j) || job.Contains(',', StringComparison.Ordinal)) return null;
            var course = slash >= 0 && Enum.TryParse<JobTopic>(text[(slash + 1)..], out var c) && Enum.IsDefined(c) ? c : JobTopic.None;
            return new Question(j, course, which);
        }
    }

    /// <summary>What to do after the resident's own words were read.</summary>
    public enum Outcome { Done, AskedWhich, NewWords, Menu, NotUnderstood }

    /// <summary>Understands one follow-up and answers it. <see cref="Outcome.NewWords"/>: the caller shows new results for the changed answers.</summary>
    /// <remarks><paramref name="waiting"/>: the question a "Which job?" was asked for; it is answered when the words name a job but ask nothing else.</remarks>
    public Task<(Outcome Outcome, string? Menu)> HandleAsync(DialogContext dc, string text, PromptSpec menu, JobTopic waiting, CancellationToken cancellationToken) =>
        HandleAsync(dc, text, menu, new Question(waiting), cancellationToken);

    /// <inheritdoc cref="HandleAsync(DialogContext, string, PromptSpec, JobTopic, CancellationToken)"/>
    public async Task<(Outcome Outcome, string? Menu)> HandleAsync(DialogContext dc, string text, PromptSpec menu, Question waiting, CancellationToken cancellationToken)
    {
        var n = PromptWords.Normalise(text);
        // At "Which job?", a menu button in words ("more jobs", "change an answer"): the resident moves on.
        if (!waiting.IsNone && CareerPromptRecognizer.MenuWords(menu, n) is { } button)
            return (Outcome.Menu, button);
        // "ok", "yes", "no", "that's great": the resident has read the results; no search, no "Sorry", the menu again.
        if (IsAcknowledgement(n))
        {
            dc.Say("results.ok");
            return (Outcome.Done, null);
        }
        var said = FollowUpReader.Read(text);
        // "any near me", "is there anything closer", "which one is nearest": where the results are, for where they live.
        // Where the one we talk about is ("which college near me" after a course) is that one's question.
        if (said.AsksNear && said.Pick is null && said.Words.Count == 0 && dc.State.Facts.Shown.Count > 0
            && !(dc.State.Facts.Current is not null && (said.Topic == JobTopic.Where || said.CourseTopic == JobTopic.Where)))
        {
            await SayHowNearAsync(dc, dc.State.Facts.Shown, cancellationToken);
            return (Outcome.Done, null);
        }
        // The same rules as the first answer: words after "not", "no", "anything but" are not searched for.
        var wish = WorkWords.Read(text);
        if (wish.NotWords.Count > 0) said = said with { Words = [.. said.Words.Where(w => !wish.NotWords.Contains(w))] };
        // Only what is not wanted ("anything but cleaning", "no more cleaning jobs"): that work is left out, before its
        // words can name a job on screen ("the cleaning one").
        if (wish.Words.Count == 0 && wish.NotKinds.Count > 0 && wish.NotOurs is null && said.Topic is JobTopic.None or JobTopic.Details && said.Pick is null)
            return (Outcome.NewWords, "");
        var facts = dc.State.Facts;
        var shown = facts.Shown;
        // What to answer about a job the words point at; the checks below still go by what the words themselves ask.
        var topic = said.Topic == JobTopic.None ? waiting.Job : said.Topic;
        // And about a course: what the words ask of one, else what "Which course?" was asked for.
        var asked = new Question(topic, said.CourseTopic != JobTopic.None ? said.CourseTopic : said.Topic == JobTopic.None ? waiting.Course : JobTopic.None);
        // A question about a course ("is it free", "can i go in the evening") while courses are on screen or talked about:
        // its words ("evening") are not work to look for, and do not name a course.
        // The courses just listed for the job we talk about ("what course do i need for the first one") count as on screen.
        var listed = facts.ListedNow();
        var courseFocus = facts.Current?.Kind == "course" || shown.Any(s => s.Kind == "course") || listed.Count > 0;
        var courseAsk = courseFocus && said.CourseTopic is not (JobTopic.None or JobTopic.Details);
        // A course's question about "it" with only jobs on screen or talked about ("how long is it", "does it cost anything"):
        // it asks of the job (its hours, its pay).
        // With courses on screen too, "it" is still the job just talked about when a job has that too ("is it near me":
        // where; "how long is it": hours); what only a course has ("is it free") means a course.
        var jobAsk = said.Topic == JobTopic.None && said.CourseTopic is not (JobTopic.None or JobTopic.Details)
            && (said.MeansCurrent || (said.NameWords.Count == 0 && said.Pick is null && facts.Current?.Kind == "role"))
            && (!courseFocus || (facts.Current?.Kind == "role" && listed.Count == 0 && said.CourseTopic is JobTopic.Where or JobTopic.Length or JobTopic.Study or JobTopic.Apply or JobTopic.Needs));
        var nameWords = courseAsk || jobAsk ? said.NameWords : said.Words;
        // Courses are named from those on screen and those just listed first.
        IReadOnlyList<ShownResult> onScreen = listed.Count > 0 ? [.. shown, .. listed] : shown;
        // "Which course do you mean?" asked just before: asked again, it says other words.
        var again = waiting.Which;

        // "which one pays more", "which ones are part time": answered from the jobs on screen, not a search or "Which job?".
        if (waiting.IsNone && await _shownJobs.CompareAsync(dc, n, said, shown, cancellationToken)) return (Outcome.Done, null);
        // "the kitchen one": the one on screen with that word in its names, before any job in the catalogue.
        if (said.Pick is null && await _shownJobs.NamedOnScreenAsync(n, onScreen, cancellationToken) is { } namedOnScreen)
        {
            await AnswerAsync(dc, namedOnScreen, asked, cancellationToken);
            return (Outcome.Done, null);
        }

        // 1. A job on screen by its number: "number 2", "the second one", "how much is job 3"; after a job's courses,
        // "course 2", "the second course" is the second of those.
        if (said.Pick is { } coursePick && listed.Count > 0 && said.MentionsCourse && !said.Words.Contains("job") && !n.Contains("job", StringComparison.Ordinal))
        {
            var k = coursePick == int.MaxValue ? listed.Count : coursePick;
            if (k >= 1 && k <= listed.Count)
            {
                await AnswerAsync(dc, listed[k - 1], asked, cancellationToken);
                return (Outcome.Done, null);
            }
        }
        if (said.Pick is { } pick)
        {
            var k = pick == int.MaxValue ? shown.Count : pick;
            if (k >= 1 && k <= shown.Count)
            {
                await AnswerAsync(dc, shown[k - 1], asked, cancellationToken);
                return (Outcome.Done, null);
            }
            if (shown.Count > 0 && said.Words.Count == 0)
            {
                dc.Say("results.no_such_job", new Dictionary<string, string> { ["count"] = shown.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                return (Outcome.Done, null);
            }
        }

        // "which one is best", "what should i pick": the resident asks which job on screen to choose, not for new work.
        if (said.Pick is null && said.Topic == JobTopic.None && (AsksWhichIsBest().IsMatch(n) || Unsure().IsMatch(n)))
        {
            dc.Say("results.best");
            return (Outcome.Done, null);
        }

        // Work we have no jobs in ("any jobs with children?"): say so plainly.
        if (wish.NotOurs is not null && said.Topic is JobTopic.None or JobTopic.Details && !(courseAsk && said.CourseTopic == JobTopic.Help))
        {
            dc.Say(WorkWords.NotOursKey(wish.NotOurs));
            return (Outcome.Done, null);
        }
        // "none of these", "i dont like any of them": other work than on screen; the kind of work is asked again.
        if (said.NoneLiked && said.Pick is null && said.Topic == JobTopic.None && said.NameWords.All(AcknowledgementWords.Contains))
            return (Outcome.Menu, OtherWork);
        // "any other jobs?", "other options", "something else": more of the results, as the button.
        if (said.AsksForWork && said.Words.Count == 0 && said.Topic == JobTopic.None && said.Pick is null && !said.MentionsCourse && !said.AsksNear)
            return (Outcome.Menu, "more");

        // 2. Other work: "any jobs in a kitchen?", "I want driving instead"; "what about cleaning", unless the words name
        // one job ("what about porter jobs", "what about the theatre porter"), not only a thing in it.
        var aboutCurrentCourse = courseAsk && (said.MeansCurrent || facts.Current?.Kind == "course" || listed.Count > 0);
        var asksForWork = said.AsksForWork || (said.AsksAbout && said.Words.Count > 0 && !await NamesOneJobAsync(said.Words, shown, cancellationToken));
        if (asksForWork && said.Topic == JobTopic.None && said.Words.Count > 0 && !aboutCurrentCourse && await WorkWordsAsync(said.Words, cancellationToken))
            return (Outcome.NewWords, string.Join(' ', said.Words));

        // 3. A job or a course by name, on screen or not: "tell me about the cleaner job", "how much does a porter earn",
        // "is the gcse maths free". A course first when the words speak of one or only ask what a course is asked.
        if (nameWords.Count > 0)
        {
            // At "Which course do you mean?", words name one of its courses first.
            var coursesFirst = said.MentionsCourse || again == "course" || (said.CourseTopic is not (JobTopic.None or JobTopic.Details) && said.Topic == JobTopic.None);
            if (coursesFirst && await NamedCourseAsync(dc, nameWords, onScreen, asked, again, cancellationToken) is { } byCourse) return (byCourse, null);
            var named = await _names.FindAsync(nameWords, shown, cancellationToken);
            // About the course we talk about, a job counts only when the words are all in its names.
            if (aboutCurrentCourse) named = [.. named.Where(r => NamesAll(r, nameWords))];
            // "how much is the care certificate": the jobs found name only some of the words ("care"); a course may name them all.
            if (!coursesFirst && named.Count > 0 && (courseFocus || said.CourseTopic is not (JobTopic.None or JobTopic.Details))
                && !named.Any(r => NamesAll(r, nameWords))
                && await NamedCourseAsync(dc, nameWords, onScreen, asked, again, cancellationToken) is { } whole) return (whole, null);
            if (named.Count == 1)
            {
                await AnswerAsync(dc, AsShown(named[0], shown), asked, cancellationToken);
                return (Outcome.Done, null);
            }
            if (named.Count > 1)
            {
                await AskWhichAsync(dc, [.. named.Select(r => AsShown(r, shown))], asked, again, cancellationToken);
                return (Outcome.AskedWhich, null);
            }
            if (!coursesFirst && (courseFocus || said.CourseTopic is not (JobTopic.None or JobTopic.Details))
                && await NamedCourseAsync(dc, nameWords, onScreen, asked, again, cancellationToken) is { } course) return (course, null);
            if (MenuPick(text, menu) is { } typo) return (Outcome.Menu, typo);
            // A question about a course whose other words name no job and no course ("must i pay anything"): it is about
            // the course we talk about.
            if (aboutCurrentCourse) nameWords = [];
            // Words of work that name no one job: a new search with them ("cleaning", "something with computers").
            if (said.Topic is JobTopic.None or JobTopic.Details && !aboutCurrentCourse && await WorkWordsAsync(said.Words, cancellationToken))
                return (Outcome.NewWords, string.Join(' ', said.Words));
        }

        // 4. A question about the job or course we talk about: "how much does it pay", "which course do I need", "is it free".
        if ((said.Topic != JobTopic.None || courseAsk || jobAsk) && (nameWords.Count == 0 || said.MeansCurrent || said.Topic != JobTopic.Details))
        {
            // Other words we could not place ("how much dey pay portor"): do not guess it is the last job.
            var current = nameWords.Count > 0 && !said.MeansCurrent ? null : facts.Current ?? (shown.Count == 1 ? shown[0] : null);
            // Only a course's question ("is it free?") about a job: it means a course, unless no course is on screen.
            var courseOnly = said.Topic == JobTopic.None && !jobAsk;
            if (courseOnly && current?.Kind == "role") current = null;
            var options = courseOnly ? [.. shown.Where(s => s.Kind == "course")] : shown;
            // Just after a job's courses, "it" is one of them ("how long is it", "where is it", "can i do it part time"),
            // unless the words ask what only a job has (its pay) or the job itself.
            if (listed.Count > 0 && courseAsk && (nameWords.Count == 0 || said.MeansCurrent) && !AsksOfTheJob(said, n))
            {
                current = listed.Count == 1 ? listed[0] : null;
                options = listed;
            }
            if (current is null && options.Count == 1) current = options[0];
            if (current is not null)
            {
                await AnswerAsync(dc, current, asked, cancellationToken);
                return (Outcome.Done, null);
            }
            if (options.Count > 1 && await SameForAllAsync(dc, options, asked, cancellationToken)) return (Outcome.Done, null);
            if (options.Count > 1)
            {
                await AskWhichAsync(dc, options, asked, again, cancellationToken);
                return (Outcome.AskedWhich, null);
            }
        }

        // 5. A button's words with a typo ("mor jobs").
        if (MenuPick(text, menu) is { } pickedButton) return (Outcome.Menu, pickedButton);

        dc.Signal("unmatched", "results: " + string.Join(' ', said.Words));
        dc.Say("results.not_understood");
        dc.Say("results.you_can" + Questions.Kinds(shown) switch { "course" => ".course", "item" => ".item", _ => "" });
        return (Outcome.NotUnderstood, null);
    }

    /// <summary>
    /// The words ask about a course the results show or we talk about ("is it free?" after a course, "is number 2
    /// free", "how much is the gcse maths"): the results answer them for that course, not the general worry
    /// about what courses cost (<see cref="CommonQuestions"/>).
    /// </summary>
    public static bool AsksOfACourse(DialogState state, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Facts.ResultsSeen || !state.Stack.Exists(f => f.DialogId == ResultsDialog.DialogId)) return false;
        var facts = state.Facts;
        var shown = facts.Shown;
        if (facts.Current?.Kind == "course" || (shown.Count > 0 && shown.All(s => s.Kind == "course")) || facts.ListedNow().Count > 0) return true;
        var said = FollowUpReader.Read(text);
        if (said.Pick is { } pick && (pick == int.MaxValue ? shown.Count : pick) is var k && k >= 1 && k <= shown.Count) return shown[k - 1].Kind == "course";
        return said.NameWords.Count > 0 && shown.Any(s => s.Kind == "course"
            && said.NameWords.All(w => PromptWords.Normalise(s.Title).Split(' ').Any(t => JobNames.Alike(w, t))));
    }

    /// <summary>
    /// "is it free", "does it cost anything" about the job talked about, with no course on screen or listed: the
    /// results say a job costs nothing and what it pays, not the general worry about what courses cost.
    /// </summary>
    public static bool AsksWhatTheJobCosts(DialogState state, string text)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Facts.ResultsSeen || !state.Stack.Exists(f => f.DialogId == ResultsDialog.DialogId)) return false;
        var facts = state.Facts;
        if (facts.Current is not { Kind: "role" } || facts.Shown.Any(s => s.Kind == "course") || facts.ListedNow().Count > 0) return false;
        var said = FollowUpReader.Read(text);
        return said.MeansCurrent && said.Pick is null && said.NameWords.Count == 0 && !said.MentionsCourse;
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

    /// <summary>
    /// How near the results are to where the resident lives: for courses, the nearest place of each one on screen;
    /// for jobs, the place and distance they were looked for; and how to look nearer. With no home, how to give one.
    /// </summary>
    private async Task SayHowNearAsync(DialogContext dc, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        dc.Signal("followup", "near");
        var home = dc.State.Answers.Place;
        if (home is null || home.Name.Length == 0)
        {
            dc.Say("results.near.no_place");
            return;
        }
        var lines = new List<string>();
        foreach (var (s, i) in shown.Select((s, i) => (s, i + 1)))
        {
            if (s.Kind != "course" || await search.GetCourseAsync(s.Id, cancellationToken) is not { } course) continue;
            var places = cards.Places.Ordered(course, home);
            var number = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            lines.Add(places.Count == 0
                ? cards.Messages.Format("results.near.course.none", ("number", number), ("title", course.Title))
                : places[0].Miles is < 1.5
                    ? cards.Messages.Format("results.near.course.mile", ("number", number), ("title", course.Title), ("name", places[0].Place.Name))
                : places[0].Miles is { } miles
                    ? cards.Messages.Format("results.near.course", ("number", number), ("title", course.Title), ("name", places[0].Place.Name),
                        ("miles", Math.Max(1, Math.Round(miles)).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))
                    : cards.Messages.Format("results.near.course.unknown", ("number", number), ("title", course.Title), ("name", places[0].Place.Name)));
        }
        if (lines.Count > 0) dc.Send(new Reply { Text = cards.Messages.Get("results.near.courses") + "\n" + string.Join("\n", lines) });
        if (shown.Any(s => s.Kind == "role"))
        {
            var max = dc.State.Answers.MaxMiles ?? home.MaxMiles;
            dc.Say(max is > 0 and < 200 ? "results.near.jobs.miles" : "results.near.jobs", new Dictionary<string, string>
            {
                ["place"] = home.Name,
                ["miles"] = (max ?? 0).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        dc.Say("results.near.change");
    }

    /// <summary>The course the words name: answered when there is one, "Which course?" when there are a few; null when none.</summary>
    private async Task<Outcome?> NamedCourseAsync(DialogContext dc, IReadOnlyList<string> words, IReadOnlyList<ShownResult> shown, Question asked, string? again, CancellationToken cancellationToken)
    {
        var named = await _courses.FindAsync(words, shown, cancellationToken);
        if (named.Count == 1)
        {
            await AnswerAsync(dc, named[0], asked, cancellationToken);
            return Outcome.Done;
        }
        if (named.Count > 1)
        {
            await AskWhichAsync(dc, named, asked, again, cancellationToken);
            return Outcome.AskedWhich;
        }
        return null;
    }

    /// <summary>Answers one question about one job and remembers the job as the one we talk about.</summary>
    public Task AnswerAsync(DialogContext dc, ShownResult target, JobTopic topic, CancellationToken cancellationToken) =>
        AnswerAsync(dc, target, new Question(topic), cancellationToken);

    /// <summary>Answers one question about one job or course and remembers it as the one we talk about.</summary>
    public async Task AnswerAsync(DialogContext dc, ShownResult target, Question asked, CancellationToken cancellationToken)
    {
        if (target.Kind == "course")
        {
            await AnswerCourseAsync(dc, target, asked.Course != JobTopic.None ? asked.Course : OfCourse(asked.Job), cancellationToken);
            return;
        }
        var topic = asked.Job != JobTopic.None ? asked.Job : OfJob(asked.Course);
        dc.Signal("followup", topic == JobTopic.None ? "details" : topic.ToString().ToLowerInvariant());
        // "is it free", "does it cost anything" of a job: nothing to pay; what it pays follows.
        if (asked.Job == JobTopic.None && asked.Course == JobTopic.Cost) dc.Say("about.job_costs_nothing");
        if (topic == JobTopic.Courses)
        {
            await ShowCoursesAsync(dc, target, cancellationToken);
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

    /// <summary>What a job's question asks of a course: pay is its cost, hours its study times; its courses ("course 2"), the course itself.</summary>
    internal static JobTopic OfCourse(JobTopic job) => job switch
    {
        JobTopic.Pay => JobTopic.Cost,
        JobTopic.Hours => JobTopic.Study,
        JobTopic.None or JobTopic.Courses => JobTopic.Details,
        _ => job,
    };

    /// <summary>What a course's question asks of a job: cost is its pay, study times and length its hours.</summary>
    internal static JobTopic OfJob(JobTopic course) => course switch
    {
        JobTopic.Level => JobTopic.Needs,
        JobTopic.Help => JobTopic.Details,
        JobTopic.Cost => JobTopic.Pay,
        JobTopic.Study or JobTopic.Length => JobTopic.Hours,
        JobTopic.LeadsTo => JobTopic.Details,
        _ => course,
    };

    /// <summary>One answer about a course; "Tell me more" (and a course's courses) shows its card.</summary>
    private async Task AnswerCourseAsync(DialogContext dc, ShownResult target, JobTopic topic, CancellationToken cancellationToken)
    {
        dc.Signal("followup", topic.ToString().ToLowerInvariant());
        if (topic == JobTopic.Courses)
        {
            await ShowCoursesAsync(dc, target, cancellationToken);
            return;
        }
        if (await search.GetCourseAsync(target.Id, cancellationToken) is not { } course) return;
        dc.State.Facts = dc.State.Facts with { Current = target with { Title = course.Title } };
        if (topic is JobTopic.Details or JobTopic.None)
        {
            dc.Send(cards.CourseDetails(course, dc.State.Answers.Place));
            return;
        }
        var (jobs, next) = await LeadsToAsync(search, course, topic, cancellationToken);
        foreach (var reply in _courseAnswers.About(course, topic, dc.Turn.Text, dc.State.Answers.Place, jobs, next)) dc.Send(reply);
        if (topic == JobTopic.Apply && SuggestionCards.IsApprenticeship(course)) Explain(dc, "apprenticeship");
    }

    /// <summary>For a question of what a course leads to, the titles of the jobs and of the courses after it; else none.</summary>
    internal static async Task<(List<string> Jobs, List<string> Next)> LeadsToAsync(ICatalogueSearch search, CourseCard course, JobTopic topic,
        CancellationToken cancellationToken)
    {
        var jobs = new List<string>();
        var next = new List<string>();
        if (topic != JobTopic.LeadsTo) return (jobs, next);
        foreach (var id in course.LeadsToRoleIds)
            if (await search.GetRoleAsync(id, cancellationToken) is { } role) jobs.Add(role.Title);
        foreach (var id in course.LeadsToCourseIds)
            if (await search.GetCourseAsync(id, cancellationToken) is { } after) next.Add(after.Title);
        return (jobs, next);
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
        // Kept: "how long is it" next asks of these courses.
        if (shown.Kind == "role")
            dc.State.Facts = dc.State.Facts with
            {
                Listed = [.. courses.Take(SuggestionCards.MaxCourses).Select(c => new ShownResult("course", c.Id, c.Title))], ListedFor = shown.Id,
            };
        dc.Send(cards.CoursesFor(title, courses, dc.State.Answers.Place));
        if (courses.Take(SuggestionCards.MaxCourses).Any(SuggestionCards.IsApprenticeship)) Explain(dc, "apprenticeship");
    }

    /// <summary>Explains a jargon word the first time the conversation uses it.</summary>
    public static void Explain(DialogContext dc, string term)
    {
        if (dc.State.Facts.Explained.Contains(term)) return;
        dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, term] };
        dc.Say("explain." + term);
    }

    /// <summary>"Which job do you mean?" for <paramref name="asked"/>; in other words when <paramref name="again"/> holds the same kinds (asked just before).</summary>
    private Task<DialogTurnResult> AskWhichAsync(DialogContext dc, IReadOnlyList<ShownResult> jobs, Question asked, string? again, CancellationToken cancellationToken)
    {
        var kinds = Questions.Kinds(jobs);
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = WhichPurpose + (asked with { Which = kinds }) } });
        return dc.PromptAsync(q.WhichOf(jobs, again == kinds), cancellationToken);
    }

    /// <summary>True when the catalogue has jobs for these words (not only words it does not know).</summary>
    private async Task<bool> WorkWordsAsync(IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        var found = await search.SearchAsync(new SearchProfile { Text = string.Join(' ', words), Limit = 1 }, cancellationToken);
        // Everyday words the catalogue only uses to describe a job ("moon made of cheese": "made") name no work.
        return found.Total > 0 && found.UnmatchedWords.Count < words.Count && (found.WorkWords.Count > 0 || LearningWishes.AsksToLearn(string.Join(' ', words)));
    }

    /// <summary>
    /// After a job's courses, the words still ask of the job: its pay ("how much does it pay", not "do i have to pay for
    /// it"), the job itself ("tell me more"), or its courses again ("what courses", not "which college does it").
    /// </summary>
    private static bool AsksOfTheJob(FollowUp said, string normalised) => said.Topic switch
    {
        JobTopic.Pay => !FollowUpReader.AsksWhatItCosts(normalised),
        JobTopic.Details => true,
        JobTopic.Courses => said.CourseTopic is JobTopic.None or JobTopic.Details or JobTopic.Courses,
        _ => false,
    };

    /// <summary>The purpose <see cref="HandleAsync(DialogContext, string, PromptSpec, Question, CancellationToken)"/> gives for "none of these": the kind of work is asked again.</summary>
    public const string OtherWork = "other-work";

    /// <summary>The words name one job, as a job is named ("porter"), not only by a place or thing in it ("cleaning" of a cleaning supervisor).</summary>
    private async Task<bool> NamesOneJobAsync(IReadOnlyList<string> words, IReadOnlyList<ShownResult> shown, CancellationToken cancellationToken)
    {
        var named = await _names.FindAsync(words, shown, cancellationToken);
        return named.Count == 1 && JobNames.NamesTheJob(named[0], words);
    }

    /// <summary>Every word is in the job's title or one of its other names.</summary>
    internal static bool NamesAll(RoleCard role, IReadOnlyList<string> words)
    {
        // Small words ("with", "and") name nothing: "wich" is not "with".
        var names = role.OtherNames.Prepend(role.Title).SelectMany(n => PromptWords.Normalise(n).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(v => v.Length > 4 || v is not ("with" or "and" or "the" or "for" or "from" or "in" or "of" or "a" or "an" or "to" or "at" or "on" or "or")).ToList();
        return words.All(w => names.Any(v => JobNames.Alike(w, v)));
    }

    private static ShownResult AsShown(RoleCard role, IReadOnlyList<ShownResult> shown) =>
        shown.FirstOrDefault(s => s.Kind == "role" && s.Id == role.Id) ?? new ShownResult("role", role.Id, role.Title);

    /// <summary>"which one is best", "which job should i do", "what do you recommend", "which is better for me".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:which|what|wich|wat)(?: one| job| jobs| of them| of these| is| would| should| do| can)*\b.*\b(?:best|better|good for me|right for me|recommend|suggest|should i (?:pick|choose|do|take|go for|apply))\b|\bwhat do you (?:recommend|suggest|think)\b")]
    private static partial System.Text.RegularExpressions.Regex AsksWhichIsBest();

    /// <summary>"im not sure", "dont know", "idk", "no idea what to do": which to pick, said as doubt.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:hmm|um|erm|well|ok|so) )*(?:(?:im|i am|i m|i) )?(?:not (?:really )?sure|unsure|dont know|do not know|dunno|idk|no idea)(?: (?:yet|really|now|what to do|which one|which|what i want|what to pick|what to choose))?$")]
    private static partial System.Text.RegularExpressions.Regex Unsure();
}

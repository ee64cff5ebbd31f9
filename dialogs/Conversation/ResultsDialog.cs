using CareerBot.Dialogs.Recognizers;
using System.Globalization;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Shows the top suggestions as cards, then offers: more about a job, more jobs, courses,
/// change an answer, start again. Stays on the stack until the resident moves on.
/// </summary>
public sealed class ResultsDialog(ICatalogueSearch search, Questions q, SuggestionCards cards) : Dialog(DialogId)
{
    private readonly ResultsFollowUps _followUps = new(search, q, cards);

    public const string DialogId = "results";
    private const int PageSize = 3;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // Words that ask to learn ("english class") are looked up as courses: say so, not "jobs".
        dc.Say(LearningWishes.AsksForJobToo(dc.State.Answers.InterestText) ? "results.searching.both"
            : LearningWishes.AsksToLearn(dc.State.Answers.InterestText) ? "results.searching.courses" : "results.searching");
        await ShowPageAsync(dc, dc.State.Facts.ResultsOffset, cancellationToken);
        return await AskMenuAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, PromptAnswer? result, CancellationToken cancellationToken)
    {
        var purpose = dc.ActiveFrame!.Values.Purpose;
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = null } });
        var choice = result?.Choice ?? "";
        // Courses only were wanted, and now jobs too ("and jobs?", "what about work"): jobs and courses both, in turn.
        // Not a button in words ("more jobs"), nor a question about a course ("what job can i get after it").
        if (purpose is null && result is { GaveUp: false } && CourseSeeker.AsksForJobs(result.Text) && CourseSeeker.Only(dc.State.Answers)
            && CareerPromptRecognizer.MenuWords(q.ResultsMenu(dc.State.Facts), PromptWords.Normalise(result.Text)) is null
            && FollowUpReader.Read(result.Text) is { Topic: JobTopic.None, CourseTopic: JobTopic.None, Pick: null, MeansCurrent: false })
        {
            dc.State.Answers = dc.State.Answers with { InterestText = dc.State.Answers.InterestText + CourseSeeker.JobsToo };
            dc.Say("results.jobs_too");
            await ShowPageAsync(dc, 0, cancellationToken);
            return await AskMenuAsync(dc, cancellationToken);
        }

        // The question a "Which job?" answer is for: more about a job, its courses, or what was asked ("how much?").
        var waiting = purpose switch
        {
            "which" => new ResultsFollowUps.Question(JobTopic.Details),
            "which-courses" => new ResultsFollowUps.Question(JobTopic.Courses),
            { } asked when asked.StartsWith(ResultsFollowUps.WhichPurpose, StringComparison.Ordinal) => ResultsFollowUps.Question.Parse(asked[ResultsFollowUps.WhichPurpose.Length..]),
            _ => null,
        };
        if (waiting is { } pending && choice != CareerPromptRecognizer.SaidChoice)
        {
            // A button, or a job named surely: "how do I apply for the porter job" asks its own question.
            if (result is { GaveUp: false, Choice: { } picked } && ResultsFollowUps.Target(picked, dc.State.Facts.Shown) is { } target)
            {
                var own = FollowUpReader.Read(result.Text);
                await _followUps.AnswerAsync(dc, target, own.Topic == JobTopic.None && own.CourseTopic == JobTopic.None
                    ? pending : new ResultsFollowUps.Question(own.Topic, own.CourseTopic), cancellationToken);
            }
            return await AskMenuAsync(dc, cancellationToken);
        }
        if (choice == CareerPromptRecognizer.SaidChoice)
        {
            // Own words at the menu, or instead of a button at "Which job?" (then a job they name answers that question).
            var (outcome, menuChoice) = await _followUps.HandleAsync(dc, result?.Text ?? "", q.ResultsMenu(dc.State.Facts),
                waiting ?? default, cancellationToken);
            switch (outcome)
            {
                case ResultsFollowUps.Outcome.AskedWhich:
                    return DialogTurnResult.Waiting;
                case ResultsFollowUps.Outcome.NewWords:
                    await NewWordsAsync(dc, menuChoice!, cancellationToken);
                    return await AskMenuAsync(dc, cancellationToken);
                case ResultsFollowUps.Outcome.Menu:
                    choice = menuChoice!;
                    break;
                default:
                    return await AskMenuAsync(dc, cancellationToken);
            }
        }
        if (purpose == "change")
        {
            if (result is { GaveUp: false, Choice: { } question })
            {
                var target = question switch { "qualifications" => "qualifications", "hours" => "hours", "place" => "place", _ => "interest" };
                // Straight back to the results only when the resident has seen them already.
                return await ((MainDialog)dc.Dialogs.Get(MainDialog.DialogId)).JumpToAsync(dc, target, dc.State.Facts.ResultsSeen, cancellationToken);
            }
            return await AskMenuAsync(dc, cancellationToken);
        }

        var shown = dc.State.Facts.Shown;
        switch (choice)
        {
            case "more":
                var next = dc.State.Facts.ResultsOffset + PageSize;
                if (next >= dc.State.Facts.ResultsTotal)
                    dc.Say(NoMore(dc.State.Facts));
                else
                    await ShowPageAsync(dc, next, cancellationToken);
                return await AskMenuAsync(dc, cancellationToken);
            case "details" or "courses" when shown.Count == 1:
                choice += ":1";
                break;
            case "details" or "courses" when shown.Count > 1:
                dc.UpdateActive(f => f with { Values = f.Values with { Purpose = choice == "details" ? "which" : "which-courses" } });
                return await dc.PromptAsync(q.WhichJob(shown, courses: choice == "courses"), cancellationToken);
            case "change":
                dc.UpdateActive(f => f with { Values = f.Values with { Purpose = "change" } });
                return await dc.PromptAsync(q.ChangeWhich(), cancellationToken);
            case ResultsFollowUps.OtherWork:
                dc.Say("results.other_work");
                return await ((MainDialog)dc.Dialogs.Get(MainDialog.DialogId)).JumpToAsync(dc, "interest", true, cancellationToken);
            case "restart":
                dc.Say("restart.ok");
                return await ((MainDialog)dc.Dialogs.Get(MainDialog.DialogId)).RestartAsync(dc, cancellationToken);
        }

        var colon = choice.IndexOf(':');
        if (colon > 0 && int.TryParse(choice.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= shown.Count)
        {
            await _followUps.AnswerAsync(dc, shown[index - 1], choice.StartsWith("details", StringComparison.Ordinal) ? JobTopic.Details : JobTopic.Courses, cancellationToken);
        }
        return await AskMenuAsync(dc, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Send(new Reply
        {
            Text = dc.Messages.Get("ask.results"),
            Choices = q.ResultsMenu(dc.State.Facts).Choices.Select(c => new Choice(c.Label, c.Value)).ToList(),
            ExpectsInput = true,
        });
        return Task.CompletedTask;
    }

    private Task<DialogTurnResult> AskMenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.PromptAsync(q.ResultsMenu(dc.State.Facts), cancellationToken);

    /// <summary>
    /// New words of work at the results ("any jobs in a kitchen?"): the kind of work becomes those words, the other
    /// answers stay, and the first page of new results is shown. With no jobs for them, the old answers stay.
    /// </summary>
    private async Task NewWordsAsync(DialogContext dc, string words, CancellationToken cancellationToken)
    {
        // Kinds said as not wanted ("I want driving, not cleaning") are left out; no words: all kinds but those.
        var wish = WorkWords.Read(dc.Turn.Text);
        var before = dc.State.Answers;
        // Only work not wanted ("no more driving jobs"): the wish held stays, less that work ("driving and warehouse" is
        // "warehouse"); all kinds of work but that when nothing else was wished.
        var left = words.Length == 0 && wish.NotWords.Count > 0 ? NotWishes.Without(before.InterestText, wish.NotWords) : null;
        var keepWish = left is not null;
        var answers = NotWishes.Keep(keepWish
                ? before with { InterestText = left, InterestKey = before.InterestKey is { } key && wish.NotKinds.Contains(key) ? null : before.InterestKey, NoJobFor = null }
                : before with { InterestKey = null, InterestText = words.Length == 0 ? null : words, NoJobFor = null },
            wish.NotKinds, wish.NotWords, wish);
        SearchResults results;
        try
        {
            results = await search.SearchAsync(ProfileBuilder.From(answers, 0, PageSize), cancellationToken);
            // One of the kinds of work on the buttons ("driving"): its catalogue words find more than the word alone.
            if (results.Total == 0 && InterestKinds.All.FirstOrDefault(k => k.Synonyms.Contains(PromptWords.Normalise(words), StringComparer.Ordinal)) is { } kind)
            {
                var byKind = answers with { InterestKey = kind.Key, InterestText = null };
                var kindResults = await search.SearchAsync(ProfileBuilder.From(byKind, 0, PageSize), cancellationToken);
                if (kindResults.Total > 0) (answers, results) = (byKind, kindResults);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            dc.Say("results.broken");
            return;
        }
        dc.Signal("interest", "own words");
        if (results.Total == 0)
        {
            dc.Say("results.none_for_words", new Dictionary<string, string> { ["words"] = words });
            return;
        }
        if (keepWish)
            MainDialog.SayNotWanted(dc, wish.NotWords);
        else if (words.Length == 0 && wish.NotWords.Count > 0)
            dc.Say("interest.any_but", new Dictionary<string, string> { ["interest"] = NotWishes.Said(wish.NotWords)! });
        else if ((NoSuchJob.For(wish, results) ?? (NoSuchJob.Phrase(wish, results, dc.Turn.Text) is { Known: true } phrase ? phrase.Phrase : null)) is { } missing)
        {
            // "i want to be a doctor" at the results: said plainly, as at the first question.
            answers = answers with { NoJobFor = missing };
            dc.Say("interest.no_such_job", new Dictionary<string, string> { ["jobs"] = JobNames.Plural(missing) });
        }
        else if (LearningWishes.AsksToLearn(words))
            dc.Say("results.new_words.courses", new Dictionary<string, string> { ["words"] = words });
        else if (MainDialog.WishesSaid(words) is { } wishes)
            dc.Say("results.new_words.wishes", new Dictionary<string, string> { ["wishes"] = wishes });
        else
            dc.Say("results.new_words", new Dictionary<string, string> { ["words"] = words });
        if (!keepWish && words.Length > 0) MainDialog.SayNotWanted(dc, wish.NotWords);
        dc.State.Answers = answers;
        Show(dc, results, 0);
    }

    private async Task ShowPageAsync(DialogContext dc, int offset, CancellationToken cancellationToken)
    {
        var profile = ProfileBuilder.From(dc.State.Answers, offset, PageSize);
        SearchResults results;
        try
        {
            results = await search.SearchAsync(profile, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The index may be reloading or missing; say so plainly and keep the conversation.
            dc.Say("results.broken");
            dc.State.Facts = dc.State.Facts with { Shown = [], ResultsTotal = 0, ResultsCourses = 0, Current = null };
            return;
        }
        Show(dc, results, offset);
    }

    /// <summary>"There are no more jobs", or courses, as the results are.</summary>
    private static string NoMore(ConversationFacts facts) =>
        facts.ResultsCourses <= 0 ? "results.no_more" : facts.ResultsCourses >= facts.ResultsTotal ? "results.no_more_courses" : "results.no_more_mixed";

    private void Show(DialogContext dc, SearchResults results, int offset)
    {
        foreach (var word in results.UnmatchedWords) dc.Signal("unmatched", word);
        dc.State.Facts = dc.State.Facts with
        {
            ResultsOffset = offset,
            ResultsTotal = results.Total,
            ResultsCourses = results.Courses,
            ResultsSeen = true,
            AskedAbout = [],
            Shown = results.Items.Select(s => new ShownResult(s.Kind == ResultKind.Role ? "role" : "course", s.Id, s.Title)).ToList(),
            // "How much does it pay?" means the one job on screen; with several, we ask which.
            Current = results.Items.Count == 1 ? new ShownResult(results.Items[0].Kind == ResultKind.Role ? "role" : "course", results.Items[0].Id, results.Items[0].Title) : null,
        };
        if (results.Items.Count == 0)
        {
            dc.Say(offset == 0 ? LearningWishes.AsksToLearn(dc.State.Answers.InterestText) ? "results.none.courses" : "results.none" : NoMore(dc.State.Facts));
            return;
        }

        var count = results.Total.ToString(CultureInfo.InvariantCulture);
        var shownCount = results.Items.Count.ToString(CultureInfo.InvariantCulture);
        // Jobs, courses, or both: a course is never counted as a job.
        var kinds = results.Courses == 0 ? "" : results.Courses == results.Total ? "_courses" : "_mixed";
        var pageCourses = results.Items.Count(s => s.Kind == ResultKind.Course);
        var pageKinds = pageCourses == 0 ? "" : pageCourses == results.Items.Count ? "_courses" : "_mixed";
        var intro = offset > 0
            ? results.Items.Count == 1
                ? dc.Messages.Get(pageCourses == 1 ? "results.more_one_course" : "results.more_one")
                : dc.Messages.Format("results.more" + pageKinds, new Dictionary<string, string> { ["shown"] = shownCount })
            : results.Total == 1
                ? dc.Messages.Get(results.Courses == 1 ? "results.found_one_course" : "results.found_one")
                : dc.Messages.Format("results.found" + kinds, new Dictionary<string, string> { ["count"] = count, ["shown"] = shownCount });
        // Quote only the resident's own words back; after a button, say the kind of work they chose.
        var typed = dc.State.Answers.InterestText;
        // A job that takes years of study ("midwife"): what it needs, said plainly first.
        if (offset == 0)
            foreach (var line in StudyFirst.Lines(results, typed, dc.Messages)) dc.Send(new Reply { Text = line });
        // A sum asked for that no job shown pays: said plainly, and the jobs shown are the nearest.
        if (offset == 0 && dc.State.Answers.Pay is { MinYearly: { } min } pay
            && !results.Items.Any(s => s.Role is { } r && (r.PayHigh ?? r.PayLow) >= min))
            dc.Say("pay.none_reach", new Dictionary<string, string> { ["pay"] = pay.Said });
        var kindName = InterestKinds.Find(dc.State.Answers.InterestKey) is { } kind ? dc.Messages.Get(kind.NameKey) : null;
        dc.Send(new Reply
        {
            Text = intro,
            Cards = results.Items.Select((s, i) => cards.ForSuggestion(s, i + 1, typed, kindName, dc.State.Answers.Place, dc.State.Answers.NoJobFor,
                dc.State.Answers.Workplace is { Kind: EmployerKind.College } college ? college.Name : null)).ToList(),
        });
        foreach (var s in results.Items) dc.Signal("shown", s.Id);
        if (results.Items.Any(s => s.Role?.AfcBand is { Length: > 0 })) ResultsFollowUps.Explain(dc, "band");
        if (results.Items.Any(s => s.EnglishCourse is not null)) ResultsFollowUps.Explain(dc, "esol");
        if (results.Items.Any(SuggestionCards.ShowsApprenticeship)) ResultsFollowUps.Explain(dc, "apprenticeship");
    }
}

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
    public const string DialogId = "results";
    private const int PageSize = 3;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Say("results.searching");
        await ShowPageAsync(dc, dc.State.Facts.ResultsOffset, cancellationToken);
        return await AskMenuAsync(dc, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, PromptAnswer? result, CancellationToken cancellationToken)
    {
        var purpose = dc.ActiveFrame!.Values.Purpose;
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = null } });
        var choice = result?.Choice ?? "";

        if (purpose is "which" or "which-courses")
        {
            if (int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                choice = (purpose == "which" ? "details:" : "courses:") + n.ToString(CultureInfo.InvariantCulture);
            else
                return await AskMenuAsync(dc, cancellationToken);
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
                    dc.Say("results.no_more");
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
            case "restart":
                dc.Say("restart.ok");
                return await ((MainDialog)dc.Dialogs.Get(MainDialog.DialogId)).RestartAsync(dc, cancellationToken);
        }

        var colon = choice.IndexOf(':');
        if (colon > 0 && int.TryParse(choice.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= shown.Count)
        {
            if (choice.StartsWith("details", StringComparison.Ordinal))
                await ShowDetailsAsync(dc, shown[index - 1], cancellationToken);
            else
                await ShowCoursesAsync(dc, shown[index - 1], cancellationToken);
        }
        return await AskMenuAsync(dc, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Send(new Reply
        {
            Text = dc.Messages.Get("ask.results"),
            Choices = q.ResultsMenu(hasResults: dc.State.Facts.Shown.Count > 0).Choices.Select(c => new Choice(c.Label, c.Value)).ToList(),
            ExpectsInput = true,
        });
        return Task.CompletedTask;
    }

    private Task<DialogTurnResult> AskMenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.PromptAsync(q.ResultsMenu(hasResults: dc.State.Facts.Shown.Count > 0), cancellationToken);

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
            dc.State.Facts = dc.State.Facts with { Shown = [], ResultsTotal = 0 };
            return;
        }
        foreach (var word in results.UnmatchedWords) dc.Signal("unmatched", word);
        dc.State.Facts = dc.State.Facts with
        {
            ResultsOffset = offset,
            ResultsTotal = results.Total,
            ResultsSeen = true,
            Shown = results.Items.Select(s => new ShownResult(s.Kind == ResultKind.Role ? "role" : "course", s.Id, s.Title)).ToList(),
        };
        if (results.Items.Count == 0)
        {
            dc.Say(offset == 0 ? "results.none" : "results.no_more");
            return;
        }

        var count = results.Total.ToString(CultureInfo.InvariantCulture);
        var shownCount = results.Items.Count.ToString(CultureInfo.InvariantCulture);
        var intro = offset > 0
            ? results.Items.Count == 1 ? dc.Messages.Get("results.more_one") : dc.Messages.Format("results.more", new Dictionary<string, string> { ["shown"] = shownCount })
            : results.Total == 1
                ? dc.Messages.Get("results.found_one")
                : dc.Messages.Format("results.found", new Dictionary<string, string> { ["count"] = count, ["shown"] = shownCount });
        dc.Send(new Reply
        {
            Text = intro,
            Cards = results.Items.Select((s, i) => cards.ForSuggestion(s, i + 1)).ToList(),
        });
        foreach (var s in results.Items) dc.Signal("shown", s.Id);
        if (results.Items.Any(s => s.Role?.AfcBand is { Length: > 0 })) Explain(dc, "band");
        if (results.Items.Any(s => s.EnglishCourse is not null)) Explain(dc, "esol");
    }

    private async Task ShowDetailsAsync(DialogContext dc, ShownResult shown, CancellationToken cancellationToken)
    {
        if (shown.Kind == "course")
        {
            if (await search.GetCourseAsync(shown.Id, cancellationToken) is { } course)
                dc.Send(cards.CourseDetails(course));
            return;
        }
        if (await search.GetRoleAsync(shown.Id, cancellationToken) is not { } role) return;
        dc.Signal("details", role.Id);
        var explainDbs = role.DbsCheck && !dc.State.Facts.Explained.Contains("dbs");
        if (explainDbs) dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, "dbs"] };
        foreach (var reply in cards.RoleDetails(role, explainDbs)) dc.Send(reply);
    }

    private async Task ShowCoursesAsync(DialogContext dc, ShownResult shown, CancellationToken cancellationToken)
    {
        var courses = shown.Kind == "course"
            ? (await search.GetCourseAsync(shown.Id, cancellationToken) is { } one ? [one] : [])
            : await search.CoursesForRoleAsync(shown.Id, cancellationToken);
        if (courses.Count == 0)
        {
            dc.Say("details.no_courses");
            return;
        }
        dc.Signal("courses", shown.Id);
        dc.Send(cards.CoursesFor(shown.Title, courses));
        if (courses.Take(SuggestionCards.MaxCourses).Any(c => c.Kind.Contains("apprenticeship", StringComparison.OrdinalIgnoreCase))) Explain(dc, "apprenticeship");
    }

    /// <summary>Explains a jargon word the first time the conversation uses it.</summary>
    private static void Explain(DialogContext dc, string term)
    {
        if (dc.State.Facts.Explained.Contains(term)) return;
        dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, term] };
        dc.Say("explain." + term);
    }
}

using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A question about a job the resident names before the results: "how much do porters get paid?", "what does a
/// theatre porter do", "do i need qualifications to be a hca". It is answered from the catalogue, as the same
/// question is at the results (<see cref="ResultsFollowUps"/>), and the guided questions go on.
/// </summary>
/// <remarks>
/// Only a question counts: a question word first ("what", "how", "do", "is", "can"…), "how much", "what is/does",
/// "tell me about", or a question mark; and it must ask something (pay, hours, what you need, how to apply, where,
/// what the job is) about words that name one job, or a few jobs that share the name ("care worker").
/// "I need a job, I was a cleaner" and "do you have porter jobs" are not questions about a job.
/// </remarks>
public sealed partial class JobQuestions(ICatalogueSearch search, SuggestionCards cards)
{
    private readonly JobNames _names = new(search);
    private readonly CourseNames _courses = new(search);
    private readonly CourseAnswers _courseAnswers = new(cards.Messages, cards.Places);

    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "what", "whats", "wat", "wot", "wht", "how", "hw", "howmuch", "do", "does", "dose", "is", "are", "can", "could",
        "will", "would", "which", "where", "tell", "explain", "describe",
    };

    /// <summary>Words before the question that do not change it ("hi, how much…", "ok so what does…").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "ok", "okay", "so", "and", "but", "please", "pls", "plz", "sorry", "also", "um", "erm", "excuse", "me",
    };

    private static readonly string[] QuestionPhrases = [" how much ", " what is ", " what does ", " what do ", " tell me about ", " what are "];

    /// <summary>
    /// Answers a question about a named job and says true; false (nothing said) when the message is not one. The job
    /// talked about at the results (<see cref="ConversationFacts.Current"/>) is left as it was.
    /// </summary>
    public async Task<bool> AnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var normalised = PromptWords.Normalise(text);
        if (!IsQuestion(text, normalised)) return false;
        var said = FollowUpReader.Read(text);
        // "whats a phlebotomist": what the job is.
        if (said.Topic == JobTopic.None && AsksWhat(normalised)) said = said with { Topic = JobTopic.Details };
        // "how can i become a driver": what you need for the job.
        if (said.Topic is JobTopic.None or JobTopic.Apply && said.Words.Any(w => w is "become" or "becoming" or "becum"))
            said = said with { Topic = JobTopic.Needs };
        // "can i get a qualification in care", "how do i get qualified": a wish to learn, so the courses, not what the
        // jobs ask for. "what qualifications do i need" still asks what the jobs need.
        if (said.Topic == JobTopic.Needs && GetsQualified().IsMatch(normalised)) said = said with { Topic = JobTopic.Courses };
        // "are there courses for receptionists": courses for a job, not other work.
        if (said.Pick is not null || (said.AsksForWork && said.Topic != JobTopic.Courses)) return false;
        // "do you have jobs that are not cleaning": not a question about cleaning.
        var wish = WorkWords.Read(text);
        if (wish.NotWords.Count > 0 || wish.NotOurs is not null) return false;
        if (said.Topic is JobTopic.None or JobTopic.Courses || said.Words.Count == 0)
            return await AnswerCourseAsync(dc, said, cancellationToken);
        var found = await _names.FindAsync(said.Words, [], cancellationToken);
        // Only the jobs the words name, not those they only share a place or a thing with: "what is physiotherapy" is
        // the physiotherapist, not the therapy assistant who helps one.
        var roles = found.Where(r => JobNames.NamesTheJob(r, said.Words)).ToList();
        if (roles.Count == 0) return await AnswerCourseAsync(dc, said, cancellationToken);
        // "where can i do the care certificate": a course has all the words, the jobs only some ("care").
        if (!roles.Any(r => ResultsFollowUps.NamesAll(r, said.Words)) && await AnswerCourseAsync(dc, said, cancellationToken)) return true;

        dc.Signal("job_question", said.Topic.ToString().ToLowerInvariant());
        var home = dc.State.Answers.Place;
        var explained = false;
        foreach (var role in roles)
        {
            var explainDbs = role.DbsCheck && !explained && !dc.State.Facts.Explained.Contains("dbs")
                && said.Topic is JobTopic.Details or JobTopic.Needs;
            var replies = cards.About(role, said.Topic, explainDbs, home);
            if (explainDbs)
            {
                explained = true;
                dc.State.Facts = dc.State.Facts with { Explained = [.. dc.State.Facts.Explained, "dbs"] };
            }
            // Several jobs share the name: what each is in a line, not each one's whole page.
            if (roles.Count > 1 && said.Topic == JobTopic.Details) replies = [replies[0]];
            foreach (var reply in replies) dc.Send(reply);
        }
        if (said.Topic == JobTopic.Pay && roles.Any(r => r.AfcBand is { Length: > 0 })) ResultsFollowUps.Explain(dc, "band");
        return true;
    }

    /// <summary>
    /// A question about courses: the courses for a job it names ("what course do i need to be a porter"), or one fact
    /// about a course it names ("is the esol course free", "how long is the care certificate"), from the catalogue.
    /// False (nothing said) when the words name no job and no course.
    /// </summary>
    private async Task<bool> AnswerCourseAsync(DialogContext dc, FollowUp said, CancellationToken cancellationToken)
    {
        var home = dc.State.Answers.Place;
        var named = said.CourseTopic is JobTopic.None or JobTopic.Details or JobTopic.Courses || said.NameWords.Count == 0
            ? [] : await _courses.FindAsync(said.NameWords, [], cancellationToken);
        if (named.Count > 0)
        {
            dc.Signal("course_question", said.CourseTopic.ToString().ToLowerInvariant());
            // A few courses of one name ("esol"): the fact for each, as their titles say which is which.
            foreach (var shown in named.Take(CourseAnswers.MaxPlaces))
            {
                if (await search.GetCourseAsync(shown.Id, cancellationToken) is not { } course) continue;
                var jobs = new List<string>();
                var next = new List<string>();
                if (said.CourseTopic == JobTopic.LeadsTo)
                {
                    foreach (var id in course.LeadsToRoleIds)
                        if (await search.GetRoleAsync(id, cancellationToken) is { } role) jobs.Add(role.Title);
                    foreach (var id in course.LeadsToCourseIds)
                        if (await search.GetCourseAsync(id, cancellationToken) is { } after) next.Add(after.Title);
                }
                foreach (var reply in _courseAnswers.About(course, said.CourseTopic, dc.Turn.Text, home, jobs, next)) dc.Send(reply);
            }
            return true;
        }
        if (said.Topic != JobTopic.Courses || said.Words.Count == 0) return false;
        var roles = (await _names.FindAsync(said.Words, [], cancellationToken)).Where(r => JobNames.NamesTheJob(r, said.Words)).ToList();
        if (roles.Count == 0) return false;
        // Several jobs of one name ("care worker"): the courses of the first, which the words name best.
        var courses = await search.CoursesForRoleAsync(roles[0].Id, cancellationToken);
        dc.Signal("job_question", "courses");
        if (courses.Count == 0) dc.Say("details.no_courses");
        else dc.Send(cards.CoursesFor(roles[0].Title, courses, home));
        if (courses.Take(SuggestionCards.MaxCourses).Any(SuggestionCards.IsApprenticeship)) ResultsFollowUps.Explain(dc, "apprenticeship");
        return true;
    }

    /// <summary>The question starts with "what" ("whats a porter", "wat is phlebotomist").</summary>
    private static bool AsksWhat(string normalised) =>
        FirstWord(normalised) is "what" or "whats" or "wat" or "wot" or "wht";

    private static string? FirstWord(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !Openers.Contains(w));

    /// <summary>The message (as typed, and <paramref name="n"/> normalised) is put as a question (see the remarks on the class).</summary>
    private static bool IsQuestion(string text, string n)
    {
        if (text.Contains('?', StringComparison.Ordinal)) return true;
        if (n.Length == 0) return false;
        var padded = " " + n + " ";
        if (QuestionPhrases.Any(p => padded.Contains(p, StringComparison.Ordinal))) return true;
        return FirstWord(n) is { } first && QuestionStarts.Contains(first);
    }

    [GeneratedRegex(@"\b(?:get|getting|do|doing|gain|earn|study for|work towards|take|start|go for) (?:a |an |some |my |the |any )?(?:qualifications?|certificates?|diploma|nvq|certificate)\b|\bget(?:ting)? (?:qualified|certified)\b|\bbecome qualified\b")]
    private static partial Regex GetsQualified();
}

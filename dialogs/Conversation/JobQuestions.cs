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
        // "how long is it", "how do i apply for it": the job or course asked about last.
        if (said.MeansCurrent && said.Pick is null && said.NameWords.Count == 0 && AsksOfIt(said))
            return await AnswerOfItAsync(dc, said, cancellationToken);
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
        if (roles.Count == 1) dc.State.Facts = dc.State.Facts with { AskedAbout = [new ShownResult("role", roles[0].Id, roles[0].Title)] };
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
            dc.State.Facts = dc.State.Facts with { AskedAbout = [.. named.Take(CourseAnswers.MaxPlaces)] };
            // A few courses of one name ("esol"): the fact for each, as their titles say which is which.
            foreach (var shown in named.Take(CourseAnswers.MaxPlaces))
                if (await search.GetCourseAsync(shown.Id, cancellationToken) is { } course) await SayOfCourseAsync(dc, course, said.CourseTopic, cancellationToken);
            return true;
        }
        if (said.Topic != JobTopic.Courses || said.Words.Count == 0) return false;
        var roles = (await _names.FindAsync(said.Words, [], cancellationToken)).Where(r => JobNames.NamesTheJob(r, said.Words)).ToList();
        if (roles.Count == 0) return false;
        // Several jobs of one name ("care worker"): the courses of the first, which the words name best.
        var courses = await search.CoursesForRoleAsync(roles[0].Id, cancellationToken);
        dc.State.Facts = dc.State.Facts with { AskedAbout = [new ShownResult("role", roles[0].Id, roles[0].Title)] };
        dc.Signal("job_question", "courses");
        if (courses.Count == 0) dc.Say("details.no_courses");
        else dc.Send(cards.CoursesFor(roles[0].Title, courses, home));
        if (courses.Take(SuggestionCards.MaxCourses).Any(SuggestionCards.IsApprenticeship)) ResultsFollowUps.Explain(dc, "apprenticeship");
        return true;
    }

    /// <summary>One fact about a course; what it leads to names the jobs and courses.</summary>
    private async Task SayOfCourseAsync(DialogContext dc, CourseCard course, JobTopic topic, CancellationToken cancellationToken)
    {
        var (jobs, next) = await ResultsFollowUps.LeadsToAsync(search, course, topic, cancellationToken);
        foreach (var reply in _courseAnswers.About(course, topic, dc.Turn.Text, dc.State.Answers.Place, jobs, next)) dc.Send(reply);
    }

    /// <summary>
    /// What "it" may be asked in the middle of the questions: pay, how to apply, where, its courses; of a course how long,
    /// what it costs, what it leads to, its level. Not hours, study times or needs: "can i do it part time" may answer the question.
    /// </summary>
    private static bool AsksOfIt(FollowUp said) =>
        said.Topic is JobTopic.Pay or JobTopic.Apply or JobTopic.Where or JobTopic.Courses
        || (said.Topic == JobTopic.None && said.CourseTopic is JobTopic.Length or JobTopic.Cost or JobTopic.Apply or JobTopic.Where or JobTopic.LeadsTo or JobTopic.Level);

    /// <summary>
    /// A question about "it" before the results: answered of the job or course asked about last (or talked about at the
    /// results). With none, the resident is asked to name it, except for the cost, which has a general answer (false).
    /// </summary>
    private async Task<bool> AnswerOfItAsync(DialogContext dc, FollowUp said, CancellationToken cancellationToken)
    {
        IReadOnlyList<ShownResult> asked = dc.State.Facts.AskedAbout.Count > 0 ? dc.State.Facts.AskedAbout
            : dc.State.Facts.Current is { } current ? [current] : [];
        if (asked.Count == 0)
        {
            if (said.CourseTopic == JobTopic.Cost && said.Topic == JobTopic.None) return false;
            dc.Signal("job_question", "which");
            dc.Say("ask.it.which");
            return true;
        }
        var about = asked[0];
        if (about.Kind == "course")
        {
            var topic = said.CourseTopic is not (JobTopic.None or JobTopic.Details) ? said.CourseTopic : ResultsFollowUps.OfCourse(said.Topic);
            dc.Signal("course_question", topic.ToString().ToLowerInvariant());
            // A few courses of one name ("esol"): the fact for each, as when they were first asked about.
            foreach (var one in asked)
            {
                if (await search.GetCourseAsync(one.Id, cancellationToken) is not { } course) continue;
                if (topic == JobTopic.Details) dc.Send(cards.CourseDetails(course, dc.State.Answers.Place));
                else await SayOfCourseAsync(dc, course, topic, cancellationToken);
            }
            return true;
        }
        if (await search.GetRoleAsync(about.Id, cancellationToken) is not { } role) return false;
        var jobTopic = said.Topic != JobTopic.None ? said.Topic : ResultsFollowUps.OfJob(said.CourseTopic);
        dc.Signal("job_question", jobTopic.ToString().ToLowerInvariant());
        if (jobTopic == JobTopic.Courses)
        {
            var courses = await search.CoursesForRoleAsync(role.Id, cancellationToken);
            if (courses.Count == 0) dc.Say("details.no_courses");
            else dc.Send(cards.CoursesFor(role.Title, courses, dc.State.Answers.Place));
            return true;
        }
        if (said.Topic == JobTopic.None && said.CourseTopic == JobTopic.Cost) dc.Say("about.job_costs_nothing");
        foreach (var reply in cards.About(role, jobTopic, false, dc.State.Answers.Place)) dc.Send(reply);
        return true;
    }

    /// <summary>The question starts with "what" ("whats a porter", "wat is phlebotomist").</summary>
    private static bool AsksWhat(string normalised) =>
        FirstWord(normalised) is "what" or "whats" or "wat" or "wot" or "wht";

    private static string? FirstWord(string normalised) =>
        normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !Openers.Contains(w));

    /// <summary>The message (as typed, and <paramref name="n"/> normalised) is put as a question (see the remarks on the class).</summary>
    internal static bool IsQuestion(string text, string n)
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

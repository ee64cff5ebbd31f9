using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// What a resident asks about a job or a course after the suggestions. The last six are asked of a course (what it
/// costs, how long it takes, when and how you study, what it leads to, its level, help with travel or child care); of a
/// job they mean its pay, hours, needs or details.
/// </summary>
public enum JobTopic { None, Details, Pay, Hours, Needs, Courses, Apply, Where, Cost, Length, Study, LeadsTo, Level, Help }

/// <summary>
/// A message at the results menu, taken apart: what it asks about, which job it points at (a number on
/// screen, or "it"), whether it asks for other work, and the words left that may name a job or a kind of work.
/// </summary>
public sealed record FollowUp
{
    public JobTopic Topic { get; init; }
    /// <summary>A job on screen by its number ("number 2", "the second one", "job 2"), from 1.</summary>
    public int? Pick { get; init; }
    /// <summary>"it", "this job", "that one": the job we last talked about.</summary>
    public bool MeansCurrent { get; init; }
    /// <summary>"any jobs in ...", "I want ... instead": the resident asks for other work.</summary>
    public bool AsksForWork { get; init; }
    /// <summary>The words left when the question words are taken out ("porter", "kitchen").</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>
    /// What the words ask of a course ("is it free": <see cref="JobTopic.Cost"/>; "which college": <see cref="JobTopic.Where"/>),
    /// whatever they say of a job; <see cref="Topic"/> is what they ask of a job.
    /// </summary>
    public JobTopic CourseTopic { get; init; }
    /// <summary><see cref="Words"/> without the words of a question about a course ("free", "evening", "enrol"): words that may name one.</summary>
    public IReadOnlyList<string> NameWords { get; init; } = [];
    /// <summary>"course", "training", "class", "college": the words speak of a course.</summary>
    public bool MentionsCourse { get; init; }
    /// <summary>"near me", "closer", "nearest": the words ask how near the results are to where the resident lives.</summary>
    public bool AsksNear { get; init; }
    /// <summary>"what about cleaning", "how about driving": other work, unless the words name a job on screen.</summary>
    public bool AsksAbout { get; init; }
    /// <summary>"none of these", "i dont like any of them", "not for me": the resident wants other work than on screen.</summary>
    public bool NoneLiked { get; init; }
}

/// <summary>
/// Reads a follow-up at the results menu. Only the form of the message is read here; whether the words name a
/// job or a kind of work is for the catalogue to say (<see cref="JobNames"/>).
/// </summary>
public static partial class FollowUpReader
{
    private static readonly string[] CourseWords = ["course", "courses", "cours", "corse", "coarse", "training", "train", "study", "college", "apprenticeship", "apprentice",
        "class", "classes", "lesson", "lessons"];
    private static readonly string[] PayWords = ["pay", "paid", "pays", "paying", "salary", "salery", "money", "wage", "wages", "earn", "earning", "earnings", "pound", "pounds", "band"];
    private static readonly string[] HoursWords = ["hours", "hour", "hrs", "shift", "shifts", "rota", "nights", "night", "weekend", "weekends", "times", "fulltime", "parttime"];
    private static readonly string[] NeedWords = ["need", "needs", "needed", "nead", "requirement", "requirements", "require", "qualification", "qualifications", "qualified", "experience", "dbs", "licence", "license", "gcse", "gcses"];
    private static readonly string[] ApplyWords = ["apply", "aply", "applying", "application", "cv", "interview", "vacancy", "vacancies", "contact"];
    private static readonly string[] WhereWords = ["where", "wher", "whereabouts", "location", "located", "address"];
    private static readonly string[] DetailWords = ["details", "detail", "info", "information", "more", "about", "explain", "describe", "tell"];

    /// <summary>Words that carry no job name: question words, "job", "please", the topic words above.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "im", "me", "my", "you", "your", "u", "ur", "it", "its", "this", "that", "these", "those", "them", "they",
        "is", "are", "was", "be", "am", "do", "does", "did", "can", "could", "would", "will", "should", "shall", "have", "has", "get", "got",
        "what", "whats", "wat", "which", "who", "where", "when", "how", "why", "much", "many", "there", "here",
        "job", "jobs", "work", "working", "role", "roles", "one", "ones", "number", "no", "num", "nr", "option", "options", "choice", "choices", "kind", "type", "sort",
        "none", "others",
        "any", "some", "something", "other", "another", "different", "instead", "else", "new", "also", "too", "just", "really", "very",
        "in", "at", "on", "with", "for", "of", "to", "from", "and", "or", "but", "if", "as", "by", "into",
        "want", "wanted", "wanna", "like", "love", "prefer", "looking", "look", "find", "show", "see", "know", "interested", "try",
        "please", "pls", "plz", "ok", "okay", "yes", "so", "then", "well", "hi", "hello", "thanks", "thank", "again", "now", "still",
        "first", "second", "third", "last", "1st", "2nd", "3rd", "two", "three", "four", "id", "ill", "ive", "dont", "not",
        "per", "week", "year", "day", "days", "time", "full", "part", "good", "well", "ask", "say", "said", "mean", "go", "to", "far", "long",
        "only", "near", "nearby", "nearer", "nearest", "close", "closer", "closest", "local", "area", "around", "anything",
    };

    /// <summary>Words that ask how near: "near me", "anything closer", "which is nearest", "local ones".</summary>
    private static readonly string[] NearWords = ["near", "nearby", "nearer", "nearest", "neer", "closer", "closest", "local", "nearme"];

    public static FollowUp Read(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return new FollowUp();
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var padded = " " + n + " ";

        // "what about cleaning": "about" asks for other work there, not for more about a job.
        var asksAbout = AboutAsk().IsMatch(n);
        var topicWords = asksAbout ? [.. words.Where(w => w is not ("about" or "abt" or "bout"))] : words;
        var topic =
            Has(words, CourseWords) ? JobTopic.Courses
            : Has(words, PayWords) || (padded.Contains(" how much ", StringComparison.Ordinal) && !Has(words, HoursWords)) ? JobTopic.Pay
            : Has(words, HoursWords) || padded.Contains(" full time ", StringComparison.Ordinal) || padded.Contains(" part time ", StringComparison.Ordinal)
                || padded.Contains(" what time ", StringComparison.Ordinal) || padded.Contains(" when do i work ", StringComparison.Ordinal) ? JobTopic.Hours
            : Has(words, NeedWords) ? JobTopic.Needs
            : Has(words, ApplyWords) || HowToGet().IsMatch(n) ? JobTopic.Apply
            // After applying: "where do I apply" is about applying.
            : Has(words, WhereWords) || padded.Contains(" how far ", StringComparison.Ordinal) ? JobTopic.Where
            : Has(topicWords, DetailWords) || padded.Contains(" what is ", StringComparison.Ordinal) || padded.Contains(" what does ", StringComparison.Ordinal) ? JobTopic.Details
            : JobTopic.None;

        var asksForWork = WorkAsk().IsMatch(n);
        var meansCurrent = words.Any(w => w is "it" or "this" or "that" or "its");

        // Words that are left can name a job: not fillers, not topic words, not numbers.
        var left = words.Where(w => !Filler.Contains(w) && !w.All(char.IsDigit)
            && !CourseWords.Contains(w) && !PayWords.Contains(w) && !HoursWords.Contains(w) && !NeedWords.Contains(w)
            && !ApplyWords.Contains(w) && !WhereWords.Contains(w) && !DetailWords.Contains(w)).ToList();

        var courseTopic = CourseTopicOf(n, words, padded, topic);
        var asksNear = Has(words, NearWords) || padded.Contains(" close to me ", StringComparison.Ordinal) || padded.Contains(" near by ", StringComparison.Ordinal)
            || padded.Contains(" my area ", StringComparison.Ordinal);
        // "nearer to home", "closer to where i live": where they live is no work to look for.
        if (asksNear) left.RemoveAll(w => w is "home" or "house" or "live" or "living" or "stay");
        return new FollowUp
        {
            Topic = topic, Pick = PickOf(n, words), MeansCurrent = meansCurrent, AsksForWork = asksForWork, Words = left,
            CourseTopic = courseTopic, MentionsCourse = Has(words, CourseWords),
            AsksNear = asksNear, AsksAbout = asksAbout, NoneLiked = NoneLikedAsk().IsMatch(n),
            NameWords = [.. words.Where(w => !Filler.Contains(w) && !w.All(char.IsDigit) && !CourseQuestionWords.Contains(w)
                && (!CourseWords.Contains(w) || w.StartsWith("apprentice", StringComparison.Ordinal)) && !Near([w], CollegeWords)
                && !(w.Length >= 5 && Near([w], [.. CourseQuestionWords])) && !PayWords.Contains(w) && !HoursWords.Contains(w) && !ApplyWords.Contains(w)
                && !WhereWords.Contains(w) && !DetailWords.Contains(w) && (!NeedWords.Contains(w) || w.StartsWith("gcse", StringComparison.Ordinal))
                && !(w == "english" && AboutOwnEnglish(padded)))],
        };
    }

    private static readonly string[] CostWords = ["free", "cost", "costs", "costing", "cots", "fee", "fees", "price", "money", "loan", "funding", "funded", "charge",
        "cheap", "expensive", "pay", "paid", "pays", "paying", "payment"];
    private static readonly string[] LengthWords = ["long", "lenght", "length", "lengh", "duration"];
    private static readonly string[] DurationUnits = ["week", "weeks", "wk", "wks", "month", "months", "mnth", "year", "years", "yr", "yrs", "term", "terms"];
    private static readonly string[] StudyWords = ["online", "internet", "zoom", "remote", "evening", "evenings", "evenin", "eve", "morning", "mornings", "afternoon", "afternoons",
        "daytime", "day", "days", "weekday", "weekdays", "weekend", "weekends", "night", "nights", "hours", "hour", "hrs", "fulltime", "parttime", "timetable", "schedule", "times"];
    private static readonly string[] LeadWords = ["lead", "leads", "leading", "become", "career", "progress"];
    private static readonly string[] EnrolWords = ["enrol", "enroll", "enrole", "enrolment", "enrollment", "register", "registration", "signup", "join", "book", "booking",
        "start", "starts", "starting", "begin", "begins", "phone", "call", "email", "website"];
    private static readonly string[] CollegeWords = ["college", "colleges", "uni", "university", "campus", "school", "near", "nearest", "close", "closest",
        "nearby", "far", "town"];
    /// <summary>Help to get to a course or to study with children: "help with child care", "will they pay my bus", "around my kids".</summary>
    private static readonly string[] HelpWords = ["childcare", "creche", "nursery", "kids", "children", "bus", "travel", "transport", "fare", "fares",
        "bursary", "grant", "grants"];
    private static readonly string[] CourseNeedWords = ["age", "old", "young", "allowed", "eligible", "accept", "able", "enough"];

    /// <summary>The words of a question about a course, left out of the words that may name one.</summary>
    private static readonly HashSet<string> CourseQuestionWords = new(
        CostWords.Concat(LengthWords).Concat(DurationUnits).Concat(StudyWords).Concat(LeadWords).Concat(EnrolWords)
            .Concat(HelpWords).Concat(["help", "level", "levels", "sign", "up", "after", "finish", "finished", "take", "takes", "online", "line", "home", "place", "places", "date", "dates", "age", "old", "young",
                "daytime", "evening", "or", "need", "join", "able", "allowed", "qualification", "qualifications"]),
        StringComparer.Ordinal);

    /// <summary>"with my english", "my english is not good", "i speak little english": the resident's own English, not a course's name.</summary>
    private static bool AboutOwnEnglish(string padded) => OwnEnglish().IsMatch(padded);

    [GeneratedRegex(@" (?:my|with|speak|little|no|some|basic|enough|good|bad|poor) english | english (?:is|not|good|bad|level|enough|poor|weak) ")]
    private static partial Regex OwnEnglish();

    /// <summary>
    /// What the words ask of a course, most telling first: what it leads to ("what job after"), what it costs ("is it
    /// free"), how long it takes, when and how you study ("online", "evenings", "part time"), what you need to join
    /// ("with my english", "am i too old"), how to enrol ("sign up", "when does it start"), where it is ("which
    /// college"), or about it. Otherwise what the words ask of a job, read as of a course (pay: cost; hours: study times).
    /// </summary>
    private static JobTopic CourseTopicOf(string n, string[] words, string padded, JobTopic jobTopic)
    {
        bool Says(string phrase) => padded.Contains(" " + phrase + " ", StringComparison.Ordinal);
        var after = Near(words, ["after", "afterwards", "finish", "finished"]);
        if (Near(words, LeadWords) || Says("lead to") || (after && Near(words, ["job", "jobs", "work", "do", "next"]))
            || Says("get a job") || Says("find a job") || Says("what job can i") || Says("what jobs can i") || Says("what work can i"))
            return JobTopic.LeadsTo;
        if (Says("get me a job") || Says("get me work") || Says("get work") || Says("find work") || Says("help me get a job"))
            return JobTopic.LeadsTo;
        if (Says("what level") || Says("which level") || Says("wat level"))
            return JobTopic.Level;
        if (Near(words, HelpWords) || Says("child care") || Says("help with costs") || Says("help with money"))
            return JobTopic.Help;
        if (Near(words, LengthWords) || (Near(words, DurationUnits) && (Says("how many") || words.Length <= 3)))
            return JobTopic.Length;
        if (Near(words, CostWords) || (Says("how much") && !Near(words, StudyWords) && !Near(words, HoursWords)))
            return JobTopic.Cost;
        if (Near(words, StudyWords) || Says("full time") || Says("part time") || Says("on line") || Says("from home") || Says("at home")
            || Says("what time") || Says("which days") || Says("what days"))
            return JobTopic.Study;
        // "how can i join": how, not whether.
        if (Says("how can i join") || Says("how do i join") || Says("how to join") || Says("how i join") || Says("how i can join"))
            return JobTopic.Apply;
        // "can i do it" asks whether they may, but "where can i do it" asks where.
        if (Near(words, NeedWords) || Near(words, CourseNeedWords) || Says("can i join")
            || ((Says("can i do it") || Says("can i do this")) && !Has(words, WhereWords)) || AboutOwnEnglish(padded))
            return JobTopic.Needs;
        if (Near(words, EnrolWords) || Near(words, ApplyWords) || Says("sign up") || Says("sign me up") || Says("get on") || Says("get a place")
            || Says("how do i do it") || Says("how can i do it") || Says("how to do it") || Says("who do i ask") || Says("start date"))
            return JobTopic.Apply;
        // "were is it": "where" as ESOL learners often spell it, at the start of a question.
        if (Near(words, WhereWords) || Near(words, CollegeWords) || Says("how far") || Says("which one is near") || WereIs().IsMatch(n))
            return JobTopic.Where;
        // "what level is it", "which level": not "level 2", which names a course.
        if (LevelAsk().IsMatch(n)) return JobTopic.Level;
        return jobTopic switch
        {
            JobTopic.Pay => JobTopic.Cost,
            JobTopic.Hours => JobTopic.Study,
            JobTopic.Courses => JobTopic.None,
            _ => jobTopic,
        };
    }

    /// <summary>Like <see cref="Has"/>, and a small typo in a word of 5 letters or more counts ("collage", "enrole", "evning").</summary>
    private static bool Near(string[] words, string[] set)
    {
        foreach (var w in words)
            if (Array.IndexOf(set, w) >= 0 || (w.Length >= 5 && set.Any(x => x.Length >= 5 && JobNames.Alike(w, x)))) return true;
        return false;
    }

    /// <summary>"is it free", "how much does it cost", "do i have to pay for it": what a course costs, not what a job pays.</summary>
    public static bool AsksWhatItCosts(string normalised) => CostAsk().IsMatch(normalised);

    [GeneratedRegex(@"\b(?:free|cost|costs|fee|fees|price|charge|funded|funding|loan)\b|\bpay (?:for|anything|something|money)\b|\b(?:have|need|got) to pay\b|\b(?:i|we|you) (?:pay|paying)\b|\bmust i pay\b")]
    private static partial Regex CostAsk();

    [GeneratedRegex(@"\blevels?\b(?! ?(?:[1-8]|one|two|three|entry|e[1-3])\b)")]
    private static partial Regex LevelAsk();

    /// <summary>"how do i get", "how can i get this job", "how to get": how to apply.</summary>
    [GeneratedRegex(@"\bhow (?:do|can|could|would|should|shall|to|i|will) (?:i |we |you )?get (?!there|to\b|paid|home)")]
    private static partial Regex HowToGet();

    [GeneratedRegex(@"^(?:(?:ok|okay|so|and|hmm|right|then) )*(?:what|wat|wot|how|hw) (?:about|abt|bout)\b")]
    private static partial Regex AboutAsk();

    [GeneratedRegex(@"\bnone of (?:these|them|those|this|it|the jobs|the courses)\b|\b(?:dont|do not|didnt|did not|not|never|cant|cannot) (?:really )?(?:like|want|fancy|interested in|into|see|find|suit|for) (?:any|all|none|these|them|those|this lot|any of (?:these|them|those|it|the jobs))\b|\b(?:not|none) (?:for me|interested|of interest|my thing|what i want|what i am looking for)\b|\b(?:these|they|them|those)(?: are| r)? (?:not|no) (?:good|for me|right)\b")]
    private static partial Regex NoneLikedAsk();

    [GeneratedRegex(@"^were (?:is|are|do|does|can|i|the|it|this)\b")]
    private static partial Regex WereIs();

    private static bool Has(string[] words, string[] set)
    {
        foreach (var w in words)
            if (Array.IndexOf(set, w) >= 0) return true;
        return false;
    }

    /// <summary>"number 2", "job 2", "no 2", "the 2nd", "second one", "last one", or a lone digit among other words ("tell me about 2").</summary>
    private static int? PickOf(string n, string[] words)
    {
        var m = NumberedPick().Match(n);
        if (m.Success) return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        m = WordPick().Match(n);
        if (m.Success)
        {
            return m.Groups["w"].Value switch
            {
                "first" or "1st" or "one" => 1,
                "second" or "2nd" or "secnd" or "seccond" or "two" => 2,
                "third" or "3rd" or "three" => 3,
                _ => int.MaxValue, // "last": the caller knows how many are on screen
            };
        }
        // One single digit and nothing else that counts ("tell me about 3", "3 please"), but not "20 hours".
        var digits = words.Where(w => w.All(char.IsDigit)).ToList();
        // "3 miles", "5 hours", "2 days": an amount, not a number on screen.
        var at = Array.FindIndex(words, w => w.All(char.IsDigit));
        if (at >= 0 && at + 1 < words.Length && Units.Contains(words[at + 1])) return null;
        return digits.Count == 1 && digits[0].Length == 1 && digits[0][0] is >= '1' and <= '9' ? digits[0][0] - '0' : null;
    }

    /// <summary>Words after a number that make it an amount: "3 miles", "5 hours".</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "mile", "miles", "mi", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "minute", "minutes", "min", "mins",
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yrs", "pound", "pounds", "quid",
    };

    [GeneratedRegex(@"\b(?:number|no|num|nr|job|course|option|choice)\s?(?<n>[1-9])\b")]
    private static partial Regex NumberedPick();

    // "last" only as "the last" or "last one": "how long does the course last" asks how long.
    [GeneratedRegex(@"\b(?:(?<w>first|1st|second|2nd|secnd|seccond|third|3rd|(?<=\bthe )last|last(?= (?:one|job|course|option|choice)\b))(?: one| job)?\b|(?:number|no|job|option) (?<w>one|two|three)\b)")]
    private static partial Regex WordPick();

    [GeneratedRegex(@"\b(?:any (?:jobs?|work|others?|more)|other (?:options?|ones?|choices?|things?)|different (?:ones?|options?|things?)|(?:something|anything|any thing) else|(?:jobs?|work|something) (?:in|with|as|at|for)|i (?:want|wanna|would like|like|prefer|am looking for|m looking for)|id like|im looking for|looking for|instead|other jobs?|different jobs?|do you have|are there|is there|show me|find me)\b"
        // "hospital jobs but not with blood", "office work please": kinds of work, not one job by name.
        + @"|^(?:[a-z]+ ){1,2}(?:jobs|work)\b")]
    private static partial Regex WorkAsk();
}

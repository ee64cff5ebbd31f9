using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>What a resident asks about a job after the suggestions.</summary>
public enum JobTopic { None, Details, Pay, Hours, Needs, Courses, Apply, Where }

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
}

/// <summary>
/// Reads a follow-up at the results menu. Only the form of the message is read here; whether the words name a
/// job or a kind of work is for the catalogue to say (<see cref="JobNames"/>).
/// </summary>
public static partial class FollowUpReader
{
    private static readonly string[] CourseWords = ["course", "courses", "cours", "corse", "coarse", "training", "train", "study", "college", "apprenticeship", "apprentice"];
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
        "job", "jobs", "work", "working", "role", "roles", "one", "ones", "number", "no", "num", "nr", "option", "kind", "type", "sort",
        "any", "some", "something", "other", "another", "different", "instead", "else", "new", "also", "too", "just", "really", "very",
        "in", "at", "on", "with", "for", "of", "to", "from", "and", "or", "but", "if", "as", "by", "into",
        "want", "wanted", "wanna", "like", "love", "prefer", "looking", "look", "find", "show", "see", "know", "interested", "try",
        "please", "pls", "plz", "ok", "okay", "yes", "so", "then", "well", "hi", "hello", "thanks", "thank", "again", "now", "still",
        "first", "second", "third", "last", "1st", "2nd", "3rd", "two", "three", "four", "id", "ill", "ive", "dont", "not",
        "per", "week", "year", "day", "days", "time", "full", "part", "good", "well", "ask", "say", "said", "mean", "go", "to", "far", "long",
    };

    public static FollowUp Read(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return new FollowUp();
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var padded = " " + n + " ";

        var topic =
            Has(words, CourseWords) ? JobTopic.Courses
            : Has(words, PayWords) || (padded.Contains(" how much ", StringComparison.Ordinal) && !Has(words, HoursWords)) ? JobTopic.Pay
            : Has(words, HoursWords) || padded.Contains(" full time ", StringComparison.Ordinal) || padded.Contains(" part time ", StringComparison.Ordinal)
                || padded.Contains(" what time ", StringComparison.Ordinal) || padded.Contains(" when do i work ", StringComparison.Ordinal) ? JobTopic.Hours
            : Has(words, NeedWords) ? JobTopic.Needs
            : Has(words, ApplyWords) || padded.Contains(" how do i get ", StringComparison.Ordinal) || padded.Contains(" how to get ", StringComparison.Ordinal) ? JobTopic.Apply
            // After applying: "where do I apply" is about applying.
            : Has(words, WhereWords) || padded.Contains(" how far ", StringComparison.Ordinal) ? JobTopic.Where
            : Has(words, DetailWords) || padded.Contains(" what is ", StringComparison.Ordinal) || padded.Contains(" what does ", StringComparison.Ordinal) ? JobTopic.Details
            : JobTopic.None;

        var asksForWork = WorkAsk().IsMatch(n);
        var meansCurrent = words.Any(w => w is "it" or "this" or "that" or "its");

        // Words that are left can name a job: not fillers, not topic words, not numbers.
        var left = words.Where(w => !Filler.Contains(w) && !w.All(char.IsDigit)
            && !CourseWords.Contains(w) && !PayWords.Contains(w) && !HoursWords.Contains(w) && !NeedWords.Contains(w)
            && !ApplyWords.Contains(w) && !WhereWords.Contains(w) && !DetailWords.Contains(w)).ToList();

        return new FollowUp { Topic = topic, Pick = PickOf(n, words), MeansCurrent = meansCurrent, AsksForWork = asksForWork, Words = left };
    }

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
        return digits.Count == 1 && digits[0].Length == 1 && digits[0][0] is >= '1' and <= '9' ? digits[0][0] - '0' : null;
    }

    [GeneratedRegex(@"\b(?:number|no|num|nr|job|option|choice)\s?(?<n>[1-9])\b")]
    private static partial Regex NumberedPick();

    [GeneratedRegex(@"\b(?:(?<w>first|1st|second|2nd|secnd|seccond|third|3rd|last)(?: one| job)?\b|(?:number|no|job|option) (?<w>one|two|three)\b)")]
    private static partial Regex WordPick();

    [GeneratedRegex(@"\b(?:any (?:jobs?|work)|(?:jobs?|work|something) (?:in|with|as|at|for)|i (?:want|wanna|would like|like|prefer|am looking for|m looking for)|id like|im looking for|looking for|instead|other jobs?|different jobs?|do you have|are there|is there|show me|find me)\b"
        // "hospital jobs but not with blood", "office work please": kinds of work, not one job by name.
        + @"|^(?:[a-z]+ ){1,2}(?:jobs|work)\b")]
    private static partial Regex WorkAsk();
}

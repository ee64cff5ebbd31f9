using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Query;

/// <summary>One word or phrase to look for, and which of the resident's answers it came from.</summary>
internal sealed record QueryTerm(string[] Words, MatchKind Origin, string Answer, string? Detail)
{
    /// <summary>An everyday word no job or course is named by ("make", "sure"): searched, but never given as a reason.</summary>
    public bool Plain { get; init; }

    public string Text => string.Join(' ', Words);
}

/// <summary>A synonym group the resident's words hit.</summary>
/// <param name="Record">The group.</param>
/// <param name="Typed">What the resident typed.</param>
/// <param name="Corrected">The words after spelling fixes, when they differ from what was typed.</param>
internal sealed record SynonymHit(SynonymRecord Record, string Typed, string? Corrected = null);

/// <summary>What the query analyser made of a profile's text.</summary>
internal sealed class QueryPlan
{
    public List<QueryTerm> Terms { get; } = [];
    public List<SynonymHit> Synonyms { get; } = [];
    public List<SpellingFix> Corrections { get; } = [];
    public List<string> Unmatched { get; } = [];
    /// <summary>The typed words that name work (see <see cref="SearchResults.WorkWords"/>).</summary>
    public List<string> WorkWords { get; } = [];
    /// <summary>The words the resident typed (not the words of the kind of work they picked).</summary>
    public HashSet<string> TypedWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Work patterns named in the text ("nights", "part time").</summary>
    public WorkPatterns Patterns { get; set; }
    /// <summary>True when the text asks about study (course, college, learn...).</summary>
    public bool CourseIntent { get; set; }

    /// <summary>
    /// The words ask to learn ("course", "training", "class", "study", "learn english"): courses are wanted, not jobs,
    /// so they come before the jobs (<see cref="QueryAnalyzer"/> says which words count).
    /// </summary>
    public bool LearningIntent { get; set; }

    /// <summary>
    /// Besides a course, the words ask for a job in its own right ("i need esol and a cleaning job", "porter job and
    /// english classes"), not as what the course is for ("courses for care jobs"): jobs and courses are both shown.
    /// </summary>
    public bool JobToo { get; set; }

    /// <summary>
    /// A course level the words name ("maths level 1", "e3", "level one"), on the ladder of <see cref="CourseLevels"/>;
    /// Held when the resident has it already ("i have entry 2 english"): then the next step is wanted.
    /// </summary>
    public (int Step, bool Held)? NamedLevel { get; set; }

    /// <summary>The words ask for a first course ("for beginners", "basic"): the lowest levels suit best.</summary>
    public bool Beginner { get; set; }

    /// <summary>Subjects the words name ("english", "maths"): a course about one of them is what is wanted.</summary>
    public List<string> Subjects { get; set; } = [];

    /// <summary>The words ask about English itself ("esol", "english"): English courses are wanted.</summary>
    public bool EnglishIntent { get; set; }
    /// <summary>Content words typed (after stop words); 0 means a broad query.</summary>
    public int ContentWords { get; set; }

    /// <summary>
    /// Role families the words name, as <see cref="FitRules.Normal"/> makes them, with what was typed: the whole name
    /// ("allied health", "digital") or a word only that family's name uses ("allied").
    /// </summary>
    public List<(string Family, string Typed)> Families { get; } = [];

    /// <summary>Content words typed next to each other, in that order ("care home"): a role named by them in that order comes first.</summary>
    public List<(string First, string Second)> Pairs { get; } = [];

    public bool HasTerms => Terms.Count > 0 || Synonyms.Count > 0 || Families.Count > 0;
}

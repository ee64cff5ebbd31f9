using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Index;

/// <summary>A role or course read back from the index, with its words ready for explaining matches.</summary>
internal sealed class IndexedDoc
{
    public IndexedDoc(long rowId, RoleRecord role)
    {
        RowId = rowId;
        Role = role;
        Id = role.Id;
        Fields =
        [
            ("title", TextWords.Of(role.Title)),
            ("other names", TextWords.Of(string.Join(' ', role.OtherNames))),
            ("summary", TextWords.Of(role.Summary)),
            ("tasks", TextWords.Of(string.Join(' ', role.Tasks))),
            ("hours", TextWords.Of(string.Join(' ', role.HoursPatterns))),
        ];
        NormalFamily = Query.FitRules.Normal(role.Family);
        Names = [TextWords.Of(role.Title), .. role.OtherNames.Select(n => TextWords.Of(n))];
    }

    public IndexedDoc(long rowId, CourseRecord course, IEnumerable<string> leadsToTitles)
    {
        RowId = rowId;
        Course = course;
        Id = course.Id;
        LeadsToTitles = [.. leadsToTitles];
        Fields =
        [
            ("title", TextWords.Of(course.Title)),
            ("other names", TextWords.Of(course.Kind + " " + course.Level)),
            ("summary", TextWords.Of(course.Summary)),
            ("leads to", TextWords.Of(string.Join(' ', LeadsToTitles))),
            ("hours", TextWords.Of(string.Join(' ', course.Modes))),
        ];
        NormalFamily = Query.FitRules.Normal(course.Kind);
    }

    private Query.RoleCard? _roleCard;
    private Query.CourseCard? _courseCard;

    /// <summary>The card for this role, made once (cards never change).</summary>
    public Query.RoleCard RoleCard => _roleCard ??= Query.Cards.Role(Role!);

    /// <summary>The card for this course, made once.</summary>
    public Query.CourseCard CourseCard(CatalogueIndex index) => _courseCard ??= Query.Cards.Course(Course!, index);

    private (int Low, int High)? _steps;
    private bool _stepsRead;

    /// <summary>For a course, the steps of its level on the ladder of <see cref="Query.CourseLevels"/> (read once); null for a role or a course with no level.</summary>
    public (int Low, int High)? CourseSteps
    {
        get
        {
            if (_stepsRead) return _steps;
            _steps = Course is { } c ? Query.CourseLevels.Of(c.Level) : null;
            _stepsRead = true;
            return _steps;
        }
    }

    public long RowId { get; }
    public string Id { get; }
    public RoleRecord? Role { get; }
    public CourseRecord? Course { get; }
    public bool IsRole => Role is not null;

    /// <summary>The role's family (a course's kind) trimmed and in lower case, as <see cref="Query.FitRules.Normal"/> makes it.</summary>
    public string NormalFamily { get; }

    /// <summary>Field name and its lower-case words, in the order a match is explained.</summary>
    public (string Field, string[] Words)[] Fields { get; }

    /// <summary>For a course, the titles of the jobs it leads to.</summary>
    public IReadOnlyList<string> LeadsToTitles { get; } = [];

    /// <summary>
    /// The task (field "tasks") or the title of a job a course leads to (field "leads to") that holds
    /// <paramref name="word"/>, as the catalogue writes it: the link to say when only such a line matched.
    /// </summary>
    public string? LineWith(string field, string word)
    {
        var lines = field switch
        {
            "tasks" => Role?.Tasks,
            "leads to" => LeadsToTitles,
            _ => null,
        };
        if (lines is null) return null;
        foreach (var line in lines)
            foreach (var w in TextWords.Of(line))
                if (TextWords.SameStem(word, w)) return line;
        return null;
    }

    /// <summary>A role's title and each of its other names, as words.</summary>
    private string[][] Names { get; } = [];

    /// <summary>True when the title or an other name has words like <paramref name="first"/> then <paramref name="second"/>, next to each other.</summary>
    public bool NamesInOrder(string first, string second)
    {
        foreach (var name in Names)
            for (var i = 0; i + 1 < name.Length; i++)
                if (TextWords.SameStem(first, name[i]) && TextWords.SameStem(second, name[i + 1])) return true;
        return false;
    }

    /// <summary>The first field holding a word like <paramref name="term"/>, with the word found.</summary>
    public (string Field, string Word)? FindField(string term)
    {
        foreach (var (field, words) in Fields)
            foreach (var w in words)
                if (TextWords.SameStem(term, w))
                    return (field, w);
        return null;
    }
}

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>One qualification found in the text, before the items are put together.</summary>
internal sealed record QualItem
{
    public required string Kind { get; init; }
    public int From { get; init; }
    public int To { get; init; }
    /// <summary>RQF level (0 = Entry); null until known.</summary>
    public int? Level { get; init; }
    /// <summary>"e1".."e3" for Entry sub-levels.</summary>
    public string? Entry { get; init; }
    /// <summary>"english" or "maths" for subject items.</summary>
    public string? Subject { get; init; }
    public bool Negated { get; init; }
    /// <summary>Wanted or still being done ("im doing nvq 2", "want to get level 3"): not held yet.</summary>
    public bool NotYet { get; init; }
    public bool Overseas { get; init; }
    public double Confidence { get; init; } = 1.0;
    /// <summary>A lower and a higher reading are both possible (a GCSE with no grade: Level 1 or 2).</summary>
    public int? OrLevel { get; init; }
    /// <summary>For a subject: the course it belongs to ("gcse", "fs", "esol", "rqf", "a-level").</summary>
    public string? Context { get; init; }
}

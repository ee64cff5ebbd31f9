namespace CareerBot.Dialogs.Recognizers;

/// <summary>What a place name typed in an answer stands for (see <see cref="PlaceRecognizer.Mentions"/>).</summary>
public enum PlaceMentionKind
{
    /// <summary>The place itself ("Walsall", "WV10" is not one: only names).</summary>
    Place,
    /// <summary>A hospital with its own name ("Walsall Manor", "the QE", "Good Hope Hospital").</summary>
    Hospital,
    /// <summary>Part of a road's name ("Walsall Road", "coventry rd"); the span holds the road word too.</summary>
    Street,
    /// <summary>Part of an employer's name ("Dudley Group", "Walsall Council", "Birmingham City").</summary>
    Employer,
    /// <summary>A hospital ward named after a place ("the Walsall ward").</summary>
    Ward,
    /// <summary>A college or university with its own name ("Walsall College", "BMet", "Wolverhampton Uni"): where a course is.</summary>
    College,
}

/// <summary>A known place name typed in an answer: where it is, the name to say back, and what it stands for; for a
/// hospital or college, the town it is in.</summary>
public sealed record PlaceMention(int Start, int Length, string Name, PlaceMentionKind Kind, string? Town = null);

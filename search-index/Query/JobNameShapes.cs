namespace CareerBot.SearchIndex.Query;

/// <summary>
/// The shapes of job names, shared by the search (which job the words name whole) and the dialogs (a job's name
/// with a word before it that no job of ours has): the names a job goes by, and whether a word is shaped like the
/// name of a person at work.
/// </summary>
public static class JobNameShapes
{
    /// <summary>Endings of the names of a person at work ("driver", "officer", "technician", "chef", "nurse").</summary>
    private static readonly string[] PersonEndings =
        ["er", "or", "ist", "ian", "ant", "man", "chef", "cook", "nurse", "clerk", "guard", "host", "aide", "wife", "apprentice", "trainee"];

    /// <summary>
    /// Whether a lower-case, singular word is shaped like the name of a person at work ("technician", "carer",
    /// "chef"), not of a place or thing ("kitchen", "hospital").
    /// </summary>
    public static bool NamesAPerson(string word) => word.Length >= 4 && PersonEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The names a job goes by: its title, each part of the title ("Cook / chef": "Cook ", " chef"), each other name.</summary>
    public static IEnumerable<string> Names(string title, IEnumerable<string> otherNames) =>
        new[] { title }.Concat(title.Split(['/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries)).Concat(otherNames);
}

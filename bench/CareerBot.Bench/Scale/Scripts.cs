namespace CareerBot.Bench.Scale;

/// <summary>
/// Whole guided dialogs a resident has with the bot: the Emulator's join (greeting), then kind of work,
/// qualifications, hours, times, start, place and distance, ending on the results. Taken from the persona
/// transcripts (tests/CareerBot.Bot.Tests/Transcripts/Personas.cs), which check that each reaches results.
/// </summary>
internal static class Scripts
{
    public static IReadOnlyList<string[]> All { get; } =
    [
        ["Behind the scenes", "None", "Full-time", "Days", "Now", "Birmingham", "Up to 10 miles"],
        ["nurse", "From another country", "yes", "Full-time", "Any time", "Now", "Coventry", "Up to 10 miles"],
        ["something with computers", "English and maths", "yes", "Part-time", "Weekends", "Now", "Wolverhampton", "Up to 5 miles"],
        ["Caring for people", "None", "30", "Nights", "Now", "Walsall", "Up to 10 miles"],
        ["hospitle poter", "Nothing", "part time", "nites", "now", "Birmingham", "5"],
        ["I like helping old people", "None", "Part-time", "Days", "Now", "Dudley", "Up to 10 miles"],
        ["Helping in hospital", "None", "Full-time", "Nights", "Now", "Skip"],
        ["Caring for people", "English and maths", "no", "Less than 16 hours", "Days", "Now", "Sandwell", "Up to 3 miles"],
    ];

    /// <summary>What the last reply text of a whole dialog contains when it reached the results.</summary>
    public const string ResultsMarker = "I found";

    /// <summary>Turns per dialog, the join included.</summary>
    public static double MeanTurns => All.Average(s => s.Length + 1);
}

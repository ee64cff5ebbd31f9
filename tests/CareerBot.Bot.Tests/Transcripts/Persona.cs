namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>One thing a resident says, and words the bot's replies to it must contain (if any).</summary>
public sealed record PersonaStep(string Say, string? Expect = null);

/// <summary>
/// A resident persona: who they are, which channel they use, what they type, and which job words
/// must appear among the suggestions they finally get.
/// </summary>
public sealed record Persona(string Name, string Channel, IReadOnlyList<PersonaStep> Steps)
{
    /// <summary>At least one suggestion title contains one of these (case-insensitive). Empty: no suggestions expected.</summary>
    public IReadOnlyList<string> ExpectTitles { get; init; } = [];
    /// <summary>Titles that must not be suggested.</summary>
    public IReadOnlyList<string> RejectTitles { get; init; } = [];
    /// <summary>Start with a conversationUpdate (the Emulator and Web Chat do; SMS does not).</summary>
    public bool Joins { get; init; } = true;
    /// <summary>Words that must appear somewhere in the bot's messages.</summary>
    public IReadOnlyList<string> ExpectSomewhere { get; init; } = [];
    /// <summary>Before this step (0-based) the bot restarts and the resident comes back days later.</summary>
    public int? ComesBackBefore { get; init; }

    public override string ToString() => Name;
}

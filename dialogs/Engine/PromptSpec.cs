namespace CareerBot.Dialogs.Engine;

/// <summary>What a prompt expects back.</summary>
public enum PromptKind
{
    Text, Choice, Number, YesNo,
    // Domain prompts
    Interest, Qualification, Hours, Times, StartDate, Place, Miles, Results,
}

/// <summary>A button a prompt offers: the value it stands for, its label, and other words that pick it.</summary>
public sealed record PromptChoice(string Value, string Label, IReadOnlyList<string>? Synonyms = null);

/// <summary>
/// A question, stored in the dialog frame so it can be asked again after a restart.
/// Texts are catalogue keys, resolved when sent.
/// </summary>
public sealed record PromptSpec
{
    public required PromptKind Kind { get; init; }
    /// <summary>Short name of the question for insights ("interest", "hours").</summary>
    public required string Step { get; init; }
    public required string MessageKey { get; init; }
    public Dictionary<string, string>? Args { get; init; }
    /// <summary>Asked after an answer we did not understand (a question with examples).</summary>
    public string? RetryKey { get; init; }
    /// <summary>Said when the attempts run out, before moving on.</summary>
    public string? GiveUpKey { get; init; }
    /// <summary>The buttons. A registered list (<see cref="PromptChoiceSets"/>) is stored by its name.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PromptChoicesJsonConverter))]
    public IReadOnlyList<PromptChoice> Choices { get; init; } = [];
    public int MaxAttempts { get; init; } = 3;
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    /// <summary>"skip" is a valid answer.</summary>
    public bool AllowSkip { get; init; }
}

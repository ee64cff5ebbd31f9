namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// The result of a recogniser: a typed value with the span of text it came from, or a miss.
/// An ambiguous answer carries its alternatives so the dialog can ask to confirm instead of guessing.
/// </summary>
public sealed record Recognition<T>
{
    public bool Succeeded { get; init; }
    public T? Value { get; init; }
    /// <summary>Start of the matched text in the input (UTF-16 index).</summary>
    public int Start { get; init; }
    /// <summary>Length of the matched text.</summary>
    public int Length { get; init; }
    /// <summary>0..1: how sure the recogniser is.</summary>
    public double Confidence { get; init; }
    /// <summary>Other readings when the answer is ambiguous (empty when it is not).</summary>
    public IReadOnlyList<T> Alternatives { get; init; } = [];
    public bool IsAmbiguous => Alternatives.Count > 0;

    public static Recognition<T> NoMatch { get; } = new();

    public static Recognition<T> Match(T value, int start, int length, double confidence = 1.0) =>
        new() { Succeeded = true, Value = value, Start = start, Length = length, Confidence = confidence };
}

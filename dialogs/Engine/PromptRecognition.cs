namespace CareerBot.Dialogs.Engine;

/// <summary>How a prompt understood one answer.</summary>
public sealed record PromptRecognition
{
    public PromptAnswer? Answer { get; init; }
    /// <summary>Unsure: ask "Did you mean ...?" with <see cref="Description"/>.</summary>
    public bool NeedsConfirmation { get; init; }
    /// <summary>Plain words for the answer, used in a confirmation question.</summary>
    public string? Description { get; init; }
    public IReadOnlyList<string> Unmatched { get; init; } = [];
    /// <summary>Not understood, but the recogniser knows why: the message to ask again with, in place of the
    /// question's own retry ("I do not know that post code yet").</summary>
    public string? RetryKey { get; init; }
    /// <summary>With no answer: a message said before the question is asked again (in place of its "Sorry" retry).</summary>
    public string? ReplyKey { get; init; }
    public IReadOnlyDictionary<string, string>? ReplyArgs { get; init; }
    /// <summary>With no answer: not a miss (a greeting), so no try is used.</summary>
    public bool NotAMiss { get; init; }
    /// <summary>
    /// A second reading as likely as <see cref="Answer"/> ("3" where buttons show without numbers: 3 miles, or the
    /// third button): the prompt asks which one, with <see cref="Description"/> and <see cref="OtherDescription"/> as
    /// its two buttons. Set together with <see cref="NeedsConfirmation"/>.
    /// </summary>
    public PromptAnswer? Other { get; init; }
    public string? OtherDescription { get; init; }

    public bool Succeeded => Answer is not null;

    public static PromptRecognition None { get; } = new();

    public static PromptRecognition Of(PromptAnswer answer) => new() { Answer = answer };

    /// <summary>No answer: say <paramref name="key"/>, then ask the question again.</summary>
    public static PromptRecognition AskAgain(string key, bool notAMiss, IReadOnlyDictionary<string, string>? args = null, IReadOnlyList<string>? unmatched = null) =>
        new() { ReplyKey = key, ReplyArgs = args, NotAMiss = notAMiss, Unmatched = unmatched ?? [] };

    public static PromptRecognition Unsure(PromptAnswer answer, string description) =>
        new() { Answer = answer, NeedsConfirmation = true, Description = description };

    /// <summary>Two readings of one answer: ask which one the resident means.</summary>
    public static PromptRecognition Either(PromptAnswer first, string firstDescription, PromptAnswer second, string secondDescription) =>
        new() { Answer = first, NeedsConfirmation = true, Description = firstDescription, Other = second, OtherDescription = secondDescription };
}

/// <summary>Understands answers to prompts (the generic kinds and our domain kinds).</summary>
public interface IPromptRecognizer
{
    Task<PromptRecognition> RecogniseAsync(PromptSpec spec, Turn turn, DialogState state, CancellationToken cancellationToken);
}

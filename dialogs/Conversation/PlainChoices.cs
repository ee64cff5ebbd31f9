using System.Collections.Concurrent;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A button of the question on screen, pressed or typed as it is ("None", "Part-time", "Up to 10 miles"), that says
/// nothing else: no danger, worry, interruption, personal detail, word about English, question of the resident's own,
/// and no fact for another question. Such an answer is the question's alone, so the engine gives it to the question
/// at once, and the many readers of a typed message are not run on every button pressed.
/// </summary>
/// <remarks>
/// Whether a button says nothing else is found by those same readers, the first time its words are seen at its
/// question, and kept: the button's words and the readers never change while the process runs, so the answer is the
/// same each time. At most <see cref="Capacity"/> are kept; past that each is worked out again.
/// </remarks>
internal sealed class PlainChoices(FactReader facts, EnglishNeedRecognizer english)
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Step, string Text), bool> _known = new();

    // ConcurrentDictionary.Count takes every lock of the map: what was added is counted here.
    private int _added;

    /// <summary>How many buttons' words are kept now.</summary>
    public int Count => _known.Count;

    /// <summary>
    /// <paramref name="text"/> is one of <paramref name="asked"/>'s buttons (its label or value, in any case) at one of
    /// the main questions, and says nothing else.
    /// </summary>
    public bool IsPlain(PromptSpec asked, string text, DateTimeOffset localNow)
    {
        ArgumentNullException.ThrowIfNull(asked);
        if (text.Length == 0 || !FactReader.MainQuestions.Contains(asked.Step) || !IsButton(asked, text)) return false;
        var key = (asked.Step, text);
        if (_known.TryGetValue(key, out var plain)) return plain;
        plain = SaysNothingElse(asked.Step, text, localNow);
        if (Volatile.Read(ref _added) < Capacity && _known.TryAdd(key, plain)) Interlocked.Increment(ref _added);
        return plain;
    }

    private static bool IsButton(PromptSpec asked, string text)
    {
        foreach (var choice in asked.Choices)
            if (string.Equals(choice.Label, text, StringComparison.OrdinalIgnoreCase) || string.Equals(choice.Value, text, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Every reader the engine runs on a message before its question, and the facts for other questions: none finds anything.</summary>
    internal bool SaysNothingElse(string step, string text, DateTimeOffset localNow)
    {
        var personal = PersonalDetails.Remove(text, DateOnly.FromDateTime(localNow.Date));
        if (personal.Any || !string.Equals(personal.Rest, text, StringComparison.Ordinal)) return false;
        if (!string.Equals(TextSpeak.Read(EmojiWords.Read(text)), text, StringComparison.Ordinal)) return false;
        if (english.Recognise(text).Succeeded || english.RecogniseFine(text).Succeeded) return false;
        if (Distress.Find(text) is not null || Interruptions.Recognise(text).Kind != InterruptionKind.None || CommonQuestions.Find(text) is not null)
            return false;
        if (JobQuestions.IsQuestion(text, PromptWords.Normalise(text)) || EarlyQuestions.Find(text) is not null || EarlyQuestions.Asks(text))
            return false;
        var heard = facts.Read(text, step, localNow);
        return !heard.Any && heard.Employer is null;
    }
}

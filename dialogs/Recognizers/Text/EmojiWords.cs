using System.Text;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// A message of emoji alone, as texts and chats often are, read as the words it stands for: a thumbs up or a tick is
/// "ok" (yes to a yes-or-no question, else the question again with no "Sorry"), a thumbs down or a cross is "no", a
/// thinking or puzzled face or a question mark is "?" (the resident does not understand), praying hands are thanks.
/// Any letter or digit in the message, or an emoji of no such meaning, leaves the message as it is.
/// </summary>
internal static class EmojiWords
{
    private static readonly Dictionary<int, string> Meanings = new()
    {
        [0x1F44D] = "ok", [0x1F44C] = "ok", [0x2705] = "ok", [0x2714] = "ok", [0x2611] = "ok", [0x1F197] = "ok",
        [0x1F642] = "ok", [0x1F60A] = "ok", [0x1F600] = "ok", [0x1F603] = "ok", [0x1F604] = "ok", [0x263A] = "ok",
        [0x1F44E] = "no", [0x274C] = "no", [0x2716] = "no", [0x1F6AB] = "no",
        [0x1F914] = "?", [0x1F615] = "?", [0x1F937] = "?", [0x2753] = "?", [0x2754] = "?", [0x1F928] = "?", [0x1F633] = "?",
        [0x1F64F] = "thanks",
    };

    /// <summary>Emoji and signs that change no meaning: skin tones, genders, joiners and variation selectors.</summary>
    private static bool IsModifier(int code) =>
        code is >= 0x1F3FB and <= 0x1F3FF or 0x200D or 0xFE0F or 0xFE0E or 0x2640 or 0x2642;

    /// <summary>The words <paramref name="text"/> stands for when it is emoji and spaces only; else the text.</summary>
    public static string Read(string text)
    {
        if (text.Length == 0 || text.Length > 40) return text;
        string? meaning = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || IsModifier(rune.Value)) continue;
            if (Rune.IsLetterOrDigit(rune)) return text;
            if (!Meanings.TryGetValue(rune.Value, out var word) || word is null) return text;
            // Two emoji of different meaning ("👍👎") say nothing clear.
            if (meaning is not null && meaning != word) return text;
            meaning = word;
        }
        return meaning ?? text;
    }
}

using System.Globalization;
using System.Text;

namespace CareerBot.Dialogs.Engine;

/// <summary>Small text helpers the prompts share: normalising, skip words, plain numbers.</summary>
public static class PromptWords
{
    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "skip this", "skip this question", "pass", "next", "no thanks", "not now",
        "i do not want to say", "i dont want to say", "rather not say", "prefer not to say",
    };

    /// <summary>
    /// Safe text: lone UTF-16 surrogates (broken emoji) become U+FFFD and control characters other than
    /// line breaks become spaces, so normalising and matching never fail.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(char.IsControl(ch) && ch != '\n' ? ' ' : ch);
            }
        }
        return builder.ToString();
    }

    /// <summary>Lower case, letters and digits only, single spaces. "Part-time!" -> "part time".</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        return text.Length <= 256 && Ascii.IsValid(text) ? NormaliseAscii(text) : NormaliseAny(text);
    }

    /// <summary><see cref="Normalise"/> for any text: cleaned, composed (NFKC), then letters and digits kept.</summary>
    internal static string NormaliseAny(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in Clean(text).Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else if (ch == '\'' || ch == '\u2019')
            {
                // "don't" -> "dont"
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Normalise"/> for short ASCII text, most answers: nothing to clean or compose, so one pass into a
    /// buffer on the stack and one string.
    /// </summary>
    private static string NormaliseAscii(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (space && length > 0) buffer[length++] = ' ';
                buffer[length++] = char.ToLowerInvariant(ch);
                space = false;
            }
            else if (ch != '\'')
            {
                // "don't" -> "dont"; every other sign, space or control character separates words.
                space = true;
            }
        }
        return length == text.Length && buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
    }

    private static readonly KnownTextCache KnownNormal = new(text => Normalise(text));

    /// <summary>
    /// <see cref="Normalise"/> remembered for the bot's own texts (button labels, values and other words), which
    /// every turn compares the answer with. Not for what residents type: that varies too much to keep.
    /// </summary>
    internal static string NormaliseKnown(string? text) => text is null ? "" : KnownNormal.Get(text);

    public static bool IsSkip(string? text) => SkipWords.Contains(Normalise(text));

    /// <summary>Small words that only say "I hear you": no answer, and no reason to say sorry.</summary>
    private static readonly HashSet<string> AcknowledgementWords = new(StringComparer.Ordinal)
    {
        "ok", "okay", "okey", "oki", "k", "kk", "ok then", "okay then", "ok so", "oh ok", "ah ok", "alright", "all right",
        "right", "great", "cool", "nice", "good", "fine", "lovely", "brilliant", "perfect", "sound", "got it", "i see",
        "ok great", "ok cool", "ok good", "ok fine", "oh right", "mm", "hmm", "um", "erm", "er", "uh",
    };

    /// <summary>"ok", "great", "cool" and the like, alone.</summary>
    public static bool IsAcknowledgement(string? text) => AcknowledgementWords.Contains(Normalise(text));

    private static readonly HashSet<string> NoPreferenceWords = new(StringComparer.Ordinal)
    {
        "dont mind", "i dont mind", "do not mind", "i do not mind", "any", "anything", "either", "either is fine", "either one",
        "whatever", "doesnt matter", "it doesnt matter", "no preference", "any is fine", "both", "both are fine", "all", "all of them",
        "any of them", "anything is fine", "any one", "up to you", "you choose",
    };

    /// <summary>"I don't mind", "either", "anything": no choice between the buttons.</summary>
    public static bool IsNoPreference(string? text) => NoPreferenceWords.Contains(Normalise(text));

    /// <summary>"I don't know", "not sure", "dunno", with a little filler around it.</summary>
    public static bool IsDontKnow(string? text)
    {
        var words = Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && DontKnowFiller.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 0 && DontKnowFiller.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return words.Count > 0 && DontKnowWords.Contains(string.Join(' ', words));
    }

    private static readonly HashSet<string> DontKnowFiller = new(StringComparer.Ordinal)
    {
        "um", "erm", "er", "hmm", "well", "sorry", "oh", "really", "yet", "tbh", "honestly", "to", "be", "honest", "at", "the", "moment", "now",
        "right", "i", "am", "im", "mate", "please", "pls",
    };

    private static readonly HashSet<string> DontKnowWords = new(StringComparer.Ordinal)
    {
        "not sure", "unsure", "dont know", "do not know", "dont no", "don know", "dunno", "dno", "no idea", "idk", "no clue",
        "have no idea", "not really sure", "not certain", "cant say", "cannot say", "no sure", "not know", "no know",
    };

    /// <summary>A bare whole number ("3", " 20 "), or null.</summary>
    public static int? BareNumber(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!');
        return t.Length is > 0 and <= 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

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

    /// <summary>A bare whole number ("3", " 20 "), or null.</summary>
    public static int? BareNumber(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!');
        return t.Length is > 0 and <= 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

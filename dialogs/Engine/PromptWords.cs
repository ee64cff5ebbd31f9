using System.Globalization;
using System.Text;

namespace CareerBot.Dialogs.Engine;

/// <summary>Small text helpers the prompts share: normalising, skip words, plain numbers.</summary>
public static partial class PromptWords
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

    /// <summary>
    /// Asking to go on without answering, in residents' words: "skip", "pass", "next question", "skip this one", "move on",
    /// "id rather not say", "dont want to answer". Wider than <see cref="IsSkip"/>, so only for an answer no question read.
    /// </summary>
    public static bool AsksToSkip(string? text)
    {
        var n = Normalise(text);
        if (n.Length is 0 or > 48) return false;
        if (SkipWords.Contains(n)) return true;
        return (n.Contains("skip", StringComparison.Ordinal) || n.Contains("pass", StringComparison.Ordinal) || n.Contains("next", StringComparison.Ordinal)
            || n.Contains("move on", StringComparison.Ordinal) || n.Contains("answer", StringComparison.Ordinal) || n.Contains("rather not", StringComparison.Ordinal)
            || n.Contains("go on", StringComparison.Ordinal) || n.Contains("later", StringComparison.Ordinal))
            && SkipSaid().IsMatch(n);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:ok|okay|um|erm|sorry|can|could|i|we|just|please|pls|lets|let us|id|i would|i will|ill) )*(?:skip(?:ping)?|pass(?: on)?|rather skip|rather not(?: say| answer| tell)?|move on|go on|next(?: question| one| q| please)?|(?:i )?(?:dont|do not|cant|cannot) (?:want to |wanna )?answer(?: (?:that|this|it))?|no answer|(?:maybe |ask (?:me )?|tell you |do it |answer )?later(?: on)?|come back to (?:it|that|this)(?: later)?)(?: (?:it|this|that|this one|that one|this question|that question|the question|question|one|for now|please|pls|thanks|to the next|to next question|the next one|next))*$")]
    private static partial System.Text.RegularExpressions.Regex SkipSaid();

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

    /// <summary>"I don't mind", "either", "anything", with a little filler around it ("anything really", "i really dont mind"):
    /// no choice between the buttons.</summary>
    public static bool IsNoPreference(string? text) => Core(Normalise(text), NoPreferenceFiller) is { Length: > 0 } core && NoPreferenceWords.Contains(core);

    /// <summary>The normalised words without the <paramref name="filler"/> words at either end ("really dont mind really": "dont mind").</summary>
    private static string Core(string normalised, HashSet<string> filler)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int from = 0, to = words.Length;
        while (from < to && filler.Contains(words[from])) from++;
        while (to > from && filler.Contains(words[to - 1])) to--;
        return from == 0 && to == words.Length ? normalised : string.Join(' ', words[from..to]);
    }

    /// <summary>Words around "i dont mind" that change nothing. Not "right" or "now": "all right" is an OK, "any now" may be a time.</summary>
    private static readonly HashSet<string> NoPreferenceFiller = new(StringComparer.Ordinal)
    {
        "i", "really", "honestly", "tbh", "to", "be", "honest", "um", "erm", "er", "well", "mate", "please", "pls", "just", "so", "oh",
    };

    /// <summary>
    /// An unsure answer to a yes or no question, neither yes nor no: "maybe", "sometimes", "a bit", "kind of", "probably", "it
    /// depends", "sort of yeah maybe". Every word is one of these or a small word around them, and one of them carries the doubt.
    /// </summary>
    public static bool IsHedge(string? text)
    {
        var n = Normalise(text);
        if (n.Length is 0 or > 40) return false;
        var doubt = false;
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (HedgeWords.Contains(w) || ((w is "kind" or "sort") && i + 1 < words.Length && words[i + 1] == "of")
                || (w is "not" && i + 1 < words.Length && words[i + 1] is "always" or "much" or "sure")) doubt = true;
            else if (!HedgeFiller.Contains(w)) return false;
        }
        return doubt;
    }

    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "maybe", "mayb", "mabye", "perhaps", "possibly", "sometimes", "probably", "prob", "probs", "depends", "kinda", "sorta", "somewhat",
        "partly", "occasionally", "bit", "abit", "little", "unsure",
    };

    private static readonly HashSet<string> HedgeFiller = new(StringComparer.Ordinal)
    {
        "a", "it", "of", "kind", "sort", "yeah", "yes", "yep", "ye", "no", "not", "always", "much", "sure", "i", "think", "guess", "suppose",
        "um", "erm", "er", "hmm", "well", "really", "so", "on", "the", "day", "very", "quite", "just", "maybe", "or",
    };

    /// <summary>"I don't know", "not sure", "dunno", with a little filler around it.</summary>
    public static bool IsDontKnow(string? text) => Core(Normalise(text), DontKnowFiller) is { Length: > 0 } core && DontKnowWords.Contains(core);

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

    /// <summary>
    /// Asking for more of a list and nothing else, in residents' words (normalised): "more", "show me more", "other choices",
    /// "next", "next 3", "any others", "see the rest", "something else", "more jobs please". Not "more about a job".
    /// </summary>
    public static bool AsksForMore(string normalised)
    {
        if (normalised.Length is 0 or > 48) return false;
        var said = false;
        var count = 0;
        var text = normalised.AsSpan();
        foreach (var range in text.Split(' '))
        {
            var w = text[range];
            if (++count > 7 || w.Length == 0) return false;
            if (MoreCoreWords.Contains(w)) said = true;
            else if (!MoreOtherWords.Contains(w) && !(w.Length <= 2 && char.IsAsciiDigit(w[0]))) return false;
        }
        return said;
    }

    /// <summary>The words that ask for more: "more", "other", "next", "rest", "else".</summary>
    private static readonly HashSet<string> MoreCore = new(StringComparer.Ordinal)
    {
        "more", "mor", "moar", "other", "others", "othr", "next", "rest", "else", "another", "different", "anymore", "extra",
    };

    /// <summary>Words said with them that ask nothing else: "show me", "any", "choices", "jobs", "please".</summary>
    private static readonly HashSet<string> MoreOther = new(StringComparer.Ordinal)
    {
        "show", "me", "us", "see", "give", "get", "got", "have", "can", "could", "i", "we", "you", "u", "let", "lets", "view", "any", "some",
        "the", "a", "an", "of", "them", "please", "pls", "plz", "ok", "okay", "yes", "yeah", "then", "now", "thanks", "something", "anything",
        "ones", "one", "choices", "choice", "options", "option", "answers", "kinds", "kind", "page", "list", "jobs", "job", "courses",
        "results", "things", "work", "is", "are", "there", "want", "to", "like", "would", "id", "three", "few", "bit", "lot",
    };

    // Looked up by the words of the answer as they lie in it, with no string made for each word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MoreCoreWords = MoreCore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MoreOtherWords = MoreOther.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A bare whole number ("3", " 20 "), or null.</summary>
    public static int? BareNumber(string? text)
    {
        var t = (text ?? "").Trim().TrimEnd('.', '!');
        return t.Length is > 0 and <= 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

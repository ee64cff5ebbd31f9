using System.Text;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Insights;

/// <summary>One normalised fact to count once per conversation.</summary>
internal readonly record struct InsightFact(string Kind, string Value)
{
    private const int MaxValueLength = 60;
    private const int MaxWordLength = 30;

    /// <summary>
    /// Normalises a dialog's signal, or returns null when it cannot be stored safely. Unmatched text is
    /// reduced to single lower-case words made of letters only, so no number, address or sentence a
    /// resident typed is kept.
    /// </summary>
    public static IEnumerable<InsightFact> From(InsightSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        string kind = new(signal.Kind.Trim().ToLowerInvariant().Where(char.IsAsciiLetter).Take(32).ToArray());
        if (kind.Length == 0 || kind == InsightKinds.Conversation)
            yield break;

        if (kind == InsightKinds.Unmatched)
        {
            foreach (string word in Words(signal.Value))
                yield return new InsightFact(kind, word);
            yield break;
        }

        string value = Collapse(signal.Value).ToLowerInvariant();
        if (InsightKinds.AskedKinds.Contains(kind))
        {
            kind = InsightKinds.Asked;
            if (value.StartsWith("faq.", StringComparison.Ordinal)) value = value[4..];
            value = InsightKinds.AskedAliases.GetValueOrDefault(value, value);
        }
        else if (kind == InsightKinds.Crisis && value.StartsWith("crisis.", StringComparison.Ordinal))
        {
            value = value[7..];
        }
        if (value.Length is > 0 and <= MaxValueLength && !value.Any(char.IsControl))
            yield return new InsightFact(kind, value);
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (string raw in text.Normalize(NormalizationForm.FormKC)
                     .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string word = raw.Trim('.', ',', '!', '?', ';', ':', '"', '\'', '(', ')').ToLowerInvariant();
            // Anything with a digit, @ or other symbol may be a phone number, email, postcode or id: drop it.
            if (word.Length is >= 2 and <= MaxWordLength && word.All(c => char.IsLetter(c) || c is '-' or '\''))
                yield return word;
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

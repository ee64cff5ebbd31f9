using System.Globalization;
using System.Text;

namespace CareerBot.SearchIndex.Index;

/// <summary>Splits text into lower-case words the same way for queries, synonyms and explanations.</summary>
internal static class TextWords
{
    /// <summary>Letters and digits of any script form words; everything else separates them.</summary>
    public static string[] Of(string? text, int maxChars = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (text.Length > maxChars) text = text[..maxChars];
        string normal;
        try
        {
            normal = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normal = text; // lone surrogates cannot be normalised; the splitter below drops them
        }
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
            {
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c == '\'' || c == '\u2019')
            {
                // "don't" -> "dont", "Boots'" -> "boots"
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return [.. words];
    }

    /// <summary>A rough stem check for explanations: "cleaning" ~ "cleaner", "computers" ~ "computer".</summary>
    public static bool SameStem(string a, string b)
    {
        if (a == b) return true;
        if (a.Length < 4 || b.Length < 4) return false;
        // Quick no: the compared stem is at least 4 letters, so the first letters must agree.
        if (a[0] != b[0] || Math.Abs(a.Length - b.Length) > 4) return false;
        var stem = Math.Max(4, Math.Min(a.Length, b.Length) - 3);
        stem = Math.Min(stem, Math.Min(a.Length, b.Length));
        return string.CompareOrdinal(a, 0, b, 0, stem) == 0
               && Math.Abs(a.Length - b.Length) <= 4;
    }
}

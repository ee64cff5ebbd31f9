namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Builds an FTS5 MATCH expression from analysed terms. Every term is a quoted string, so nothing the
/// resident typed can act as FTS5 syntax (AND, NEAR, *, parentheses, column filters).
/// </summary>
internal static class FtsExpression
{
    /// <param name="terms">The analysed terms.</param>
    /// <param name="isKnownWord">Whole words the index holds; they get no prefix search (stemming covers their forms).</param>
    /// <param name="columns">Optional column filter, e.g. "title other_names".</param>
    public static string From(IEnumerable<QueryTerm> terms, Func<string, bool>? isKnownWord = null, string? columns = null)
    {
        var parts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var text = term.Text;
            if (text.Length == 0 || !seen.Add(text)) continue;
            var quoted = Quote(text);
            // Prefix search for single words long enough to mean something ("comput*" finds computer, computers).
            var prefix = term.Words.Length == 1 && text.Length >= 4 && !(isKnownWord?.Invoke(text) ?? false);
            parts.Add(prefix ? quoted + " *" : quoted);
        }
        var expression = string.Join(" OR ", parts);
        return columns is null || parts.Count == 0 ? expression : $"{{{columns}}} : ({expression})";
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Builds an FTS5 MATCH expression from analysed terms. Every term is a quoted string, so nothing the
/// resident typed can act as FTS5 syntax (AND, NEAR, *, parentheses, column filters).
/// </summary>
internal static class FtsExpression
{
    public static string From(IEnumerable<QueryTerm> terms)
    {
        var parts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var text = term.Text;
            if (text.Length == 0 || !seen.Add(text)) continue;
            var quoted = Quote(text);
            // Prefix search for single words long enough to mean something ("comput*" finds computer, computers).
            parts.Add(term.Words.Length == 1 && text.Length >= 4 ? quoted + " *" : quoted);
        }
        return string.Join(" OR ", parts);
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

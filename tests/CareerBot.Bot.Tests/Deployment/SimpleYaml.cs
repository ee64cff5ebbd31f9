namespace CareerBot.Bot.Tests.Deployment;

/// <summary>
/// Just enough YAML reading for the manifests' checks: splits multi-document files and finds the value
/// of a key under a parent key by indentation. Not a general YAML parser.
/// </summary>
internal static class SimpleYaml
{
    public static IReadOnlyList<string> Documents(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n---", StringSplitOptions.RemoveEmptyEntries)
            .Where(d => d.Split('\n').Any(l => l.Length > 0 && !l.TrimStart().StartsWith('#')))
            .ToList();

    /// <summary>The document whose top-level "kind:" is <paramref name="kind"/>.</summary>
    public static string Kind(string text, string kind) =>
        Documents(text).Single(d => d.Split('\n').Any(l => l.TrimEnd() == "kind: " + kind));

    /// <summary>The value of <paramref name="key"/> in the block under the first line "parent:".</summary>
    public static string? ValueUnder(string document, string parent, string key)
    {
        string[] lines = document.Split('\n');
        int start = Array.FindIndex(lines, l => l.Trim() == parent + ":");
        if (start < 0)
            return null;
        int indent = Indent(lines[start]);
        for (int i = start + 1; i < lines.Length && (lines[i].Trim().Length == 0 || Indent(lines[i]) > indent); i++)
        {
            string trimmed = lines[i].Trim().TrimStart('-', ' ');
            if (trimmed.StartsWith(key + ":", StringComparison.Ordinal))
                return trimmed[(key.Length + 1)..].Trim().Trim('"');
        }
        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;
}

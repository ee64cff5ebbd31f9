using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.Tests.CatalogueViews;

/// <summary>
/// Job titles, course titles and college names from the catalogue. They are names: we keep them as employers
/// and colleges write them, so residents can search for them and find them on job sites and college pages
/// (plain-english.md, "Keep job titles as employers write them"). The per-message bar is measured on the
/// words around them, so a long title does not make a plain sentence fail. Nothing else is left out.
/// </summary>
internal static class CatalogueNames
{
    private static readonly Lazy<IReadOnlyList<string>> All = new(() =>
    {
        var data = CatalogueData.LoadEmbedded();
        return data.Roles.Select(r => r.Title)
            // The job's first name, which the dialogs give as the words to search for on a job site.
            .Concat(data.Roles.Select(r => r.Title.IndexOfAny(['/', '(']) is > 0 and var cut ? r.Title[..cut].Trim() : r.Title))
            .Concat(data.Courses.Select(c => c.Title))
            .Concat(data.Providers.Select(p => p.Name))
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal)
            // Longest first, so "Care worker (care home)" goes before "Care worker".
            .OrderByDescending(n => n.Length)
            .ToList();
    });

    /// <summary>The text with each catalogue name taken out (exact, case-sensitive matches only).</summary>
    public static string Strip(string text)
    {
        foreach (var name in All.Value)
            if (text.Contains(name, StringComparison.Ordinal)) text = text.Replace(name, "", StringComparison.Ordinal);
        return text;
    }
}

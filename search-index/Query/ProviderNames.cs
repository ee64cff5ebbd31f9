namespace CareerBot.SearchIndex.Query;

/// <summary>Whether the name of a college a resident said is a provider's name, as the dialogs and the search both ask.</summary>
public static class ProviderNames
{
    /// <summary>
    /// True when <paramref name="providerName"/> starts with <paramref name="said"/>'s words ("Walsall College" is Walsall
    /// College, not Walsall Adult and Community College; "Dudley College" is Dudley College of Technology), "&amp;" read
    /// as "and", a first "the" left out, case and signs ignored.
    /// </summary>
    public static bool Names(string? said, string? providerName) => Names(Words(said), providerName);

    /// <summary><see cref="Names(string?, string?)"/> with the said name's <see cref="Words"/> worked out once.</summary>
    public static bool Names(IReadOnlyList<string> said, string? providerName)
    {
        if (said.Count == 0) return false;
        var name = Words(providerName);
        return name.Count >= said.Count && name.Take(said.Count).SequenceEqual(said, StringComparer.Ordinal);
    }

    /// <summary>A name's words as they are compared: lower case, letters and digits only, "&amp;" as "and", no first "the".</summary>
    public static List<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        var words = new List<string>();
        foreach (var w in name.ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(w.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0 && !(words.Count == 0 && letters == "the")) words.Add(letters);
        }
        return words;
    }
}

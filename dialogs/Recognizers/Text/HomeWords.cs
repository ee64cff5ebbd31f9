namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Where the resident lives, said with no place to search from: "i live near the city centre", "my house is by the
/// station", "round here", "near me", "in the town centre", "near the hospital". These words are no wish for work.
/// A place named in them ("i live in Dudley") is read by the place reader first; here only the words around it are.
/// </summary>
internal static class HomeWords
{
    /// <summary>Words that say where one lives ("i live", "im based", "we stay").</summary>
    private static readonly string[] Verbs = ["live", "living", "lives", "stay", "staying", "stays", "based", "reside", "residing"];

    /// <summary>Words for a home, said with "my" or "our" ("my house is near the station").</summary>
    private static readonly string[] Homes = ["house", "home", "flat", "address"];

    /// <summary>Words before a place that is near ("near the hospital", "round here", "close to me").</summary>
    private static readonly string[] Near = ["near", "nr", "by", "next", "close", "opposite", "beside", "behind", "round", "around", "outside"];

    /// <summary>Words that may describe where a home is.</summary>
    private static readonly HashSet<string> Describe = new(StringComparer.Ordinal)
    {
        "in", "near", "nr", "by", "next", "to", "close", "on", "off", "at", "round", "around", "opposite", "beside", "behind", "outside",
        "the", "a", "an", "my", "our", "of", "just", "quite", "very", "really", "not", "far", "from", "is", "its", "this", "that",
        "big", "main", "high", "bus", "train", "other", "side", "edge", "north", "south", "east", "west", "central",
    };

    /// <summary>Places that name no town: a home near one of them is still to be asked for.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "me", "us", "here", "there", "centre", "center", "middle", "hospital", "station", "shops", "shop", "park", "area", "town", "city",
        "market", "church", "mosque", "temple", "gurdwara", "school", "college", "uni", "estate", "flats", "local", "locally", "nearby",
        "road", "street",
    };

    /// <summary>Places that, after "in" or "at", still name no town ("in the town centre", "in my area").</summary>
    private static readonly string[] VagueIn = ["centre", "center", "middle", "area", "town", "city", "here", "local"];

    /// <summary>Words that start the next thought after a home said ("i live near the park and i want...").</summary>
    private static readonly string[] NextThought = ["and", "but", "so", "i", "im", "want", "wanna", "looking", "need", "please", "pls"];

    /// <summary>The token ranges [From, To) that say where the resident lives with no place to search from.</summary>
    public static IReadOnlyList<(int From, int To)> Find(IReadOnlyList<Token> t)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < t.Count)
        {
            var end = Said(t, i);
            if (end > i)
            {
                found.Add((i, end));
                i = end;
            }
            else i++;
        }
        return found;
    }

    /// <summary>Where a home said from token <paramref name="i"/> ends; <paramref name="i"/> when none starts there.</summary>
    private static int Said(IReadOnlyList<Token> t, int i)
    {
        var w = t[i];
        if (!w.IsWord) return i;
        if (w.IsAny("nearby", "local", "locally")) return i + 1;
        // "i live ...", "im based ...", "my house is ...": up to the end of the part, or a place that names no town.
        var verb = w.IsAny(Verbs) ? i : (w.IsAny("my", "our") && i + 1 < t.Count && t[i + 1].IsAny(Homes)) ? i + 1 : -1;
        if (verb >= 0)
        {
            var end = Describing(t, verb + 1);
            var last = end > verb + 1 ? t[end - 1] : default;
            var ends = end == t.Count || (!t[end].IsWord && !t[end].Is("-")) || t[end].IsAny(NextThought);
            // "live in carer": words that are not about a home follow, so it is not one.
            return ends || (last.IsWord && Vague.Contains(last.Text)) ? end : i;
        }
        // "near the hospital", "round here", "close to me", "in the city centre": a place near, naming no town.
        var near = w.IsAny(Near) && (!w.IsAny("next", "close") || (i + 1 < t.Count && t[i + 1].IsAny("to", "by")));
        var inside = w.IsAny("in", "at");
        if (!near && !inside) return i;
        var stop = Describing(t, i + 1);
        // Up to the last word that names a place ("around 20 hours" names none).
        while (stop > i + 1 && !Vague.Contains(t[stop - 1].Text)) stop--;
        if (stop == i + 1) return i;
        for (var k = i + 1; k < stop; k++)
            if (near ? Vague.Contains(t[k].Text) : t[k].IsAny(VagueIn)) return stop;
        return i;
    }

    /// <summary>The end of the run of words from <paramref name="from"/> that describe where a home is.</summary>
    private static int Describing(IReadOnlyList<Token> t, int from)
    {
        var k = from;
        while (k < t.Count && t[k].IsWord && (Describe.Contains(t[k].Text) || Vague.Contains(t[k].Text))) k++;
        return k;
    }
}

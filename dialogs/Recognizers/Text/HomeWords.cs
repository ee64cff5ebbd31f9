namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Where the resident lives, said with no place to search from: "i live near the city centre", "my flat is in the
/// town", "im new to the area", "round here", "near me", "in the town centre", "near the hospital". These words are
/// no wish for work. A place named in them ("i live in Dudley") is read by the place reader first; here only the
/// words around it are.
/// </summary>
internal static class HomeWords
{
    /// <summary>Words that say where one lives ("i live", "im based", "we stay", "just moved").</summary>
    private static readonly string[] Verbs = ["live", "living", "lives", "stay", "staying", "stays", "based", "reside", "residing", "moved"];

    /// <summary>Words for a home, said with "my" or "our" ("my house is near the station").</summary>
    private static readonly string[] Homes = ["house", "home", "flat", "address"];

    /// <summary>Words before a place that is near ("near the hospital", "round here", "close to me").</summary>
    private static readonly string[] Near = ["near", "nr", "by", "next", "close", "opposite", "beside", "behind", "round", "around", "outside", "not", "far"];

    /// <summary>Words said before a home or a place near ("i am staying", "anywhere near me", "just round the corner").</summary>
    private static readonly string[] Before =
        ["i", "im", "am", "we", "are", "currently", "still", "anywhere", "somewhere", "just", "really", "quite", "very", "only", "ideally"];

    /// <summary>Words that may describe where a home is.</summary>
    private static readonly HashSet<string> Describe = new(StringComparer.Ordinal)
    {
        "in", "near", "nr", "by", "next", "to", "close", "on", "off", "at", "round", "around", "opposite", "beside", "behind", "outside",
        "up", "down", "across", "over", "the", "a", "an", "my", "our", "of", "just", "quite", "very", "really", "not", "far", "from",
        "is", "its", "this", "that", "big", "main", "high", "bus", "train", "other", "side", "edge", "north", "south", "east", "west",
        "central",
    };

    /// <summary>Places that name no town: a home near one of them is still to be asked for.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "me", "us", "here", "there", "centre", "center", "middle", "hospital", "station", "shops", "shop", "park", "area", "town", "city",
        "market", "church", "mosque", "temple", "gurdwara", "school", "college", "uni", "estate", "flats", "local", "locally", "nearby",
        "road", "street", "lane", "corner", "pub", "library",
    };

    /// <summary>Places that, after "in" or "at", still name no town ("in the town centre", "in my area").</summary>
    private static readonly string[] VagueIn = ["centre", "center", "middle", "area", "town", "city", "here", "local"];

    /// <summary>Words that start the next thought after a home said ("i live near the park, i want...").</summary>
    private static readonly string[] NextThought = ["but", "so", "i", "im", "want", "wanna", "looking", "need", "please", "pls", "can", "would"];

    /// <summary>The token ranges [From, To) that say where the resident lives with no place to search from.</summary>
    /// <param name="t">The answer's tokens.</param>
    /// <param name="isWork">Whether a word names work ("cleaning", "job"): a home said ends before it.</param>
    public static IReadOnlyList<(int From, int To)> Find(IReadOnlyList<Token> t, Func<string, bool> isWork)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < t.Count)
        {
            var end = Said(t, i, isWork);
            if (end > i)
            {
                var from = i;
                while (from > 0 && t[from - 1].IsAny(Before)) from--;
                found.Add((from, end));
                i = end;
            }
            else i++;
        }
        return found;
    }

    /// <summary>Where a home said from token <paramref name="i"/> ends; <paramref name="i"/> when none starts there.</summary>
    private static int Said(IReadOnlyList<Token> t, int i, Func<string, bool> isWork)
    {
        var w = t[i];
        if (!w.IsWord) return i;
        if (w.IsAny("nearby", "local", "locally")) return Describing(t, i + 1);
        // "i live ...", "my house is ...", "im new to the area": the rest of that part of the answer, up to words of
        // work or a new thought ("i live with my mum near the park", "i live in a council flat, i want cleaning").
        // Only a verb said of the resident ("i live", "we stay", or opening the answer): "supported living" is work.
        var verb = w.IsAny(Verbs) && (i == 0 || !t[i - 1].IsWord || t[i - 1].IsAny(Before) || t[i - 1].IsAny("and", "also", "now", "m")) ? i
            : w.IsAny("my", "our") && i + 1 < t.Count && t[i + 1].IsAny(Homes) ? i + 1
            : w.Is("new") && i + 1 < t.Count && t[i + 1].IsAny("to", "here", "in") ? i
            : -1;
        if (verb >= 0)
        {
            // "live-in carer" is a job.
            if (verb + 1 < t.Count && t[verb + 1].Is("-")) return i;
            var end = verb + 1;
            while (end < t.Count && t[end].IsWord && !t[end].IsAny(NextThought)
                   && (Describe.Contains(t[end].Text) || Vague.Contains(t[end].Text) || !isWork(t[end].Text))
                   && !(t[end].Is("and") && end + 1 < t.Count && (t[end + 1].IsAny(NextThought) || isWork(t[end + 1].Text))))
                end++;
            return end;
        }
        // "near the hospital", "round here", "close to me", "not far from here", "in the city centre": a place near,
        // naming no town.
        var near = w.IsAny(Near) && (!w.IsAny("next", "close", "not", "far") || (i + 1 < t.Count && t[i + 1].IsAny("to", "by", "far", "from")));
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

using System.Text.RegularExpressions;
using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Places;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Towns, boroughs, local names ("Brum", "Wolves"), hospitals, colleges and areas inside a town ("New Cross Hospital",
/// "the QE", "Bearwood") and postcodes ("B15", "WV1 4AB", "dy1") from the catalogue's places, with typos forgiven by a
/// fuzzy match; and how far the resident can travel ("within 5 miles",
/// "I can't travel far", "anywhere"). Two places that fit equally are alternatives to confirm.
/// </summary>
public sealed partial class PlaceRecognizer
{
    /// <summary>Lowest fuzzy score (0..100) for a misspelt place name.</summary>
    public const int Threshold = 82;

    /// <summary>Names this long or shorter ("Aston", "Hockley") are confirmed when misspelt, never taken as they are.</summary>
    public const int ShortName = 7;

    /// <summary>Lowest fuzzy score for a name typed as more or fewer words than it has.</summary>
    public const int SplitThreshold = 94;

    /// <summary>Place names: their words, the key (words joined by spaces), the key without spaces (for typos), the place, the name to say,
    /// and whether it is a landmark (a hospital, college or area inside the place).</summary>
    private readonly List<(string[] Words, string Key, string Joined, KnownPlace Place, string Name, bool Landmark)> _names = [];

    /// <summary>Positions in <see cref="_names"/> (ascending) by a name's first word, and by its letters without spaces.</summary>
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byJoined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _joinedLookup;

    /// <summary>For each length of typed letters, the positions in <see cref="_names"/> (ascending) whose letters are
    /// no more than <see cref="Text.Fuzzy.MaxLengthGap"/> longer or shorter: the only names a typo match can reach.</summary>
    private readonly int[][] _byNearLength;
    private readonly int _longestJoined;

    /// <summary>Postcode districts that are also levels of English (CEFR): "B1" may be either.</summary>
    private static readonly string[] EnglishLevels = ["A1", "A2", "B1", "B2", "C1", "C2"];

    /// <summary>Words that make a CEFR-like district a level of English ("my English is B1", "B2 level").</summary>
    private static readonly string[] EnglishWords = ["english", "level", "esol", "ielts", "cefr", "speak", "speaking", "grade", "course", "exam", "certificate"];
    private readonly Dictionary<string, KnownPlace> _districts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names (as said back) of the landmarks that are hospitals: places of work as often as of home.</summary>
    private readonly HashSet<string> _hospitals = new(StringComparer.Ordinal);

    public PlaceRecognizer(IReadOnlyList<KnownPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        foreach (var p in places)
        {
            Add(p.Name, p, p.Name);
            foreach (var alias in p.Aliases) Add(alias, p, NameFor(p, alias));
            foreach (var d in p.PostcodeDistricts) _districts.TryAdd(d, p);
        }
        // Hospitals, colleges and areas: said back by their own name ("near New Cross Hospital"), searched as their place.
        // A hospital named with a borough's name and nothing more ("Walsall Hospital", "Solihull Hospital") is read as
        // the town and the word "hospital", as "wolverhampton hospital" is: the town said, and the work.
        var boroughs = places.Select(p => Tokens.Join(Tokens.Of(p.Borough), 0, Tokens.Of(p.Borough).Count)).ToHashSet(StringComparer.Ordinal);
        foreach (var p in places)
            foreach (var l in p.Landmarks)
            {
                if (IsHospital(l.Name)) _hospitals.Add(l.Name);
                foreach (var said in l.Aliases.Prepend(l.Name))
                    if (!TownAndHospital(said, boroughs)) Add(said, p, l.Name, landmark: true);
            }
        // A borough name finds its first place (the town centre), unless a place already has that name.
        foreach (var p in places) Add(p.Borough, p, p.Borough);
        // A city or town centre said the other way round or with its town last ("city centre Birmingham", "the centre
        // of Walsall", "Coventry centre"): "city centre" alone names no city, but with the town it is that centre.
        foreach (var p in places)
        {
            if (CentreOf(p.Name) is not { } town) continue;
            var name = NameFor(p, p.Name);
            foreach (var form in (string[])[$"city centre {town}", $"town centre {town}", $"centre of {town}", $"{town} centre"])
                Add(form, p, name);
        }
        _names.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        for (var i = 0; i < _names.Count; i++)
        {
            var (words, _, joined, _, _, _) = _names[i];
            AddAt(_byFirstWord, words[0], i);
            AddAt(_byJoined, joined, i);
            _longestJoined = Math.Max(_longestJoined, joined.Length);
        }
        _joinedLookup = _byJoined.GetAlternateLookup<ReadOnlySpan<char>>();
        _byNearLength = new int[_longestJoined + Text.Fuzzy.MaxLengthGap + 1][];
        for (var length = 0; length < _byNearLength.Length; length++)
            _byNearLength[length] = Enumerable.Range(0, _names.Count)
                .Where(i => Math.Abs(_names[i].Joined.Length - length) <= Text.Fuzzy.MaxLengthGap).ToArray();
    }

    /// <summary>"Walsall Hospital": a borough's name and the word "hospital" (not "Walsgrave Hospital").</summary>
    private static bool TownAndHospital(string name, HashSet<string> boroughs)
    {
        var tokens = Tokens.Of(name);
        return tokens.Count >= 2 && tokens[^1].Is("hospital") && boroughs.Contains(Tokens.Join(tokens, 0, tokens.Count - 1));
    }

    private static bool IsHospital(string name) => Tokens.Of(name).Any(t => t.IsAny("hospital", "hosp"));

    private static void AddAt(Dictionary<string, List<int>> map, string key, int position)
    {
        if (!map.TryGetValue(key, out var positions)) map[key] = positions = [];
        positions.Add(position);
    }

    private void Add(string text, KnownPlace place, string name, bool landmark = false)
    {
        var tokens = Tokens.Of(text);
        var key = Tokens.Join(tokens, 0, tokens.Count);
        // "city centre" alone names no city.
        if (key.Length == 0 || key is "city centre" or "town centre" || _names.Any(n => n.Key == key)) return;
        _names.Add((key.Split(' '), key, key.Replace(" ", "", StringComparison.Ordinal), place, name, landmark));
        // "city hosp", "new cross hosp": hospitals are often cut short.
        if (landmark && key.EndsWith(" hospital", StringComparison.Ordinal)) Add(key[..^"ital".Length], place, name, landmark);
    }

    /// <summary>"Birmingham" for "Birmingham city centre" or "Walsall town centre"; null for other names.</summary>
    private static string? CentreOf(string name)
    {
        foreach (var centre in (string[])[" city centre", " town centre"])
            if (name.EndsWith(centre, StringComparison.OrdinalIgnoreCase)) return name[..^centre.Length];
        return null;
    }

    /// <summary>A postcode said back with its town, so the resident sees what it was read as: "West Bromwich (B70)",
    /// "Wolverhampton (WV1)" for "WV1 4AB" (the borough for a city or town centre). The first place listing the district is the
    /// one searched from.</summary>
    public static string DistrictName(KnownPlace place, string code) =>
        $"{(place.Name.EndsWith("centre", StringComparison.OrdinalIgnoreCase) ? place.Borough : place.Name)} ({code})";

    /// <summary>
    /// The answer names a place outside the seven boroughs: a town ("Stafford", "stoke on trent"), a full postcode of
    /// another district ("SW1A 1AA", "B77 2AA"), or a district of a UK postcode area that is not listed ("LE1"; not
    /// "M6", more likely the motorway, nor a level of English in an answer about English).
    /// </summary>
    public bool NamesOutside(string text)
    {
        var t = Tokens.Of(text);
        if (OutsidePlaces.NamesTown(t)) return true;
        var limited = text.Length > Tokens.MaxLength ? text[..Tokens.MaxLength] : text;
        foreach (Match m in FullPostcode().Matches(limited))
            if (!_districts.ContainsKey(m.Groups[1].Value) && OutsidePlaces.IsPostcodeArea(m.Groups[1].Value)) return true;
        var aboutEnglish = t.Any(w => w.IsAny(EnglishWords));
        foreach (Match m in District().Matches(limited))
        {
            if (_districts.ContainsKey(m.Value) || !OutsidePlaces.IsPostcodeArea(m.Value)) continue;
            if (aboutEnglish && IsEnglishLevel(m.Value)) continue;
            if (MotorwayLike().IsMatch(m.Value)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The district a level of English may be ("B1"): only a place where the answer does not talk about English.</summary>
    public static bool IsEnglishLevel(string district) => EnglishLevels.Contains(district, StringComparer.OrdinalIgnoreCase);

    /// <summary>The answer talks about English ("my English is B1", "B2 level"): a level there is not a place.</summary>
    public static bool TalksAboutEnglish(string text) => Tokens.Of(text).Any(w => w.IsAny(EnglishWords));

    /// <summary>The name to say back: the borough for a city or town centre ("Brum" -> Birmingham), a part of a joined
    /// name as said ("Selly Oak"), else the place's own name ("West Brom" -> West Bromwich).</summary>
    private static string NameFor(KnownPlace place, string alias)
    {
        if (place.Name.EndsWith("centre", StringComparison.OrdinalIgnoreCase)) return place.Borough;
        if (alias.Equals(place.Borough, StringComparison.OrdinalIgnoreCase)) return place.Borough;
        if (place.Name.Contains(" and ", StringComparison.Ordinal) && place.Name.Contains(alias, StringComparison.OrdinalIgnoreCase)) return alias;
        return place.Name;
    }

    /// <param name="text">The answer.</param>
    /// <param name="travelModeAlone">True where a way of travelling alone answers the question ("bus" to "How far can
    /// you travel?"); otherwise it counts only when said as travel ("by bus", "I take the bus").</param>
    /// <param name="exactOnly">Skip the typo match: for callers that take only sure places (a typo match is never
    /// above 0.85), so the scan over every name is not spent on a result they would drop.</param>
    /// <param name="withTravel">Read how far they can travel too; false for a caller that reads it on its own, so a
    /// loose travel time ("15 mins walk") does not make a place named for sure unsure.</param>
    public Recognition<PlaceAnswer> Recognise(string text, bool travelModeAlone = false, bool exactOnly = false, bool withTravel = true)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0) return Recognition<PlaceAnswer>.NoMatch;
        var travel = withTravel ? TravelWords.Read(t, travelModeAlone) : null;
        // A postcode outside the boroughs counts only when no place of theirs is named ("LE1 5WW, I work in Coventry").
        var found = Postcode(text, t) ?? Named(t) ?? (exactOnly ? null : Fuzzy(t)) ?? Postcode(text, t, outside: true);
        if (found is null)
        {
            if (travel is null) return Recognition<PlaceAnswer>.NoMatch;
            var (ts, tl) = Tokens.Span(t, travel.From, travel.To);
            return Recognition<PlaceAnswer>.Match(
                new PlaceAnswer("", "", null, travel.Miles) { Anywhere = travel.Anywhere, TravelMode = travel.ByMode, Mode = travel.Mode }, ts, tl, travel.Confidence);
        }
        var answer = found.Answer with { MaxMiles = travel?.Miles, TravelMode = travel?.ByMode == true, Mode = travel?.Mode };
        var start = Math.Min(found.Start, travel is null ? int.MaxValue : t[travel.From].Start);
        var end = Math.Max(found.Start + found.Length, travel is null ? -1 : t[travel.To - 1].End);
        var confidence = Math.Min(found.Confidence, travel?.Confidence ?? 1.0);
        return Recognition<PlaceAnswer>.Match(answer, start, end - start, confidence) with { Alternatives = found.Alternatives };
    }

    /// <summary>
    /// Places said not to be it ("not Dudley", "Solihull not Coventry"), with their "not": where each starts and how
    /// long it is, so the words can be left out when the place said is read.
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> RuledOut(string text)
    {
        var t = Tokens.Of(text);
        var spans = new List<(int, int)>();
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (!t[i].Is("not") || !_byFirstWord.TryGetValue(t[i + 1].Text, out var positions)) continue;
            var longest = 0;
            foreach (var n in positions)
            {
                var words = _names[n].Words;
                if (i + 1 + words.Length > t.Count) continue;
                var ok = true;
                for (var k = 1; k < words.Length && ok; k++) ok = t[i + 1 + k].Text == words[k];
                if (ok) longest = Math.Max(longest, words.Length);
            }
            if (longest > 0) spans.Add(Tokens.Span(t, i, i + 1 + longest));
        }
        return spans;
    }

    private sealed record Found(PlaceAnswer Answer, int Start, int Length, double Confidence, IReadOnlyList<PlaceAnswer> Alternatives);

    /// <summary>A full postcode ("WV1 4AB", "b152tt") or a known district ("B15", "dy1"); with <paramref name="outside"/>,
    /// a full postcode of no listed district ("M1 1AE"), as an unsure answer with no borough.</summary>
    private Found? Postcode(string text, IReadOnlyList<Token> t, bool outside = false)
    {
        var limited = text.Length > Tokens.MaxLength ? text[..Tokens.MaxLength] : text;
        foreach (Match m in FullPostcode().Matches(limited))
        {
            // Only the district is kept, said back or searched from: the full postcode points at a few homes, and the
            // distance is measured from the district anyway.
            var outward = m.Groups[1].Value.ToUpperInvariant();
            if (_districts.TryGetValue(outward, out var place))
                return new(new PlaceAnswer(DistrictName(place, outward), place.Borough, outward, null), m.Index, m.Length, 1.0, []);
            if (outside) return new(new PlaceAnswer(outward, "", outward, null), m.Index, m.Length, 0.6, []);
        }
        if (outside) return null;
        foreach (Match m in District().Matches(limited))
        {
            // "my English is B1", "B2 level": a level of English, not a place.
            if (IsEnglishLevel(m.Value) && t.Any(w => w.IsAny(EnglishWords))) continue;
            if (_districts.TryGetValue(m.Value, out var place))
            {
                var code = m.Value.ToUpperInvariant();
                return new(new PlaceAnswer(DistrictName(place, code), place.Borough, code, null), m.Index, m.Length, 1.0, []);
            }
        }
        return null;
    }

    /// <summary>Known names and aliases, longest first; other places named are alternatives. A name that is part of a
    /// road's name ("Walsall Road", "coventry rd") is no place.</summary>
    private Found? Named(IReadOnlyList<Token> t)
    {
        var hits = Hits(t).Where(h => !StreetAfter(t, h.To)).ToList();
        if (hits.Count == 0) return null;
        // "not Dudley, I live in Birmingham", "Solihull not Coventry": a place said not to be it is no answer when
        // another place is named.
        var kept = hits.Where(h => h.From == 0 || !t[h.From - 1].Is("not")).ToList();
        if (kept.Count > 0) hits = kept;
        hits.Sort((a, b) => a.From.CompareTo(b.From));
        var first = hits[0];
        var (start, length) = Tokens.Span(t, first.From, first.To);
        var others = hits.Skip(1).Where(h => h.Place != first.Place)
            .Select(h => new PlaceAnswer(h.Name, h.Place.Borough, null, null)).Distinct().ToList();
        return new(new PlaceAnswer(first.Name, first.Place.Borough, null, null), start, length, others.Count > 0 ? 0.6 : 1.0, others);
    }

    /// <summary>Every known name typed, as the words it takes (longest names first), in no order.</summary>
    private List<(int From, int To, KnownPlace Place, string Name, bool Landmark)> Hits(IReadOnlyList<Token> t)
    {
        var hits = new List<(int From, int To, KnownPlace Place, string Name, bool Landmark)>();
        var used = new bool[t.Count];
        // Every name whose words are typed somewhere, found by its first word. They claim their words in the order of
        // the name list (longest names first), each place in the answer from left to right, as a scan of every name would.
        List<(int Name, int At)>? typed = null;
        for (var i = 0; i < t.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(t[i].Text, out var positions)) continue;
            foreach (var n in positions)
            {
                var words = _names[n].Words;
                if (i + words.Length > t.Count) continue;
                var ok = true;
                for (var k = 1; k < words.Length && ok; k++) ok = t[i + k].Text == words[k];
                if (ok) (typed ??= []).Add((n, i));
            }
        }
        if (typed is not null)
        {
            typed.Sort();
            foreach (var (n, i) in typed)
            {
                var (words, _, _, place, name, landmark) = _names[n];
                var free = true;
                for (var k = 0; k < words.Length && free; k++) free = !used[i + k];
                if (!free) continue;
                for (var k = 0; k < words.Length; k++) used[i + k] = true;
                hits.Add((i, i + words.Length, place, name, landmark));
            }
        }
        // A name typed with its spaces left out or put in ("westbrom", "smallheath", "wolver hampton", "hales owen").
        // No name is longer than the buffer, so letters that do not fit cannot be one.
        Span<char> letters = stackalloc char[Math.Min(_longestJoined + 1, 256)];
        for (var i = 0; i < t.Count; i++)
        {
            for (var n = 3; n >= 1; n--)
            {
                if (i + n > t.Count) continue;
                // The words as typed, one space between them, must be at least 5 characters long.
                var count = 0;
                var withSpaces = n - 1;
                for (var k = i; k < i + n && count >= 0; k++)
                {
                    if (used[k] || !t[k].IsWord) count = -1;
                    else
                    {
                        count = Append(letters, count, t[k].Text);
                        withSpaces += t[k].Text.Length;
                    }
                }
                if (count < 0 || withSpaces < 5) continue;
                if (!_joinedLookup.TryGetValue(letters[..count], out var positions)) continue;
                var found = -1;
                foreach (var p in positions)
                    if (_names[p].Words.Length != n) { found = p; break; }
                if (found < 0) continue;
                for (var k = i; k < i + n; k++) used[k] = true;
                hits.Add((i, i + n, _names[found].Place, _names[found].Name, _names[found].Landmark));
                break;
            }
        }
        return hits;
    }

    /// <summary>Misspelt names ("Dudely", "Coventary", "West Bromich"): the closest name by a fuzzy score.</summary>
    private Found? Fuzzy(IReadOnlyList<Token> t)
    {
        var scored = new List<(int Score, int From, int To, KnownPlace Place, string Name, int Letters)>();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            for (var n = 1; n <= 3 && i + n <= t.Count; n++)
            {
                if (!t[i + n - 1].IsWord) break;
                // "walsall road" is no misspelt "Walsall Wood", nor "street" "Streetly".
                if (StreetAfter(t, i + n) || t[i + n - 1].IsAny(StreetWords)) break;
                var typed = Tokens.Join(t, i, i + n);
                if (typed.Length < 5) continue;
                var joined = typed.Replace(" ", "", StringComparison.Ordinal);
                if (joined.Length >= _byNearLength.Length) continue;
                foreach (var position in _byNearLength[joined.Length])
                {
                    var (words, _, known, place, name, landmark) = _names[position];
                    // A name typed as more or fewer words ("kingsheth", "sutton cold feild") must be closer: "learn
                    // more" is near "Leamore" and "warden" near "Ward End" by letters alone.
                    if (Math.Abs(words.Length - n) > 1) continue;
                    var least = words.Length == n ? Threshold : SplitThreshold;
                    // A landmark's name ends in a common word ("City Hospital"): "my hospital" is near it by letters
                    // alone, so a misspelt landmark must at least start as it does.
                    if (landmark && joined[0] != known[0]) continue;
                    var score = Text.Fuzzy.Word(joined, known, least);
                    if (score >= least) scored.Add((score, i, i + n, place, name, known.Length));
                }
            }
        }
        if (scored.Count == 0) return null;
        var best = scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.To - s.From).First();
        var rivals = scored.Where(s => s.Place != best.Place && best.Score - s.Score <= 4)
            .Select(s => new PlaceAnswer(s.Name, s.Place.Borough, null, null)).Distinct().ToList();
        var (start, length) = Tokens.Span(t, best.From, best.To);
        var confidence = rivals.Count > 0 ? 0.5 : Math.Clamp((best.Score - 60) / 40.0, 0.5, 0.85);
        // A short name one letter off is as likely another word ("hockey" for Hockley, "ashton" for Aston): ask.
        if (best.Letters <= ShortName) confidence = Math.Min(confidence, 0.6);
        return new(new PlaceAnswer(best.Name, best.Place.Borough, null, null), start, length, confidence, rivals);
    }

    /// <summary>Appends a word's letters (spaces left out) at <paramref name="length"/>; -1 when they do not fit.</summary>
    private static int Append(Span<char> letters, int length, string word)
    {
        foreach (var c in word)
        {
            if (c == ' ') continue;
            if (length == letters.Length) return -1;
            letters[length++] = c;
        }
        return length;
    }

    [GeneratedRegex(@"\b([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)\s*([0-9][A-Za-z]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullPostcode();

    [GeneratedRegex(@"\b[A-Za-z]{1,2}[0-9]{1,2}[A-Za-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex District();

    /// <summary>"M6", "m42": a motorway, more often than a Manchester district, in the West Midlands.</summary>
    [GeneratedRegex(@"^[Mm][0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex MotorwayLike();
}

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>How far a resident can travel, read from tokens [<see cref="From"/>, <see cref="To"/>).</summary>
internal sealed record Travel(double? Miles, bool Anywhere, int From, int To, double Confidence)
{
    /// <summary>Said as a way of travelling ("by bus", "I don't drive"), not as a distance.</summary>
    public bool ByMode { get; init; }
    /// <summary>The way of travelling the distance stands for ("bus", "walk"; "bus" for "no car"), when it was said alone.</summary>
    public string? Mode { get; init; }
    /// <summary>The way was guessed from what they do not have ("no car": the bus), not said.</summary>
    public bool Guessed { get; init; }
}

/// <summary>"within 5 miles", "10 mile radius", "8km", "30 minutes on the bus", "I can't travel far", "anywhere".</summary>
internal static class TravelWords
{
    /// <summary>Miles a bus covers in an hour in town, to turn a travel time into a distance when no way of
    /// travelling is said ("an hour").</summary>
    private const double BusMilesPerHour = 10;

    private static readonly (string[] Words, double? Miles, bool Anywhere)[] Phrases =
    [
        (["cant", "travel", "far"], 3, false), (["cannot", "travel", "far"], 3, false), (["can", "not", "travel", "far"], 3, false),
        (["not", "too", "far"], 3, false), (["not", "far"], 3, false), (["close", "to", "home"], 3, false), (["near", "home"], 3, false),
        (["near", "me"], 3, false), (["nr", "home"], 3, false), (["nr", "me"], 3, false), (["close", "by"], 3, false),
        (["round", "here"], 3, false), (["around", "here"], 3, false), (["my", "area"], 3, false), (["walking", "distance"], 1, false), (["nearby"], 3, false), (["locally"], 3, false), (["local"], 3, false),
        (["any", "distance"], null, true), (["anywhere"], null, true), (["any", "where"], null, true), (["everywhere"], null, true),
        (["dont", "mind"], null, true), (["do", "not", "mind"], null, true), (["any", "place"], null, true), (["happy", "to", "travel"], null, true),
    ];

    /// <summary>
    /// Miles for a way of travelling, as a resident answers "How far can you travel?" with how they travel.
    /// The buttons offer 3, 5 and 10 miles; each mode takes the one a trip of about half an hour covers in the
    /// West Midlands: walking about 2 miles; a bike or a bus about 5 (a town bus averages about 10 mph, see
    /// <see cref="BusMilesPerHour"/>); a train, tram or car about 10. "I don't drive" or "no car" means buses:
    /// 5. Being wrong costs little: the distance only ranks and filters, and the resident can change it.
    /// </summary>
    private static readonly (string[] Words, double Miles)[] Modes =
    [
        (["walk", "walking", "foot", "walks"], 2),
        (["bike", "bicycle", "cycle", "cycling"], 5),
        (["bus", "buses", "busses", "transport"], 5),
        (["train", "trains", "tram", "trams", "metro"], 10),
        (["car", "drive", "driving", "van", "motorbike", "moped"], 10),
    ];

    private const double WithoutACar = 5;

    private static readonly string[] ModeCues = ["by", "in", "take", "taking", "took", "takes", "on", "get", "catch", "use", "using", "i", "have", "got", "own"];

    /// <summary>
    /// A way of travelling. With <paramref name="bare"/> (the answer to "How far can you travel?") any mode word
    /// counts; otherwise only travel said as travel: "by bus", "I take the bus", "I drive", "I have a car", "on foot"
    /// (not "a driving job", "I can drive" or "bus driver").
    /// </summary>
    public static Travel? Mode(IReadOnlyList<Token> t, bool bare)
    {
        // "walk or bus", "bus or train": they can use either, so the one that goes farthest. A way said plainly comes
        // before the bus guessed from "no car" ("no car, i walk" is walking).
        Travel? best = null;
        int from = -1, to = -1;
        for (var start = 0; start < t.Count;)
        {
            if (FirstMode(t, bare, start) is not { } found) break;
            if (best is null || (best.Guessed && !found.Guessed) || (best.Guessed == found.Guessed && found.Miles > best.Miles)) best = found;
            if (from < 0) from = found.From;
            to = found.To;
            start = found.To;
        }
        return best is null ? null : best with { From = from, To = to };
    }

    private static Travel? FirstMode(IReadOnlyList<Token> t, bool bare, int start)
    {
        for (var i = start; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            foreach (var (words, miles) in Modes)
            {
                if (!t[i].IsAny(words)) continue;
                // "public transport" is buses (and trains); "no transport" alone says nothing of how far.
                if (t[i].Is("transport") && !(i > 0 && t[i - 1].Is("public"))) break;
                if (i + 1 < t.Count && t[i + 1].IsAny("driver", "drivers", "station", "stop", "depot", "garage", "park", "wash")) break;
                var car = words[0] == "car";
                // "I don't drive", "no car"; not across a new clause ("no licence so bus", "i dont drive, i get the bus").
                var negated = false;
                var wish = false;
                for (var k = i - 1; k >= Math.Max(0, i - 3) && !t[k].IsAny("so", "but", ",", ".", "then", "just", "only"); k--)
                {
                    negated |= t[k].IsAny("dont", "not", "no", "cant", "cannot", "without", "never", "havent", "hasnt", "doesnt");
                    wish |= t[k].IsAny("want", "wanna", "like", "fancy", "enjoy", "more");
                }
                // "I don't want to drive", "no more driving": work not wanted, not a way to work.
                if (negated && (!car || wish)) break;
                // "I can walk", "I can get the bus"; but "I can drive" is a licence, not a way to work.
                var can = !car && i > 0 && t[i - 1].Is("can");
                if (!bare && !negated && !can && !Cued(t, i)) break;
                var from = negated ? Math.Max(0, i - 3) : i;
                return new Travel(negated ? WithoutACar : miles, false, from, i + 1, 0.9) { ByMode = true, Mode = negated ? "bus" : words[0], Guessed = negated };
            }
        }
        return null;
    }

    /// <summary>
    /// A way of travelling said right beside tokens [<paramref name="from"/>, <paramref name="to"/>), with "by", "on",
    /// "the" or "a" between at most: "bus 30 mins", "walk, 15 minutes", "20 min drive". Its token span, or null.
    /// </summary>
    public static (int From, int To)? ModeBeside(IReadOnlyList<Token> t, int from, int to)
    {
        var k = from - 1;
        while (k >= 0 && t[k].IsAny("by", "on", "the", "a", ",")) k--;
        if (k >= 0 && IsModeWord(t[k])) return (k, k + 1);
        k = to;
        while (k < t.Count && t[k].IsAny("by", "on", "the", "a", ",")) k++;
        return k < t.Count && IsModeWord(t[k]) ? (to, k + 1) : null;
    }

    private static bool IsModeWord(Token token) => Modes.Any(m => token.IsAny(m.Words));

    /// <summary>"by bus", "take the bus", "I drive", "I have a car", "on foot": a cue word just before (a/the/my between).</summary>
    private static bool Cued(IReadOnlyList<Token> t, int i)
    {
        var k = i - 1;
        while (k >= 0 && k >= i - 3 && t[k].IsAny("a", "the", "my", "own")) k--;
        if (k >= 0 && t[k].IsAny(ModeCues)) return true;
        // "walk to work", "drive to work"
        return i + 2 < t.Count && t[i + 1].Is("to") && t[i + 2].IsAny("work", "job");
    }

    /// <summary>
    /// Miles an hour for a travel time ("20 minutes drive", "half an hour walk"). <see cref="Modes"/> gives what a trip
    /// of about half an hour covers, so a mode's speed is twice its miles: walking 4 mph, a bike or a bus 10 (a town
    /// bus, <see cref="BusMilesPerHour"/>), a train, tram or car 20. "I don't drive" means the bus. With no way of
    /// travelling said, the bus.
    /// </summary>
    private static double MilesPerHour(IReadOnlyList<Token> t) =>
        Mode(t, bare: true) is { Miles: { } halfHour } ? halfHour * 2 : BusMilesPerHour;

    /// <summary>A travel time in whole miles, at least 1: "about 7 miles" reads better than 6.7, and the time was a guess.</summary>
    private static double TimeMiles(IReadOnlyList<Token> t, double hours) => Math.Max(1, Math.Round(hours * MilesPerHour(t), MidpointRounding.AwayFromZero));

    /// <summary>An hour in words: "an hour", "half an hour", "half hour", "an hour and a half", "quarter of an hour".</summary>
    private static (double Hours, int From, int To)? HourWords(IReadOnlyList<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsAny("hour", "hr")) continue;
            // "an hour a day" is time at work, not travel.
            if (i + 1 < t.Count && t[i + 1].IsAny("a", "per", "week", "day") && !(i + 3 < t.Count && t[i + 2].Is("half"))) continue;
            var from = i;
            var hours = 1.0;
            if (from > 0 && t[from - 1].IsAny("an", "a", "one")) from--;
            if (from > 0 && t[from - 1].Is("half")) (hours, from) = (0.5, from - 1);
            else if (from > 1 && t[from - 1].Is("of") && t[from - 2].Is("quarter")) (hours, from) = (0.25, from - 2);
            else if (from == i && from > 0 && t[from - 1].IsNumber) continue; // "2 hour": a number, read below
            var to = i + 1;
            if (hours == 1 && NumberPhrases.Prefix(t, to, ["and", "a", "half"]) is { } half) (hours, to) = (1.5, half);
            else if (hours == 1 && NumberPhrases.Prefix(t, to, ["and", "half"]) is { } half2) (hours, to) = (1.5, half2);
            if (from > 0 && t[from - 1].Is("a") && hours < 1) from--; // "a half hour"
            return (hours, from, to);
        }
        return null;
    }

    public static Travel? Read(IReadOnlyList<Token> t) => Read(t, bareModes: false);

    public static Travel? Read(IReadOnlyList<Token> t, bool bareModes)
    {
        if (Distances(t) is { } distance) return distance;
        if (HourWords(t) is var (wordHours, hourFrom, hourTo))
            return new Travel(TimeMiles(t, wordHours), false, hourFrom, hourTo, 0.7);
        for (var i = 0; i < t.Count; i++)
            foreach (var (words, miles, anywhere) in Phrases)
                if (NumberPhrases.Prefix(t, i, words) is { } next)
                    return new Travel(miles, anywhere, i, next, 0.9);
        // "not to far", "dont want to go far", "cant go very far": near home, however it is spelt (never "any distance").
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].Is("far")) continue;
            for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
                if (t[k].IsAny("not", "no", "dont", "cant", "cannot", "wont", "never"))
                    return new Travel(3, false, k, i + 1, 0.9);
        }
        return Mode(t, bareModes);
    }

    /// <summary>Words that may join distances said as choices: "15 mins walk or 5 miles by car", "2 miles / 10 mins".</summary>
    private static readonly string[] ChoiceJoins = ["or", "/", ",", "by", "on", "in", "the", "a", "my", "foot", "either", "maybe", "max", "away"];

    /// <summary>
    /// A distance or travel time said with a number. Choices said one after the other ("15 mins walk or 5 miles by car")
    /// are one answer: they can go as far as the farthest, and a distance in miles is surer than a time, so the farthest
    /// in miles wins when there is one.
    /// </summary>
    private static Travel? Distances(IReadOnlyList<Token> t)
    {
        Travel? first = null;
        Travel? best = null;
        var to = -1;
        foreach (var found in Each(t))
        {
            if (first is not null)
            {
                var joined = true;
                for (var k = to; k < found.From && joined; k++)
                    joined = t[k].IsAny(ChoiceJoins) || Modes.Any(m => t[k].IsAny(m.Words));
                if (!joined) break;
            }
            first ??= found;
            to = found.To;
            if (best is null || found.Confidence > best.Confidence || (found.Confidence == best.Confidence && found.Miles > best.Miles)) best = found;
        }
        return best is null ? null : best with { From = first!.From, To = to };
    }

    /// <summary>Every distance or travel time said with a number, from left to right.</summary>
    private static IEnumerable<Travel> Each(IReadOnlyList<Token> t)
    {
        foreach (var phrase in NumberPhrases.FindAll(t))
        {
            var k = phrase.To;
            if (k >= t.Count) continue;
            var value = (double)(phrase.Range.OpenAbove ? phrase.Range.Min : phrase.Range.Max);
            // "1 and a half hours"
            if (NumberPhrases.Prefix(t, k, ["and", "a", "half"]) is { } half && half < t.Count && t[half].IsAny("hours", "hour", "hrs", "hr"))
                (value, k) = (value + 0.5, half);
            if (t[k].IsAny("an", "a") && k + 1 < t.Count) k++;
            var unit = t[k].Text;
            double? hours = unit switch
            {
                "minutes" or "mins" or "min" or "minute" or "mns" => value / 60,
                "hour" or "hours" or "hr" or "hrs" when !(k + 1 < t.Count && t[k + 1].IsAny("a", "per", "week", "day")) => value,
                _ => null,
            };
            double? miles = unit switch
            {
                "miles" or "mile" or "mi" => value,
                "km" or "kms" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "k" => value * 0.621,
                _ when hours is { } h && h <= 3 => TimeMiles(t, h),
                _ => null,
            };
            if (miles is not { } m || m <= 0 || m > 200) continue;
            var to = k + 1;
            if (to < t.Count && t[to].IsAny("radius", "away", "max", "maximum")) to++;
            yield return new Travel(Math.Round(m, 1), false, phrase.From, to, hours is not null ? 0.7 : 1.0);
        }
    }
}

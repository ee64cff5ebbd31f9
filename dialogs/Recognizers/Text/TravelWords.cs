namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>How far a resident can travel, read from tokens [<see cref="From"/>, <see cref="To"/>).</summary>
internal sealed record Travel(double? Miles, bool Anywhere, int From, int To, double Confidence);

/// <summary>"within 5 miles", "10 mile radius", "8km", "30 minutes on the bus", "I can't travel far", "anywhere".</summary>
internal static class TravelWords
{
    /// <summary>Miles a bus covers in an hour in town, to turn a travel time into a distance.</summary>
    private const double BusMilesPerHour = 10;

    private static readonly (string[] Words, double? Miles, bool Anywhere)[] Phrases =
    [
        (["cant", "travel", "far"], 3, false), (["cannot", "travel", "far"], 3, false), (["can", "not", "travel", "far"], 3, false),
        (["not", "too", "far"], 3, false), (["not", "far"], 3, false), (["close", "to", "home"], 3, false), (["near", "home"], 3, false),
        (["near", "me"], 3, false), (["walking", "distance"], 1, false), (["nearby"], 3, false), (["locally"], 3, false), (["local"], 3, false),
        (["any", "distance"], null, true), (["anywhere"], null, true), (["any", "where"], null, true), (["everywhere"], null, true),
        (["dont", "mind"], null, true), (["do", "not", "mind"], null, true), (["any", "place"], null, true), (["happy", "to", "travel"], null, true),
    ];

    public static Travel? Read(IReadOnlyList<Token> t)
    {
        foreach (var phrase in NumberPhrases.FindAll(t))
        {
            var k = phrase.To;
            if (k >= t.Count) continue;
            var value = (double)(phrase.Range.OpenAbove ? phrase.Range.Min : phrase.Range.Max);
            if (t[k].IsAny("an", "a") && k + 1 < t.Count) k++;
            var unit = t[k].Text;
            double? miles = unit switch
            {
                "miles" or "mile" or "mi" => value,
                "km" or "kms" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "k" => value * 0.621,
                "minutes" or "mins" or "min" or "minute" => value / 60 * BusMilesPerHour,
                "hour" or "hours" or "hr" or "hrs" when !(k + 1 < t.Count && t[k + 1].IsAny("a", "per", "week", "day")) => value * BusMilesPerHour,
                _ => null,
            };
            if (miles is not { } m || m <= 0 || m > 200) continue;
            var to = k + 1;
            if (to < t.Count && t[to].IsAny("radius", "away", "max", "maximum")) to++;
            var approx = unit.StartsWith("min", StringComparison.Ordinal) || unit.StartsWith('h');
            return new Travel(Math.Round(m, 1), false, phrase.From, to, approx ? 0.7 : 1.0);
        }
        for (var i = 0; i < t.Count; i++)
            foreach (var (words, miles, anywhere) in Phrases)
                if (NumberPhrases.Prefix(t, i, [words]) is { } next)
                    return new Travel(miles, anywhere, i, next, 0.9);
        return null;
    }
}

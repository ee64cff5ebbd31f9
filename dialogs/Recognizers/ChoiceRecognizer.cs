using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Picks one option by label, value or other word; by number ("2", "number 2", "option two"); by ordinal
/// ("the second one", "last one"); or by a fuzzy match that forgives typos ("ofice work"). The value is the
/// option's index. Two options that fit about as well make an ambiguous answer with the other as alternative.
/// </summary>
public sealed class ChoiceRecognizer
{
    /// <summary>Lowest fuzzy score (0..100) that counts as a pick.</summary>
    public const int Threshold = 78;

    /// <summary>Score of typed words that are only part of an option's name: a match to confirm.</summary>
    private const int PartOfName = 80;

    /// <summary>Two options within this many points of each other are too close to call.</summary>
    public const int CloseCall = 6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "id", "im", "want", "like", "would", "please", "one", "option", "choice", "my", "me", "to", "in",
        "of", "and", "for", "do", "it", "is", "that", "this", "pick", "choose", "go", "with", "some", "something", "any", "be",
        "ok", "okay", "yes", "think", "maybe", "just", "job", "jobs", "work", "kind",
    };

    public Recognition<int> Recognise(string text, IReadOnlyList<ChoiceOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var t = Tokens.Of(text);
        if (t.Count == 0 || options.Count == 0) return Recognition<int>.NoMatch;
        var whole = Tokens.Join(t, 0, t.Count);
        var (start, length) = Tokens.Span(t, 0, t.Count);

        // 1. The whole text is a label or other word.
        for (var i = 0; i < options.Count; i++)
            if (Normal(options[i].Label) == whole || AnyNormalIs(options[i].Synonyms, whole))
                return Recognition<int>.Match(i, start, length);

        // 2. A position: "2", "number 2", "option two", "the second one", "last one".
        if (Position(t, options.Count) is { } position)
        {
            if (position.Index < 0) return Recognition<int>.NoMatch;
            var (ps, pl) = Tokens.Span(t, position.From, position.To);
            return Recognition<int>.Match(position.Index, ps, pl, 0.95);
        }
        for (var i = 0; i < options.Count; i++)
            if (Normal(options[i].Value) == whole)
                return Recognition<int>.Match(i, start, length);

        // 3. A label or other word inside the text ("I'd like office work please").
        var contained = new List<(int Index, int Length, int From, int To)>();
        for (var i = 0; i < options.Count; i++)
        {
            foreach (var name in Names(options[i]))
            {
                if (Find(t, name) is { } at)
                    contained.Add((i, name.Length, at.From, at.To));
            }
        }
        if (contained.Count > 0)
        {
            var best = contained.OrderByDescending(c => c.Length).First();
            var rivals = contained.Where(c => c.Index != best.Index && c.Length == best.Length).Select(c => c.Index).Distinct().ToList();
            var (cs, cl) = Tokens.Span(t, best.From, best.To);
            return Recognition<int>.Match(best.Index, cs, cl, rivals.Count > 0 ? 0.5 : 0.9) with { Alternatives = rivals };
        }

        // 4. Fuzzy: typos and shuffled or extra words.
        var typed = string.Join(' ', t.Where(x => x.IsWord && !StopWords.Contains(x.Text)).Select(x => x.Text));
        if (typed.Length < 3) return Recognition<int>.NoMatch;
        var typedWords = typed.Split(' ');
        var scores = options.Select((o, i) => (Index: i, Score: Names(o).Max(n => Score(typed, typedWords, n)))).OrderByDescending(s => s.Score).ToList();
        var top = scores[0];
        if (top.Score < Threshold) return Recognition<int>.NoMatch;
        var close = scores.Skip(1).Where(s => s.Score >= Threshold && top.Score - s.Score <= CloseCall).Select(s => s.Index).ToList();
        var confidence = close.Count > 0 ? 0.45 : Math.Clamp((top.Score - 50) / 50.0, 0.5, 0.9);
        return Recognition<int>.Match(top.Index, start, length, confidence) with { Alternatives = close };
    }

    private static IEnumerable<string> Names(ChoiceOption option)
    {
        yield return Normal(option.Label);
        yield return Normal(option.Value);
        foreach (var s in option.Synonyms ?? []) yield return Normal(s);
    }

    /// <summary>An option's label, value or other word as tokens joined by spaces; remembered, as options are the bot's own words.</summary>
    private static string Normal(string? text) => text is null ? "" : NormalNames.Get(text);

    private static readonly KnownTextCache NormalNames = new(text =>
    {
        var tokens = Tokens.Of(text);
        return Tokens.Join(tokens, 0, tokens.Count);
    });

    private static bool AnyNormalIs(IReadOnlyList<string>? names, string whole)
    {
        if (names is null) return false;
        for (var i = 0; i < names.Count; i++)
            if (Normal(names[i]) == whole) return true;
        return false;
    }

    /// <summary>A normalised option name without its stop words; remembered like <see cref="Normal"/>.</summary>
    private static readonly KnownTextCache PlainNames = new(name => string.Join(' ', name.Split(' ').Where(w => !StopWords.Contains(w))));

    /// <summary>A plain name's words; remembered like <see cref="PlainNames"/>.</summary>
    private static readonly KnownTextCache<string[]> PlainWords = new(plain => plain.Split(' '));

    /// <summary>Fuzzy score of typed words (<paramref name="typedWords"/>: the same, split) against an option name with its stop words dropped.</summary>
    private static int Score(string typed, string[] typedWords, string name)
    {
        var plain = PlainNames.Get(name);
        if (plain.Length < 3) return 0;
        var score = Fuzzy.Phrase(typed, plain);
        // Word by word, for one typo in each word ("hospitle poter").
        var nameWords = PlainWords.Get(plain);
        if (nameWords.Length == 0) return score;
        // Each typed word against each name word, once: the best for each name word, and whether each typed word is
        // close to some name word.
        Span<bool> close = typedWords.Length <= 64 ? stackalloc bool[typedWords.Length] : new bool[typedWords.Length];
        var sum = 0;
        foreach (var n in nameWords)
        {
            var best = int.MinValue;
            for (var k = 0; k < typedWords.Length; k++)
            {
                var s = Fuzzy.Word(typedWords[k], n);
                if (s > best) best = s;
                if (s >= 85) close[k] = true;
            }
            sum += best;
        }
        var perWord = (int)((double)sum / nameWords.Length);
        var covered = Math.Min(1.0, (double)nameWords.Length / typedWords.Length);
        score = Math.Max(score, (int)(perWord * (0.8 + 0.2 * covered)));
        // Part of a longer name ("care" of "Care worker"): worth asking about, never sure.
        if (typedWords.Length < nameWords.Length && !close.Contains(false))
            score = Math.Max(score, PartOfName);
        return score;
    }

    private sealed record Picked(int Index, int From, int To);

    /// <summary>The option a number or ordinal points at; Index -1 when it points past the list.</summary>
    private static Picked? Position(IReadOnlyList<Token> t, int count)
    {
        var words = t.Where(x => !x.IsSymbol || x.Is("#")).ToList();
        if (words.Count == 0 || words.Count > 5) return null;
        var i = 0;
        while (i < t.Count && (t[i].IsAny("the", "number", "no", "option", "choice", "#", "i", "want", "pick", "choose", "take") || (t[i].Is(".") && i > 0))) i++;
        if (i >= t.Count) return null;
        var from = i;
        int? n = null;
        var next = i;
        if (t[i].IsAny("last", "bottom")) { n = count; next = i + 1; }
        else if (t[i].Is("top")) { n = 1; next = i + 1; }
        else if (t[i].Is("middle") && count % 2 == 1) { n = count / 2 + 1; next = i + 1; }
        else if (NumberPhrases.At(t, i) is { Range.IsSingle: true } p)
        {
            if (!decimal.IsInteger(p.Range.Min)) return null;
            // A huge number ("99999999999") points past the list, never overflows.
            n = p.Range.Min is >= 1 and <= 10_000 ? (int)p.Range.Min : 0;
            next = p.To;
        }
        if (n is null) return null;
        // Only filler may follow: "the second one", "2 please", "number 3.".
        for (var k = next; k < t.Count; k++)
            if (!(t[k].IsSymbol || t[k].IsAny("one", "option", "choice", "please", "thanks", "thank", "you", "pls", "plz", "ta"))) return null;
        return n >= 1 && n <= count ? new Picked(n.Value - 1, from, next) : new Picked(-1, from, next);
    }

    /// <summary>Where a normalised name sits in the tokens, as whole words.</summary>
    private static (int From, int To)? Find(IReadOnlyList<Token> t, string name)
    {
        if (name.Length == 0) return null;
        var words = name.Split(' ');
        if (words.All(StopWords.Contains)) return null;
        for (var i = 0; i + words.Length <= t.Count; i++)
        {
            var ok = true;
            for (var k = 0; k < words.Length && ok; k++) ok = t[i + k].Text == words[k];
            if (ok) return (i, i + words.Length);
        }
        return null;
    }
}

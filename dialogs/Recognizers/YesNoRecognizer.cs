using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Yes/no and their everyday variants ("yes please", "yeah", "yep", "ok", "sure", "go on", "nope", "not really",
/// "no thanks", a thumbs up). "maybe", "not sure" and "yes and no" are ambiguous: both answers come back as
/// alternatives, so the dialog asks again. A correction ("no, I mean yes") takes the last answer.
/// </summary>
public sealed class YesNoRecognizer
{
    private static readonly (string[] Words, bool? Yes, double Confidence)[] Phrases =
    [
        // Unsure first: "not sure" is not a "no".
        (["not", "sure"], null, 0.5), (["im", "not", "sure"], null, 0.5), (["dont", "know"], null, 0.5), (["do", "not", "know"], null, 0.5),
        (["no", "idea"], null, 0.5), (["yes", "and", "no"], null, 0.5), (["sort", "of"], null, 0.5), (["kind", "of"], null, 0.5),
        (["it", "depends"], null, 0.5), (["not", "really", "sure"], null, 0.5),
        // "i dont know" is no "i dont": the longer phrase is read first.
        (["i", "dont", "know"], null, 0.5), (["i", "do", "not", "know"], null, 0.5), (["i", "dont", "no"], null, 0.5), (["dont", "no"], null, 0.5),
        // A yes that is not quite sure is still a yes: "i think so".
        (["i", "think", "so"], true, 0.75), (["think", "so"], true, 0.75), (["i", "believe", "so"], true, 0.75),
        // Phrases that hold a "no" but mean yes.
        (["no", "problem"], true, 0.85), (["no", "worries"], true, 0.85), (["why", "not"], true, 0.85), (["of", "course"], true, 1.0),
        (["go", "on"], true, 0.9), (["go", "ahead"], true, 0.9), (["all", "right"], true, 0.9), (["thats", "right"], true, 1.0),
        (["that", "is", "right"], true, 1.0), (["sounds", "good"], true, 0.9), (["dont", "mind"], true, 0.75), (["do", "not", "mind"], true, 0.75),
        (["i", "do"], true, 0.8), (["i", "am"], true, 0.8), (["i", "have"], true, 0.8), (["i", "can"], true, 0.8), (["i", "did"], true, 0.8),
        (["thumbs", "up"], true, 0.9),
        // No.
        (["not", "really"], false, 0.9), (["not", "at", "all"], false, 1.0), (["no", "way"], false, 0.9), (["i", "dont"], false, 0.85),
        (["i", "do", "not"], false, 0.85), (["i", "havent"], false, 0.85), (["i", "have", "not"], false, 0.85), (["i", "cant"], false, 0.85),
        (["i", "cannot"], false, 0.85), (["i", "didnt"], false, 0.85), (["i", "did", "not"], false, 0.85), (["im", "not"], false, 0.8),
        (["i", "am", "not"], false, 0.8), (["dont", "think", "so"], false, 0.85), (["not", "for", "me"], false, 0.9),
    ];

    private static readonly Dictionary<string, (bool? Yes, double Confidence)> WordsOf = new(StringComparer.Ordinal)
    {
        ["yes"] = (true, 1), ["y"] = (true, 1), ["yeah"] = (true, 1), ["yea"] = (true, 0.95), ["yeh"] = (true, 0.95), ["ye"] = (true, 0.9),
        ["yah"] = (true, 0.9), ["ya"] = (true, 0.85), ["yep"] = (true, 1), ["yup"] = (true, 1), ["yse"] = (true, 0.85), ["yas"] = (true, 0.85),
        ["yesh"] = (true, 0.85), ["ok"] = (true, 0.95), ["okay"] = (true, 0.95), ["okey"] = (true, 0.9), ["k"] = (true, 0.8), ["kk"] = (true, 0.8),
        ["sure"] = (true, 0.95), ["definitely"] = (true, 1), ["absolutely"] = (true, 1), ["certainly"] = (true, 1), ["correct"] = (true, 1),
        ["right"] = (true, 0.85), ["true"] = (true, 0.9), ["alright"] = (true, 0.9), ["fine"] = (true, 0.85), ["please"] = (true, 0.8),
        ["aye"] = (true, 0.9), ["yesplease"] = (true, 1), ["exactly"] = (true, 0.95), ["indeed"] = (true, 0.95), ["course"] = (true, 0.8),
        ["+1"] = (true, 0.9), ["si"] = (true, 0.8), ["oui"] = (true, 0.8), ["tak"] = (true, 0.8), ["da"] = (true, 0.75), ["ja"] = (true, 0.8),
        ["no"] = (false, 1), ["n"] = (false, 1), ["nope"] = (false, 1), ["nah"] = (false, 1), ["na"] = (false, 0.85), ["nop"] = (false, 0.9),
        ["noo"] = (false, 1), ["never"] = (false, 0.9), ["negative"] = (false, 0.9), ["wrong"] = (false, 0.85), ["incorrect"] = (false, 0.9),
        ["-1"] = (false, 0.9), ["nie"] = (false, 0.8), ["non"] = (false, 0.8), ["nahi"] = (false, 0.8), ["nein"] = (false, 0.8),
        ["maybe"] = (null, 0.5), ["perhaps"] = (null, 0.5), ["possibly"] = (null, 0.5), ["unsure"] = (null, 0.5), ["dunno"] = (null, 0.5),
        ["idk"] = (null, 0.5), ["sometimes"] = (null, 0.5), ["depends"] = (null, 0.5),
    };

    /// <summary>Longest phrases first: "i do not" before "i do".</summary>
    private static readonly (string[] Words, bool? Yes, double Confidence)[] Longest = [.. Phrases.OrderByDescending(p => p.Words.Length)];

    private static readonly string[] Corrections = ["mean", "meant", "actually", "sorry", "wait", "oops"];

    public Recognition<bool> Recognise(string text)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0) return Recognition<bool>.NoMatch;
        var found = new List<(bool? Yes, double Confidence, int From, int To)>();
        var correctionAt = -1;
        var i = 0;
        while (i < t.Count)
        {
            if (t[i].IsAny(Corrections)) correctionAt = found.Count;
            var matched = false;
            foreach (var (words, yes, sure) in Longest)
            {
                if (NumberPhrases.Prefix(t, i, words) is not { } next) continue;
                found.Add((yes, sure, i, next));
                i = next;
                matched = true;
                break;
            }
            if (matched) continue;
            var w = Squeeze(t[i].Text);
            if (WordsOf.TryGetValue(w, out var one) || (t[i].IsSymbol && WordsOf.TryGetValue(t[i].Text, out one)))
                found.Add((one.Yes, one.Confidence, i, i + 1));
            i++;
        }
        if (found.Count == 0) return Recognition<bool>.NoMatch;

        // "no, I mean yes": the answer after the correction counts.
        var counted = correctionAt > 0 && correctionAt < found.Count ? found.Skip(correctionAt).ToList() : found;
        // "please" only adds to another answer; alone it is a yes.
        if (counted.Count > 1) counted = counted.Where(f => !(t[f.From].Is("please") && f.To == f.From + 1)).ToList();
        var first = counted[0];
        var (start, length) = Tokens.Span(t, counted.Min(c => c.From), counted.Max(c => c.To));
        var answers = counted.Select(c => c.Yes).Distinct().ToList();
        if (answers.Count > 1 || first.Yes is null)
        {
            var guess = first.Yes ?? false;
            return Recognition<bool>.Match(guess, start, length, 0.4) with { Alternatives = [!guess] };
        }
        // Long text that merely contains "no" or "ok" is a weaker answer.
        var confidence = counted.Min(c => c.Confidence);
        var spare = t.Count(tok => tok.IsWord) - counted.Sum(c => c.To - c.From);
        if (spare > 4) confidence = Math.Min(confidence, 0.75);
        return Recognition<bool>.Match(first.Yes.Value, start, length, confidence);
    }

    /// <summary>"yesss" -> "yes", "nooo" -> "noo", "okkk" -> "ok": long runs of one letter shortened.</summary>
    private static string Squeeze(string w)
    {
        if (w.Length < 3) return w;
        var chars = new List<char>(w.Length);
        foreach (var c in w)
            if (chars.Count < 2 || chars[^1] != c || chars[^2] != c) chars.Add(c);
        var s = new string([.. chars]);
        if (WordsOf.ContainsKey(s)) return s;
        var single = new List<char>();
        foreach (var c in s)
            if (single.Count == 0 || single[^1] != c) single.Add(c);
        return new string([.. single]);
    }
}

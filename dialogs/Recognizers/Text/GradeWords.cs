namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A GCSE grade read at a token: the RQF level it shows (9-4 / A*-C = 2, 3-1 / D-G = 1, U = 0).</summary>
internal readonly record struct GradeAt(int Level, int From, int Next, double Confidence);

/// <summary>Reads GCSE grades: "5", "grade 4", "C", "A*", "a star", "pass", "strong pass", "U", "fail".</summary>
internal static class GradeWords
{
    public static GradeAt? At(IReadOnlyList<Token> t, int i)
    {
        if (i >= t.Count) return null;
        var from = i;
        var saidGrade = false;
        if (t[i].IsAny("grade", "grades", "at", "got", "a", "an", "with", "(", ":", "-", "=") && i + 1 < t.Count)
        {
            saidGrade = t[i].IsAny("grade", "grades");
            // "a C", "at grade 4", "got a 5"
            if (!(t[i].Is("a") && IsLetterGradeStart(t, i))) i++;
            if (i < t.Count && t[i].IsAny("grade", "a", "an") && i + 1 < t.Count && !(t[i].Is("a") && IsLetterGradeStart(t, i))) { saidGrade |= t[i].Is("grade"); i++; }
        }
        var tok = t[i];
        if (tok.IsNumber && decimal.IsInteger(tok.Number) && tok.Number is >= 1 and <= 9 && tok.Text.Length == 1)
        {
            if (i > 0 && t[i - 1].IsAny("level", "l", "entry", "e", "lvl")) return null;
            if (i + 1 < t.Count && t[i + 1].IsAny("hours", "hrs", "days", "weeks", "years", "miles", "gcses", "gcse", "-", "to")) return null;
            return new(tok.Number >= 4 ? 2 : 1, from, i + 1, 1.0);
        }
        if (tok.IsWord && tok.Text.Length == 1 && "abcdefgu".Contains(tok.Text[0], StringComparison.Ordinal))
        {
            // Single letters need a sign they are grades: "grade C", "(C)", upper case, or a star.
            var star = i + 1 < t.Count && t[i + 1].Joined && t[i + 1].Is("*");
            var upper = char.IsUpper(tok.Original[0]);
            if (!(saidGrade || star || upper || (from < i && t[from].IsAny("(", ":", "-", "at", "got")))) return null;
            if (tok.Text == "a" && !star && !saidGrade && !upper) return null;
            var next = star ? i + 2 : i + 1;
            var level = tok.Text is "a" or "b" or "c" ? 2 : tok.Text == "u" ? 0 : 1;
            return new(level, from, next, 1.0);
        }
        if (tok.IsAny("astar", "a*")) return new(2, from, i + 1, 1.0);
        if (tok.Is("a") && i + 1 < t.Count && t[i + 1].Is("star")) return new(2, from, i + 2, 1.0);
        if (tok.Is("pass") || (tok.IsAny("standard", "strong", "good") && i + 1 < t.Count && t[i + 1].IsAny("pass", "passes")))
            return new(2, from, tok.Is("pass") ? i + 1 : i + 2, tok.Is("good") ? 0.8 : 0.9);
        if (tok.IsAny("passed")) return new(2, from, i + 1, 0.8);
        if (tok.IsAny("fail", "failed", "ungraded")) return new(0, from, i + 1, 0.9);
        return null;
    }

    private static bool IsLetterGradeStart(IReadOnlyList<Token> t, int i) =>
        i + 1 < t.Count && t[i + 1].Joined && t[i + 1].Is("*");
}

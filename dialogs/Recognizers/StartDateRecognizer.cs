using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Start dates relative to the turn's local time: "now", "asap", "today", "tomorrow", "next week", "next month",
/// "in 2 weeks", "in January", "after Christmas", "1st March", "03/03" (UK order: day first), "Monday", and a
/// reason instead of a date ("after my course ends"). Something ruled out ("not now") is skipped.
/// </summary>
public sealed class StartDateRecognizer
{
    private static readonly string[] Negators = ["not", "cant", "cannot", "dont", "wont", "never", "unable"];

    public Recognition<StartDate> Recognise(string text, DateTimeOffset localNow)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0) return Recognition<StartDate>.NoMatch;
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var reader = new StartDateReader(t, today);
        for (var i = 0; i < t.Count; i++)
        {
            if (reader.At(i) is not { } found) continue;
            if (Negated(t, i))
            {
                i = found.Next - 1;
                continue;
            }
            var (start, length) = Tokens.Span(t, found.From, found.Next);
            return Recognition<StartDate>.Match(found.Value, start, length, found.Confidence);
        }
        return Recognition<StartDate>.NoMatch;
    }

    private static bool Negated(IReadOnlyList<Token> t, int i)
    {
        for (var k = Math.Max(0, i - 3); k < i; k++)
            if (t[k].IsAny(Negators)) return true;
        return false;
    }
}

using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Numbers in digits and words, ranges and approximations: "twenty-five", "a hundred and five", "16-20",
/// "between 20 and 30", "about 30", "30ish", "half", "a couple", "30+", "up to 20", "at least 16", "2nd".
/// The first number phrase is the value; other numbers in the text are its alternatives.
/// </summary>
public sealed class NumberRecognizer
{
    public Recognition<NumberRange> Recognise(string text)
    {
        var tokens = Tokens.Of(text);
        var phrases = NumberPhrases.FindAll(tokens);
        if (phrases.Count == 0) return Recognition<NumberRange>.NoMatch;
        var first = phrases[0];
        var (start, length) = Tokens.Span(tokens, first.From, first.To);
        var others = phrases.Skip(1).Select(p => p.Range).Where(r => r != first.Range).Distinct().ToList();
        var confidence = first.Range.Approximate ? 0.85 : 1.0;
        if (others.Count > 0) confidence = Math.Min(confidence, 0.6);
        return Recognition<NumberRange>.Match(first.Range, start, length, confidence) with { Alternatives = others };
    }
}

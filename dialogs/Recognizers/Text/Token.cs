namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind { Word, Number, Symbol }

/// <summary>
/// One word, number or sign of a resident's text, with where it sits in the original string.
/// <see cref="Text"/> is normalised: lower case, ASCII digits, every dash as "-", no apostrophes.
/// </summary>
internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind, bool Joined, string Original)
{
    public int Length => End - Start;
    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsSymbol => Kind == TokenKind.Symbol;

    public decimal Number => decimal.Parse(Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);

    public bool Is(string text) => Text == text;

    public bool IsAny(params ReadOnlySpan<string> texts)
    {
        foreach (var t in texts)
            if (Text == t) return true;
        return false;
    }
}

using System.Globalization;
using System.Text;

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s that keep their place in the original string, so every
/// recogniser can report the span it matched. Letters and digits split apart ("b15" -> "b", "15";
/// "1st" -> "1", "st"); emoji and other signs are dropped, except a few that carry meaning.
/// </summary>
internal static class Tokens
{
    /// <summary>Longest text the recognisers read; the rest is ignored (a chat answer is short).</summary>
    public const int MaxLength = 2000;

    /// <summary>The last text split on this thread and its tokens: a turn's recognisers split the same answer several times.</summary>
    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static IReadOnlyList<Token>? _lastTokens;

    /// <summary>The tokens of <paramref name="text"/>. The list is shared (the last text's is kept): read it, never change it.</summary>
    public static IReadOnlyList<Token> Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (ReferenceEquals(text, _lastText) && _lastTokens is { } known) return known;
        var tokens = Split(text);
        (_lastText, _lastTokens) = (text, tokens);
        return tokens;
    }

    private static List<Token> Split(string text)
    {
        var list = new List<Token>();
        var limit = Math.Min(text.Length, MaxLength);
        var i = 0;
        var lastEnd = -1;
        while (i < limit)
        {
            var c = text[i];
            var start = i;
            if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(text[i + 1]))
            {
                var emoji = char.ConvertToUtf32(c, text[i + 1]);
                i += 2;
                var meaning = emoji switch { 0x1F44D => "+1", 0x1F44E => "-1", _ => null };
                if (meaning is not null) Add(list, text, start, i, meaning, TokenKind.Symbol, ref lastEnd);
                continue;
            }
            if (char.IsLetter(c))
            {
                var word = new StringBuilder();
                while (i < limit)
                {
                    var ch = text[i];
                    if (char.IsLetter(ch) && !char.IsSurrogate(ch)) { word.Append(char.ToLowerInvariant(ch)); i++; }
                    else if (IsApostrophe(ch) && i + 1 < limit && char.IsLetter(text[i + 1]) && word.Length > 0) i++;
                    else if (char.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) i++;
                    else break;
                }
                Add(list, text, start, i, word.ToString(), TokenKind.Word, ref lastEnd);
                continue;
            }
            if (char.IsDigit(c))
            {
                var number = new StringBuilder();
                ReadDigits(text, limit, ref i, number);
                // 37.5 and 1,000 stay one number; "16.30" is a time, which the callers read from "16" "." "30" only if split.
                if (i + 1 < limit && text[i] == '.' && char.IsDigit(text[i + 1]) && !LooksLikeTime(text, i, limit) && !LooksLikeDate(text, i, limit)
                    && !(start > 1 && text[start - 1] == '.' && char.IsDigit(text[start - 2])))
                {
                    number.Append('.');
                    i++;
                    ReadDigits(text, limit, ref i, number);
                }
                else
                {
                    while (i + 3 < limit && text[i] == ',' && CountDigits(text, i + 1, limit) == 3)
                    {
                        i++;
                        ReadDigits(text, limit, ref i, number);
                    }
                }
                // More digits than any answer needs (a pasted id or noise): not a number.
                var digits = number.ToString();
                Add(list, text, start, i, digits, digits.Length > 12 ? TokenKind.Symbol : TokenKind.Number, ref lastEnd);
                continue;
            }
            i++;
            if (c == '\u00BD') { Add(list, text, start, i, "0.5", TokenKind.Number, ref lastEnd); continue; }
            if (char.IsWhiteSpace(c) || IsApostrophe(c) || char.IsControl(c) || char.IsSurrogate(c)) continue;
            var sign = c switch
            {
                '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => "-",
                '+' or '/' or '&' or ':' or '.' or ',' or '?' or '!' or '*' or '#' or '%' or '~' or '(' or ')' => c.ToString(),
                '\u00A3' => "£",
                _ => null,
            };
            if (sign is not null) Add(list, text, start, i, sign, TokenKind.Symbol, ref lastEnd);
        }
        return list;
    }

    /// <summary>The original text of tokens [from, to).</summary>
    public static (int Start, int Length) Span(IReadOnlyList<Token> tokens, int from, int to) =>
        (tokens[from].Start, tokens[to - 1].End - tokens[from].Start);

    /// <summary>The normalised words of tokens [from, to), joined by spaces.</summary>
    public static string Join(IReadOnlyList<Token> tokens, int from, int to)
    {
        var sb = new StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }
        return sb.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`' or '\u00B4';

    /// <summary>"1.2.27": a second dot and digit after the first group of digits.</summary>
    private static bool LooksLikeDate(string text, int dot, int limit)
    {
        var after = dot + 1 + CountDigits(text, dot + 1, limit);
        return after + 1 < limit && text[after] == '.' && char.IsDigit(text[after + 1]);
    }

    /// <summary>"9.30am": a dot, two digits, then am or pm.</summary>
    private static bool LooksLikeTime(string text, int dot, int limit)
    {
        if (CountDigits(text, dot + 1, limit) != 2) return false;
        var after = dot + 3;
        return after < limit && char.ToLowerInvariant(text[after]) is 'a' or 'p';
    }

    private static int CountDigits(string text, int from, int limit)
    {
        var n = 0;
        while (from + n < limit && char.IsDigit(text[from + n])) n++;
        return n;
    }

    private static void ReadDigits(string text, int limit, ref int i, StringBuilder into)
    {
        while (i < limit && char.IsDigit(text[i]))
        {
            into.Append((char)('0' + (int)char.GetNumericValue(text[i])));
            i++;
        }
    }

    private static void Add(List<Token> list, string text, int start, int end, string normal, TokenKind kind, ref int lastEnd)
    {
        list.Add(new Token(start, end, normal, kind, start == lastEnd, text[start..end]));
        lastEnd = end;
    }
}

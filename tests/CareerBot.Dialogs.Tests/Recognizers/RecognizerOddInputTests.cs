using System.Text;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

/// <summary>Every recogniser takes any text without throwing, and any span it gives lies inside the text.</summary>
public sealed class RecognizerOddInputTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly ChoiceOption[] Options = [new("Days", "days"), new("Nights", "nights"), new("Any time", "any")];
    private static readonly PlaceRecognizer Places = new(CatalogueData.LoadPlaces());

    public static TheoryData<string> Odd => new(
        "99999999999999999999999999999999999 hours",
        "hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred",
        "a thousand thousand thousand thousand thousand thousand thousand thousand",
        "in 99999999999 weeks", "99999999/12", "option 4294967296", "level 99999999999", "GCSE 99999999999",
        "\u2013\u2014\u2019\u201C\u201D", "\uD800\uDC00\uD800", "1.2.3.4.5.6.7.8.9", "9:99am to 99pm", "between and", "from to",
        "no no no not not never", "level", "a", "-", "+", "/", "#", "1st 2nd 3rd 4th", new string('9', 3000),
        string.Concat(Enumerable.Repeat("Mon-", 500)));

    [Theory]
    [MemberData(nameof(Odd))]
    public void AllRecognisers_OddInput_NoThrowAndSpansInside(string text) => RunAll(text);

    [Fact]
    public void AllRecognisers_RandomUnicode_NoThrowAndSpansInside()
    {
        var random = new Random(20261125);
        const string pieces = "aeiouAEIOU0123456789 -\u2013/.:+*#'\u2019\"()&,?!\u00BD\uFF12\u0663\U0001F44D\U0001F600\u0301";
        var words = new[] { "hours", "a", "week", "day", "to", "level", "grade", "gcse", "nvq", "not", "no", "yes", "from", "next", "in", "mon", "fri", "miles", "B15", "WV1 4AB", "Dudley" };
        for (var n = 0; n < 400; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                if (random.Next(3) == 0) sb.Append(words[random.Next(words.Length)]).Append(' ');
                else sb.Append(pieces[random.Next(pieces.Length)]);
            }
            if (random.Next(10) == 0) sb.Append('\uD83D'); // a broken surrogate
            RunAll(sb.ToString());
        }
    }

    private static void RunAll(string text)
    {
        Inside(text, new NumberRecognizer().Recognise(text));
        Inside(text, new HoursRecognizer().Recognise(text));
        Inside(text, new AvailabilityRecognizer().Recognise(text));
        Inside(text, new StartDateRecognizer().Recognise(text, Now));
        Inside(text, new YesNoRecognizer().Recognise(text));
        Inside(text, new ChoiceRecognizer().Recognise(text, Options));
        Inside(text, new QualificationRecognizer().Recognise(text));
        Inside(text, Places.Recognise(text));
    }

    private static void Inside<T>(string text, Recognition<T> heard)
    {
        if (!heard.Succeeded) return;
        Assert.InRange(heard.Start, 0, text.Length);
        Assert.InRange(heard.Length, 0, text.Length - heard.Start);
        Assert.InRange(heard.Confidence, 0.0, 1.0);
    }
}

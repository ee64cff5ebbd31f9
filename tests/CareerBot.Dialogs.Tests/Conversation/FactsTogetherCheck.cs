using System.Globalization;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Facts said together or in passing, on the real places and catalogue. <c>said</c> is the resident's answers, split by
/// " | ": the first to "What kind of work do you like?", each next one to whatever is asked next. Then every other
/// question is answered plainly up to the results. What to expect, split by ";" (a question "not asked" is one no
/// plain answer had to be given to: the resident's own answers told it):
/// <c>place=NAME</c> the home is NAME, said back, and "Where do you live?" is not asked;
/// <c>miles=N</c> N miles is held and "How far can you travel to work?" is not asked;
/// <c>hours=N</c> N hours a week is held (in the range), said back as "N hours", and the hours question is not asked;
/// <c>held=N</c> exactly N hours a week are held (nothing else is checked);
/// <c>quals=none</c> no qualifications are held, with no "Sorry", and the question is not asked;
/// <c>look=A,B</c> the words said back for the work ("I will look for ...") hold each of A and B; <c>nolook=A</c> they
/// do not hold A.
/// </summary>
internal static class FactsTogetherCheck
{
    private static readonly (string Question, string Answer)[] Plain =
    [
        (PlainAnswers.Interest, "cleaning"),
        ("What qualifications do you have?", "None"),
        ("How many hours a week can you work?", "Full-time"),
        ("When can you work?", "Days"),
        ("When can you start work?", "Now"),
        (PlainAnswers.WhereDoYouLive, "Wolverhampton"),
        (PlainAnswers.HowFar, "5"),
        ("Do you like to help people?", "yes"),
        ("Where do you like to work?", "1"),
        ("Are you happy to work with people who are ill?", "yes"),
    ];

    public static async Task RunAsync(RealCatalogueFixture real, string said, string expect)
    {
        var talk = new TestTalk(real.Search);
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        var all = new List<string>();
        await talk.JoinAsync();
        var asked = new List<string>();
        foreach (var answer in said.Split(" | "))
        {
            await talk.SayAsync(answer);
            all.Add("> " + answer + "\n" + talk.AllText);
        }
        for (var turns = 0; turns < 10; turns++)
        {
            var last = talk.LastText;
            var plain = Plain.FirstOrDefault(p => last.StartsWith(p.Question, StringComparison.Ordinal));
            if (plain.Answer is null) break;
            asked.Add(last);
            await talk.SayAsync(plain.Answer);
            all.Add("> " + plain.Answer + "\n" + talk.AllText);
        }
        var transcript = $"'{said}' -> {expect}\n" + string.Join("\n", all);
        var answers = DialogStateSerializer.Read(talk.State)?.Answers;
        Assert.NotNull(answers);
        bool Asked(string q) => asked.Any(a => a.StartsWith(q, StringComparison.Ordinal));
        foreach (var part in expect.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            switch (name)
            {
                case "place":
                    Assert.False(Asked(PlainAnswers.WhereDoYouLive), transcript);
                    Assert.True(answers.Place?.Name == value, transcript + $"\nhome: {answers.Place?.Name}");
                    Assert.Contains($"I will look near {value}.", transcript, StringComparison.Ordinal);
                    break;
                case "miles":
                    Assert.False(Asked(PlainAnswers.HowFar), transcript);
                    Assert.True(answers.MaxMiles == double.Parse(value, CultureInfo.InvariantCulture), transcript + $"\nmiles: {answers.MaxMiles}");
                    break;
                case "hours":
                    var hours = int.Parse(value, CultureInfo.InvariantCulture);
                    Assert.False(Asked("How many hours a week"), transcript);
                    Assert.True(answers.Hours is { } h && h.Min <= hours && hours <= h.Max, transcript + $"\nhours: {answers.Hours}");
                    Assert.Contains($"{value} hours", transcript, StringComparison.Ordinal);
                    break;
                case "quals":
                    Assert.DoesNotContain("Sorry", transcript, StringComparison.Ordinal);
                    Assert.True(answers.Qualifications is { None: true }, transcript);
                    Assert.False(Asked("What qualifications"), transcript);
                    break;
                case "look":
                    var line = transcript.Split('\n').FirstOrDefault(l => l.Contains("I will look for", StringComparison.Ordinal)) ?? "";
                    foreach (var word in value.Split(','))
                        Assert.True(line.Contains(word, StringComparison.OrdinalIgnoreCase), transcript + $"\nno '{word}' in: {line}");
                    break;
                case "held":
                    var held = int.Parse(value, CultureInfo.InvariantCulture);
                    Assert.True(answers.Hours is { } k && k.Min == held && k.Max == held, transcript + $"\nhours: {answers.Hours}");
                    break;
                case "nolook":
                    var shown = transcript.Split('\n').FirstOrDefault(l => l.Contains("I will look for", StringComparison.Ordinal)) ?? "";
                    Assert.True(!shown.Contains(value, StringComparison.OrdinalIgnoreCase), transcript + $"\n'{value}' in: {shown}");
                    break;
                default:
                    throw new ArgumentException("Unknown expectation " + part);
            }
        }
    }
}

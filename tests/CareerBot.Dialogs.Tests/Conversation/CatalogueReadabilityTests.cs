using System.Text.RegularExpressions;
using CareerBot.Dialogs.Messages;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>Every message in the catalogue meets the plain-English bar, alone and all together.</summary>
public sealed partial class CatalogueReadabilityTests
{
    // Typical values for the {name} slots, so the texts are measured as residents read them.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["interest"] = "caring for people", ["level"] = "2", ["place"] = "Dudley", ["count"] = "12", ["shown"] = "3",
        ["summary"] = "You help older people in a care home.", ["why"] = "You said care.", ["words"] = "care", ["wishes"] = "\"care\" and \"driving\"",
        ["goal"] = "Nurse", ["low"] = "24,465", ["high"] = "26,000", ["band"] = "2", ["hours"] = "full-time, part-time", ["shifts"] = "day and weekend shifts",
        ["course"] = "Care Certificate", ["length"] = "12 weeks", ["cost"] = "Free for adults.", ["providers"] = "Dudley College",
        ["title"] = "Hospital porter", ["tasks"] = "push wheelchairs; take patients to tests", ["needs"] = "No qualifications needed.",
        ["apply"] = "Look on NHS Jobs.", ["where"] = "NHS hospitals in Dudley.", ["answer"] = "Level 2", ["min"] = "16", ["max"] = "20", ["miles"] = "5", ["date"] = "1 December",
        ["text"] = "care", ["items"] = "mornings, evenings", ["last"] = "weekends", ["times"] = "evenings and weekends", ["days"] = "Mondays and Fridays", ["start"] = "now",
        ["line"] = "Pay: about £24,000 a year.", ["kind"] = "helping patients in hospital", ["job"] = "Hospital porter", ["borough"] = "Walsall",
        ["name"] = "kitchen porter", ["task"] = "store food safely", ["age"] = "17", ["who"] = "wife", ["pay"] = "£15 an hour", ["how"] = "by bus", ["not"] = "nights", ["home"] = "Dudley",
        ["jobs"] = "- Care worker (care home)\n- Hospital porter", ["modes"] = "part-time, in the day, online", ["mode"] = "online",
        ["places"] = "- Walsall College\n- Sandwell College, West Bromwich", ["number"] = "2", ["day"] = "8", ["subject"] = "English",
        ["tickets"] = "a forklift licence, a first aid certificate and the Care Certificate",
        ["training"] = "training on the job to lift and move safely",
    };

    private static IEnumerable<(string Key, string Text)> Messages()
    {
        var catalogue = MessageCatalogue.Default;
        foreach (var key in catalogue.Keys.Order(StringComparer.Ordinal))
            yield return (key, catalogue.Format(key, Samples));
    }

    [Fact]
    public void Catalogue_EveryMessage_MeetsTheBar()
    {
        var failures = Messages()
            .Select(m => (m.Key, m.Text, Problems: PlainEnglishMeasure.MessageProblems(m.Text)))
            .Where(m => m.Problems.Count > 0)
            .Select(m => $"{m.Key}: {string.Join("; ", m.Problems)} -- {m.Text}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Catalogue_AllMessagesTogether_MeetThePooledBar()
    {
        var pooled = PlainEnglishMeasure.Measure(Messages().Select(m => m.Text));
        Assert.True(pooled.Grade <= PlainEnglishMeasure.MaxPooledGrade, $"pooled grade {pooled.Grade:0.00}");
        Assert.True(pooled.WordsPerSentence <= PlainEnglishMeasure.MaxPooledWordsPerSentence, $"{pooled.WordsPerSentence:0.0} words per sentence");
        Assert.True(pooled.KnownShare >= PlainEnglishMeasure.MinPooledKnownShare,
            $"{pooled.KnownShare:P1} known; hard words: {string.Join(", ", pooled.Unknown.Distinct())}");
    }

    [Fact]
    public void Catalogue_NoSlotLeftUnfilled()
    {
        foreach (var (key, text) in Messages())
            Assert.False(Slot().IsMatch(text), $"{key} has a slot with no sample value: {text}");
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Slot();
}

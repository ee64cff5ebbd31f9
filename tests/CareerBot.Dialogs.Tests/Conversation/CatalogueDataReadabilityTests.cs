using CareerBot.SearchIndex.Catalogue;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The catalogue text the bot shows residents (role summaries, tasks, entry needs and where to apply; course
/// summaries, lengths and costs) meets the same plain-English bar as our own messages, one text at a time and
/// all together. Titles and provider names stay as employers and colleges write them, so they are left out.
/// </summary>
public sealed class CatalogueDataReadabilityTests
{
    /// <summary>Each catalogue text the bot puts in a card line or a details message, on its own.</summary>
    private static IEnumerable<(string Where, string Text)> Shown()
    {
        var data = CatalogueData.LoadEmbedded();
        foreach (var r in data.Roles)
        {
            yield return ($"role {r.Id} summary", r.Summary);
            foreach (var task in r.Tasks) yield return ($"role {r.Id} task", task);
            // Entry needs are shown as a list: one line per "; " part.
            foreach (var need in (r.EntryRequirements ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return ($"role {r.Id} needs", need);
            if (r.Where is { Length: > 0 } where) yield return ($"role {r.Id} where", where);
        }
        foreach (var c in data.Courses)
        {
            yield return ($"course {c.Id} summary", c.Summary);
            if (c.Length is { Length: > 0 } length) yield return ($"course {c.Id} length", length);
            if (c.Cost is { Length: > 0 } cost) yield return ($"course {c.Id} cost", cost);
        }
    }

    [Fact]
    public void Shown_EachText_MeetsTheMessageBar()
    {
        var failures = Shown()
            .Select(s => (s.Where, s.Text, Problems: PlainEnglishMeasure.MessageProblems(s.Text)))
            .Where(s => s.Problems.Count > 0)
            .Select(s => $"{s.Where}: {string.Join("; ", s.Problems)} -- {s.Text}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} texts:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    [Fact]
    public void Shown_AllTogether_MeetThePooledBar()
    {
        var pooled = PlainEnglishMeasure.Measure(Shown().Select(s => s.Text));

        Assert.True(pooled.Grade <= PlainEnglishMeasure.MaxPooledGrade, $"pooled grade {pooled.Grade:0.00}");
        Assert.True(pooled.WordsPerSentence <= PlainEnglishMeasure.MaxPooledWordsPerSentence, $"{pooled.WordsPerSentence:0.0} words per sentence");
        Assert.True(pooled.KnownShare >= PlainEnglishMeasure.MinPooledKnownShare,
            $"{pooled.KnownShare:P1} known; hard words: {string.Join(", ", pooled.Unknown.Distinct())}");
    }

    [Fact]
    public void Shown_CoversEveryRoleAndCourse()
    {
        var data = CatalogueData.LoadEmbedded();
        var shown = Shown().Select(s => s.Where.Split(' ')[1]).ToHashSet();

        Assert.All(data.Roles, r => Assert.Contains(r.Id, shown));
        Assert.All(data.Courses, c => Assert.Contains(c.Id, shown));
    }
}

using CareerBot.SearchIndex.Catalogue;
using CareerBot.Tests.CatalogueViews;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Every role and every course in the embedded catalogue, in every view a resident can reach (result cards,
/// "Tell me more", the courses for it), as the dialogs build them: each message text and each card line
/// meets the per-message plain-English bar, catalogue text included. Only catalogue names (job titles,
/// course titles, college names) are left out of the measure; see <see cref="CatalogueNames"/>.
/// Channels render these replies in bot/Conversation; CatalogueViewsChannelTests checks them there, SMS included.
/// </summary>
public sealed class CatalogueViewsReadabilityTests
{
    [Fact]
    public async Task EveryView_EachMessageAndCardLine_MeetsTheMessageBar()
    {
        var views = await EveryView.RenderAsync(TestContext.Current.CancellationToken);

        var failures = new List<string>();
        foreach (var view in views)
        {
            foreach (var text in new[] { view.Reply.Text }.Concat(view.Reply.Cards.SelectMany(c => c.Lines)))
            {
                var problems = PlainEnglishMeasure.MessageProblems(CatalogueNames.Strip(text));
                if (problems.Count > 0) failures.Add($"{view.Where}: {string.Join("; ", problems)} -- {text.Replace("\n", " / ", StringComparison.Ordinal)}");
            }
        }
        var distinct = failures.Distinct(StringComparer.Ordinal).ToList();
        Assert.True(distinct.Count == 0, $"{distinct.Count} texts fail:{Environment.NewLine}{string.Join(Environment.NewLine, distinct)}");
    }

    [Fact]
    public async Task EveryView_AllTogether_MeetThePooledBar()
    {
        var views = await EveryView.RenderAsync(TestContext.Current.CancellationToken);
        var texts = views.SelectMany(v => new[] { v.Reply.Text }.Concat(v.Reply.Cards.SelectMany(c => c.Lines)))
            .Distinct(StringComparer.Ordinal).Select(CatalogueNames.Strip).ToList();

        var pooled = PlainEnglishMeasure.Measure(texts);

        Assert.True(pooled.Grade <= PlainEnglishMeasure.MaxPooledGrade, $"pooled grade {pooled.Grade:0.00}");
        Assert.True(pooled.WordsPerSentence <= PlainEnglishMeasure.MaxPooledWordsPerSentence, $"{pooled.WordsPerSentence:0.0} words per sentence");
        Assert.True(pooled.KnownShare >= PlainEnglishMeasure.MinPooledKnownShare,
            $"{pooled.KnownShare:P1} known; hard words: {string.Join(", ", pooled.Unknown.Distinct())}");
    }

    [Fact]
    public async Task EveryView_CoversEveryRoleAndCourseInEachView()
    {
        var data = CatalogueData.LoadEmbedded();
        var wheres = (await EveryView.RenderAsync(TestContext.Current.CancellationToken)).Select(v => v.Where).ToHashSet(StringComparer.Ordinal);

        Assert.All(data.Roles, r =>
        {
            Assert.Contains($"role {r.Id} details", wheres);
            Assert.Contains($"role {r.Id} courses", wheres);
            Assert.Contains($"results with role {r.Id} (can start)", wheres);
            Assert.Contains($"results with role {r.Id} (course first)", wheres);
        });
        Assert.All(data.Courses, c =>
        {
            Assert.Contains($"course {c.Id} details", wheres);
            Assert.Contains($"course {c.Id} courses", wheres);
            Assert.Contains($"results with course {c.Id}", wheres);
        });
    }
}

using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// hit@3 and MRR for <see cref="CourseWishCases"/> through the whole bot: the wish is the first answer on the real
/// dialogs and the real catalogue, the other questions get plain answers (the wish's own qualifications, any hours,
/// any time, now, no place), and the results are those of the search the results dialog ran. A wish the dialogs
/// could not take (asked again, or no results) is a miss. MRR reads the top 10 of that same search.
/// </summary>
public sealed class CourseWishTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    [Fact]
    public async Task CourseWishes_ThroughTheBot_ReportsHitAt3AndMrr()
    {
        Assert.True(CourseWishCases.Training.Count + CourseWishCases.HeldOut.Count >= 50);
        var (hit, mrr, misses) = await MeasureAsync(CourseWishCases.Training);
        var (holdHit, holdMrr, holdMisses) = await MeasureAsync(CourseWishCases.HeldOut);
        var line = $"COURSE WISHES training={CourseWishCases.Training.Count} hit@3={hit:0.000} MRR={mrr:0.000}; " +
                   $"held-out={CourseWishCases.HeldOut.Count} hit@3={holdHit:0.000} MRR={holdMrr:0.000}";
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        foreach (var m in misses) Console.WriteLine("MISS " + m);
        Assert.True(hit >= 0.9, $"training hit@3 {hit:0.000}: {string.Join("\n", misses)}");
        Assert.True(holdHit >= 0.8, $"held-out hit@3 {holdHit:0.000} ({holdMisses.Count} missed)");
    }

    private async Task<(double HitAt3, double Mrr, List<string> Misses)> MeasureAsync(IReadOnlyList<CourseWishCases.Wish> wishes)
    {
        double hits = 0, reciprocal = 0;
        var misses = new List<string>();
        foreach (var w in wishes)
        {
            var (ids, stuck, searched) = await ResultsForAsync(w);
            var first = ids.FindIndex(id => w.Accept.Contains(id));
            if (first is >= 0 and < 3) hits++;
            else misses.Add($"'{w.Text}' -> " + (stuck ?? $"[{string.Join(", ", ids.Take(3))}] {searched}"));
            if (first >= 0) reciprocal += 1.0 / (first + 1);
        }
        return (hits / wishes.Count, reciprocal / wishes.Count, misses);
    }

    /// <summary>The top 10 of the search the results dialog ran for the wish, or why no results were reached.</summary>
    internal async Task<(List<string> Ids, string? Stuck, string Searched)> ResultsForAsync(CourseWishCases.Wish wish)
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(wish.Text);
        var quals = new Queue<string>(wish.Quals.Split('|'));
        for (var turn = 0; turn < 12 && talk.LastText != Menu; turn++)
        {
            var asked = talk.LastText;
            string? answer = asked switch
            {
                "What qualifications do you have?" => quals.Count > 0 ? quals.Dequeue() : "None",
                "What level is your course?" => quals.Count > 0 ? quals.Dequeue() : "I am not sure",
                // A resident who wants only a course is asked their level, and when they can come to classes.
                _ when asked.StartsWith("What level is your English now?", StringComparison.Ordinal)
                    || asked.StartsWith("What level is your maths now?", StringComparison.Ordinal) => quals.Count > 0 ? quals.Dequeue() : "I am not sure",
                "When can you come to classes?" => "Any time",
                "How far can you travel to classes?" => "Up to 10 miles",
                "Did you get grade 4 or higher in English and maths?" => quals.Count > 0 ? quals.Dequeue() : "yes",
                "Is it a university degree?" => "no",
                "How many hours a week can you work?" => "I do not mind",
                "When can you work?" => "Any time",
                "When can you start work?" => "Now",
                "How far can you travel to work?" => "Up to 10 miles",
                _ when asked.StartsWith("Where do you live?", StringComparison.Ordinal) => "Not now",
                _ when asked.StartsWith("Did you mean", StringComparison.Ordinal) => "yes",
                _ => null,
            };
            if (answer is null) return ([], $"stuck at \"{asked}\" after: {string.Join(" / ", talk.Last.Replies.Select(r => r.Text))}", "");
            await talk.SayAsync(answer);
        }
        if (talk.LastText != Menu) return ([], "no results menu", "");
        var profile = search.Profiles.LastOrDefault(p => p.Limit == 3 && p.Offset == 0);
        if (profile is null) return ([], "no search", "");
        var results = await real.Search.SearchAsync(profile with { Limit = 10 }, TestContext.Current.CancellationToken);
        var searched = $"(searched '{profile.Text}' [{string.Join(",", profile.InterestWords)}] level {profile.QualificationLevel} english {profile.LearningEnglish} {profile.EsolLevel})";
        return (results.Items.Select(i => i.Id).ToList(), null, searched);
    }
}

using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// The ranker's shortcuts give what the plain versions gave: the career ladder remembered per index, the family
/// word check without splitting, the quick no in the stem check, and the explanation texts made once.
/// </summary>
public sealed class RankingShortcutTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private CatalogueIndex Index => fixture.Holder.Current!;

    /// <summary>The ladder straight from the catalogue: roles one step below, then two, each once, the goal left out.</summary>
    private List<(string Id, int Hops)> DirectSteps(string roleId)
    {
        var below = fixture.Data.Roles.Where(r => r.Progression.Contains(roleId)).Select(r => r.Id).ToList();
        var seen = new HashSet<string> { roleId };
        var steps = below.Where(seen.Add).Select(id => (id, 1)).ToList();
        foreach (var id in below)
            foreach (var next in fixture.Data.Roles.Where(r => r.Progression.Contains(id)))
                if (seen.Add(next.Id)) steps.Add((next.Id, 2));
        return steps;
    }

    [Fact]
    public void StepsToward_EveryRole_AskedTwice_EqualsTheLadderFromTheCatalogue()
    {
        Assert.Contains(fixture.Data.Roles, r => DirectSteps(r.Id).Count > 0);
        foreach (var role in fixture.Data.Roles)
        {
            var expected = DirectSteps(role.Id).Order().ToList();
            var first = Index.StepsToward(role.Id).Select(s => (s.Step.Id, s.Hops)).Order().ToList();
            var second = Index.StepsToward(role.Id).Select(s => (s.Step.Id, s.Hops)).Order().ToList();
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
        }
    }

    [Fact]
    public void StepsToward_KeepsNoMoreThanTheRolesWithARoleBelow_AndNothingForUnknownIds()
    {
        foreach (var role in fixture.Data.Roles) Index.StepsToward(role.Id);
        var held = Index.StepsTowardHeld;
        for (var i = 0; i < 1000; i++) Assert.Empty(Index.StepsToward("no-such-role-" + i));

        Assert.Equal(held, Index.StepsTowardHeld);
        Assert.True(held <= fixture.Data.Roles.Count);
    }

    [Fact]
    public async Task StepsToward_ANewIndex_HasItsOwnLadder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-steps-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The same catalogue with one role's progression cut: a new index must not answer from the old one.
            var goal = fixture.Data.Roles.First(r => DirectSteps(r.Id).Count > 0);
            var data = new CatalogueData
            {
                Roles = [.. fixture.Data.Roles.Select(r => r.Progression.Contains(goal.Id) ? r with { Progression = [.. r.Progression.Where(p => p != goal.Id)] } : r)],
                Courses = fixture.Data.Courses,
                Providers = fixture.Data.Providers,
                PlaceRecords = fixture.Data.PlaceRecords,
                Synonyms = fixture.Data.Synonyms,
                Version = fixture.Data.Version + "-cut",
            };
            var path = Path.Combine(folder, "catalogue.db");
            await CatalogueIndexBuilder.BuildAsync(data, path, TimeProvider.System, null, CancellationToken.None);
            Assert.NotEmpty(Index.StepsToward(goal.Id));

            using var other = await CatalogueIndex.OpenAsync(path, CancellationToken.None);

            Assert.Empty(other.StepsToward(goal.Id));
            Assert.NotEmpty(Index.StepsToward(goal.Id));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    public static TheoryData<string, string> WordCases => new()
    {
        { "social care", "care" }, { "social care", "social" }, { "social care", "social care" }, { "care", "social care" },
        { "social care", "soc" }, { "", "" }, { "a  b", "" }, { " a", "" }, { "a ", "" }, { "admin", "admin" }, { "admin", "" },
        { "health and care", "and" }, { "health and care", "health and" }, { "caring", "care" }, { "x", "xx" },
    };

    [Theory]
    [MemberData(nameof(WordCases))]
    public void HasWord_IsSplitContains(string text, string word) =>
        Assert.Equal(text.Split(' ').Contains(word), FitRules.HasWord(text, word));

    [Fact]
    public void FamilyMatches_EveryFamilyAgainstEveryChoice_AsBefore()
    {
        string[] choices = ["care", "Social Care", " admin ", "support services", "nursing", "x", "", "health and care", "clinical support"];
        var families = fixture.Data.Roles.Select(r => r.Family).Concat(fixture.Data.Courses.Select(c => c.Kind)).Distinct().ToList();
        foreach (var c in choices)
        {
            var chosen = new HashSet<string> { FitRules.Normal(c) };
            foreach (var family in families)
            {
                var normal = FitRules.Normal(family);
                var expected = chosen.Any(x => x.Length > 0 && (x == normal || normal.Split(' ').Contains(x) || x.Split(' ').Contains(normal)));
                Assert.Equal(expected, FitRules.FamilyMatches(chosen, family));
                Assert.Equal(expected, FitRules.FamilyMatchesNormal(chosen, normal));
            }
        }
    }

    /// <summary>The stem check as it was before its quick no.</summary>
    private static bool OldSameStem(string a, string b)
    {
        if (a == b) return true;
        var stem = Math.Max(4, Math.Min(a.Length, b.Length) - 3);
        if (a.Length < 4 || b.Length < 4) return false;
        stem = Math.Min(stem, Math.Min(a.Length, b.Length));
        return string.CompareOrdinal(a, 0, b, 0, stem) == 0 && Math.Abs(a.Length - b.Length) <= 4;
    }

    [Fact]
    public void SameStem_EveryPairOfCatalogueWords_AsBefore()
    {
        var words = fixture.Data.Roles.SelectMany(r => TextWords.Of(r.Title + " " + r.Summary + " " + string.Join(' ', r.Tasks)))
            .Concat(["care", "carer", "caring", "cleaning", "cleaner", "a", "ab", "abc", "computers", "computer", "nurse", "nursing", ""])
            .Distinct().Take(600).ToList();
        foreach (var a in words)
            foreach (var b in words)
                Assert.Equal(OldSameStem(a, b), TextWords.SameStem(a, b));
    }

    [Fact]
    public void LevelTexts_AreTheFormattedOnes()
    {
        for (var level = -1; level <= 12; level++)
            Assert.Equal(level == 0 ? "Entry level" : $"Level {level}", Ranker.LevelName(level));
    }

    [Theory]
    [InlineData(0.0, "About 1 mile from Dudley.")]
    [InlineData(1.0, "About 1 mile from Dudley.")]
    [InlineData(2.0, "About 2 miles from Dudley.")]
    [InlineData(17.0, "About 17 miles from Dudley.")]
    public void MilesFromText_SaysOneMileOrMiles(double rounded, string expected) =>
        Assert.Equal(expected, Ranker.MilesFromText(rounded, "Dudley"));

    [Fact]
    public void Distance_WithSharedRows_EqualsFreshRows_ForEveryPairInTurn()
    {
        string[] words = ["nurse", "nurce", "nures", "porter", "poter", "hospitle", "hospital", "radiografer", "radiographer", "carer", "cares", "a", "ab", "", "wolverhampton", "wolverhamton"];
        Span<int> rows = stackalloc int[3 * 40];
        foreach (var a in words)
            foreach (var b in words)
                for (var max = 0; max <= 3; max++)
                {
                    rows.Fill(-7); // whatever the last pair left behind
                    Assert.Equal(Vocabulary.Distance(a, b, max), Vocabulary.Distance(a, b, max, rows));
                }
    }

    [Theory]
    [InlineData("nurce")]
    [InlineData("radiografer")]
    [InlineData("hospitle")]
    [InlineData("wolverhamton")]
    [InlineData("xqzzv")]
    public void Correct_GivesAKnownWordOrNothing(string typo)
    {
        if (Index.Vocabulary.Correct(typo) is { } fix) Assert.True(Index.Vocabulary.Contains(fix));
    }
}

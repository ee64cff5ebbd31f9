using System.Text.RegularExpressions;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using CareerBot.Tests.FitRanking;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// "Why it fits: You said "X"" only when the job shown really carries X: in its title or summary, or as one of its
/// other names (a spelling fix counts as what the resident meant). Checked on the real catalogue, for every card of
/// every search in <see cref="FitRankingCases"/> and for whole chats.
/// </summary>
public sealed partial class WhyItFitsTruthTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private static readonly SuggestionCards Cards = new(MessageCatalogue.Default);
    private static readonly CatalogueData Data = CatalogueData.LoadEmbedded();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in FitRankingCases.All.Concat(FitRankingCases.HoldOut)) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Cards_ResidentSearch_SayYouSaidOnlyForWordsTheJobCarries(string name)
    {
        var c = FitRankingCases.All.Concat(FitRankingCases.HoldOut).Single(x => x.Name == name);
        var results = await real.Search.SearchAsync(c.Profile with { Limit = 10 }, TestContext.Current.CancellationToken);
        Assert.NotEmpty(results.Items);
        var fixes = results.Corrections.ToList();
        for (var i = 0; i < results.Items.Count; i++)
        {
            var s = results.Items[i];
            var card = Cards.ForSuggestion(s, i + 1, typed: c.Profile.Text);
            var why = card.Lines.FirstOrDefault(l => l.StartsWith("Why it fits:", StringComparison.Ordinal));
            // A job the words found always says why, in some true way.
            if (s.Kind == ResultKind.Role && s.Why.Any(w => w.Kind is MatchKind.Interest or MatchKind.Synonym or MatchKind.SpellingFix))
                Assert.NotNull(why);
            foreach (var said in Quoted(why))
                Assert.True(Carries(s.Id, s.Kind, said, fixes), $"{c.Name}: card {s.Id} says {why}");
            // A job that needs more than the resident has never says they have the level.
            if (why?.Contains("You have the level you need", StringComparison.Ordinal) == true)
                Assert.True(s.CanStartNow, $"{c.Name}: card {s.Id} cannot start yet but says {why}");
        }
    }

    /// <summary>The two chats residents saw: "warehouse" (a cook came up) and "porter" (a kitchen job came up).</summary>
    [Theory]
    [InlineData("warehouse", "None", "Full-time", "Nights", "Now", "Dudley", "Up to 5 miles")]
    [InlineData("porter", "none", "full time", "days", "now", "dudley", "5 miles")]
    [InlineData("i want clean job", "none", "part time", "any time", "now", "walsall", "10 miles")]
    [InlineData("kitchen", "no", "full time", "weekends", "now", "birmingham", "any distance")]
    [InlineData("look after old people", "none", "part time", "nights", "now", "dudley", "5 miles")]
    public async Task Cards_Chat_SayYouSaidOnlyForWordsTheJobCarries(params string[] answers)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync(answers);
        var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var why = card.Lines.FirstOrDefault(l => l.StartsWith("Why it fits:", StringComparison.Ordinal));
            var role = Data.Roles.FirstOrDefault(r => r.Title == card.Title);
            var id = role?.Id ?? Data.Courses.Single(x => x.Title == card.Title).Id;
            foreach (var said in Quoted(why))
                Assert.True(Carries(id, role is null ? ResultKind.Course : ResultKind.Role, said, []), $"{answers[0]}: card {card.Title} says {why}");
        }
    }

    /// <summary>The words quoted after "You said" (several are joined by ", ").</summary>
    private static IEnumerable<string> Quoted(string? why)
    {
        if (why is null) yield break;
        foreach (Match m in YouSaid().Matches(why))
            foreach (var part in m.Groups[1].Value.Split(", "))
                yield return part;
    }

    [GeneratedRegex("You said \"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex YouSaid();

    /// <summary>True when the job's title or summary has every word of <paramref name="said"/> (or of its spelling
    /// fix), or one of its other names is what was said (word by word, in any form: "carer" for "care").</summary>
    private static bool Carries(string id, ResultKind kind, string said, List<SpellingFix> fixes)
    {
        string[] names;
        string text;
        if (kind == ResultKind.Role)
        {
            var r = Data.Roles.Single(x => x.Id == id);
            names = [.. r.OtherNames];
            text = r.Title + " " + r.Summary;
        }
        else
        {
            var co = Data.Courses.Single(x => x.Id == id);
            names = [co.Kind];
            text = co.Title + " " + co.Summary + " " + co.Kind + " " + co.Level;
        }
        // What was typed, and the same words with the spelling fixes made ("helthcare asistant" -> "healthcare assistant").
        var meant = new List<string> { said, string.Join(' ', Words(said).Select(w => Fix(w, fixes))) };
        meant.AddRange(fixes.Where(f => string.Equals(f.Typed, said, StringComparison.OrdinalIgnoreCase)).Select(f => f.Used));
        var textWords = Words(text);
        foreach (var m in meant)
        {
            var words = Words(m);
            if (names.Select(Words).Any(n => n.Count == words.Count && n.Zip(words).All(p => Alike(p.First, p.Second)))) return true;
            if (words.Count > 0 && words.All(w => textWords.Any(t => Alike(w, t)))) return true;
        }
        return false;
    }

    private static string Fix(string word, List<SpellingFix> fixes) =>
        fixes.FirstOrDefault(f => string.Equals(f.Typed, word, StringComparison.OrdinalIgnoreCase))?.Used ?? word;

    private static List<string> Words(string text) =>
        [.. Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0)];

    /// <summary>The same word, or forms of one word: a shared start of 4 letters or more that leaves at most 3
    /// letters of the shorter word and 4 of the longer ("cleaning", "cleaner"; "washing", "wash"), or a short word with an
    /// ending ("old", "older").</summary>
    private static bool Alike(string a, string b)
    {
        if (a == b) return true;
        var shorter = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < shorter && a[common] == b[common]) common++;
        // A short word may only grow by an ending: "old" and "older".
        if (common == shorter && shorter >= 3 && Math.Max(a.Length, b.Length) - common <= 2) return true;
        return common >= 4 && common >= shorter - 3 && Math.Max(a.Length, b.Length) - common <= 4;
    }
}

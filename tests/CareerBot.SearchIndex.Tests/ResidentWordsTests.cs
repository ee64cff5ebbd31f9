using CareerBot.SearchIndex.Query;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// How the search reads residents' words over the real catalogue: real English words are not "corrected", other
/// forms of a catalogue word find it, synonyms mean what they mean in this work, word order counts ("care home" is
/// not "home care"), and a kind of work named only by a role's family still finds its roles.
/// </summary>
public sealed class ResidentWordsTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private Task<SearchResults> Search(string text, int limit = 3) =>
        fixture.Search.SearchAsync(new SearchProfile { Text = text, Limit = limit }, TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("im still want care job", "still")]
    [InlineData("mopping floors", "mopping")]
    [InlineData("carry boxes", "boxes")]
    [InlineData("serving tea to patients", "tea")]
    [InlineData("lifting and moving stuff", "stuff")]
    [InlineData("maintenance man", "man")]
    [InlineData("wash pots in kitchen", "pots")]
    [InlineData("stacking shelves", "stacking")]
    public async Task Search_RealEnglishWord_IsNotCorrectedIntoACatalogueWord(string text, string word)
    {
        var results = await Search(text);

        Assert.DoesNotContain(results.Corrections, c => c.Typed == word);
    }

    [Theory]
    [InlineData("securty", "security")]
    [InlineData("warehuose", "warehouse")]
    [InlineData("phlebotamist", "phlebotomist")]
    public async Task Search_TypoOfACatalogueWord_IsStillCorrected(string typo, string word)
    {
        var results = await Search(typo);

        Assert.Contains(results.Corrections, c => c.Typed == typo && c.Used == word);
    }

    [Theory]
    [InlineData("pushing wheelchairs", "porter")]
    [InlineData("answering phones", "receptionist")]
    [InlineData("stacking shelves", "stores-assistant")]
    public async Task Search_OtherFormOfACatalogueWord_FindsTheRole(string text, string role)
    {
        var results = await Search(text);

        Assert.Contains(role, results.Items.Select(i => i.Id));
    }

    [Theory]
    [InlineData("children")]
    [InlineData("working with children")]
    public async Task Search_Children_IsNotReadAsCare(string text)
    {
        var results = await Search(text, limit: 10);

        Assert.DoesNotContain(results.Items, i => i.Why.Any(w => w.Kind == MatchKind.Synonym && w.Answer.Contains("children", StringComparison.Ordinal)));
        Assert.DoesNotContain(results.Items, i => i.Id == "care-worker");
    }

    [Theory]
    [InlineData("answering phones")]
    [InlineData("answer the phones")]
    [InlineData("phones")]
    public async Task Search_Phones_AreReceptionNotComputers(string text)
    {
        var results = await Search(text);

        var first = results.Items.First(i => i.Kind == ResultKind.Role);
        Assert.Contains(first.Id, new[] { "receptionist", "gp-receptionist", "call-handler-111", "booking-coordinator" });
    }

    [Fact]
    public async Task Search_Security_FindsMoreThanOneJob_SecurityOfficerFirst()
    {
        var results = await Search("security", limit: 5);

        Assert.Equal("security-officer", results.Items[0].Id);
        Assert.True(results.Total >= 3, $"only {results.Total} result(s)");
    }

    [Theory]
    [InlineData("care home", "care-worker", "home-care-worker")]
    [InlineData("care home job", "care-worker", "home-care-worker")]
    [InlineData("home care", "home-care-worker", "care-worker")]
    [InlineData("i still need work in a care home", "care-worker", "home-care-worker")]
    public async Task Search_WordOrder_PrefersTheRoleNamedInThatOrder(string text, string before, string after)
    {
        var results = await Search(text, limit: 10);
        var ids = results.Items.Select(i => i.Id).ToList();

        Assert.Contains(before, ids);
        Assert.True(!ids.Contains(after) || ids.IndexOf(before) < ids.IndexOf(after), $"'{text}': [{string.Join(", ", ids)}]");
    }

    [Theory]
    [InlineData("allied health", "allied health")]
    [InlineData("allied health jobs", "allied health")]
    [InlineData("digital", "digital")]
    [InlineData("estates", "estates")]
    public async Task Search_FamilyName_FindsRolesOfThatFamilyFirst(string text, string family)
    {
        var results = await Search(text);

        var roles = results.Items.Where(i => i.Kind == ResultKind.Role).ToList();
        Assert.NotEmpty(roles);
        Assert.Equal(family, roles[0].Role!.Family);
        Assert.Empty(results.UnmatchedWords);
    }

    [Theory]
    [InlineData("hoovering", "domestic-assistant")]
    [InlineData("dusting and polishing", "domestic-assistant")]
    [InlineData("dementia", "care-worker")]
    [InlineData("lookin after ppl", "care-worker")]
    [InlineData("workin on the tills", "medicines-counter-assistant")]
    public async Task Search_EverydayWordsForTheWork_FindTheRoleFirst(string text, string role)
    {
        var results = await Search(text);

        Assert.Equal(role, results.Items.FirstOrDefault(i => i.Kind == ResultKind.Role)?.Id);
    }

    [Theory]
    [InlineData("it support")]
    [InlineData("looking for it jobs")]
    [InlineData("it apprenticeship")]
    public async Task Search_LowerCaseIt_BeforeAWordOfWork_IsComputing(string text)
    {
        var results = await Search(text);

        Assert.Contains(results.Items.FirstOrDefault(i => i.Kind == ResultKind.Role)?.Id, new[] { "it-apprentice", "it-service-desk" });
    }

    [Fact]
    public async Task Search_LowerCaseIt_AsAPronoun_IsNotComputing()
    {
        var results = await Search("is it hard being a carer", limit: 5);

        Assert.DoesNotContain(results.Items, i => i.Id is "it-apprentice" or "it-service-desk");
    }
}

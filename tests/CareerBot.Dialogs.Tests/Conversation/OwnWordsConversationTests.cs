using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents' own words mid-conversation and in long first messages (checks as in <see cref="ResidentConversations"/>):
/// a job's name asked about is explained from the catalogue; a new home place said at the distance question; work
/// wished for at another question; a misspelt job name kept as spelt right; a place said last, or "no quals", in a long
/// first message; and a first message of qualifications only, which keeps them and leaves the work question open.
/// Each failed before these were read (see <see cref="OwnWordsHeldOutTests"/> for the held-out wordings).
/// </summary>
public sealed class OwnWordsConversationTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // A job's name asked about: the catalogue says what the job is, not "I do not know that word yet".
    [InlineData("never~do not know that word;said~paramedic;results", "care | what does paramedic mean | none | part time | days | now | walsall | 5 miles")]
    [InlineData("never~do not know that word;said~coder;kind=office;results", "what does clinical coder mean | admin | gcses | yes | full time | days | now | solihull | 5 miles")]
    // A new home place at the distance question.
    [InlineData("place~dudley;miles=5;results;again=place", "care | none | full time | days | now | walsall | not walsall, i live in dudley | 5 miles")]
    [InlineData("place~coventry;miles=10;results;again=place", "porter | none | full time | nights | now | solihull | i meant coventry not solihull | 10 miles")]
    // Work wished for, said at another question.
    [InlineData("text~kitchen;none;results", "hospital | i want kitchen job | none | part time | days | now | dudley | 5 miles")]
    [InlineData("kind=office;hours=part;results", "care | none | part time | looking for admin job | days | now | solihull | 5 miles")]
    [InlineData("text~clean;none;results", "not sure | i would like a cleaning job | none | part time | days | now | walsall | 5 miles")]
    [InlineData("text~kitchen;none;results", "dont know | i want a job in a kitchen | none | full time | days | now | dudley | 10 miles")]
    // A misspelt job name, kept as spelt right.
    [InlineData("text~receptionist;results", "recepsionist | none | full time | days | now | solihull | 5 miles")]
    [InlineData("kind=medicines;text~pharmacy;results", "pharmasy | none | full time | days | now | coventry | 5 miles")]
    [InlineData("text~kitchen;none;results", "kichen job | none | part time | days | now | walsall | 5 miles")]
    // A place said last in a first message.
    [InlineData("text~clean;place~dudley;results", "i want cleaning job dudley | none | part time | days | now | 5 miles")]
    [InlineData("text~porter;place~wolverhampton;results", "looking for porter work wolverhampton please | none | full time | days | now | 10 miles")]
    // "no quals" inside a first message.
    [InlineData("text~kitchen;none;results", "i want to work in a kitchen i have no quals | part time | days | now | walsall | 5 miles")]
    [InlineData("kind=care;none;results", "care work please, no gcses | part time | days | now | walsall | 5 miles")]
    // A first message of qualifications only: kept, and the work question stays open.
    [InlineData("kind=care;never~courses like that;results", "I have GCSE english and maths | care | yes | full time | days | now | dudley | 5 miles")]
    [InlineData("kind=office;level=1;never~courses like that;results", "i passed level 1 maths | admin | full time | days | now | solihull | 5 miles")]
    public Task Conversation_ReadsRight(string expect, string turns) =>
        ResidentConversations.RunAsync(real.Search, expect, turns.Split(" | "));
}

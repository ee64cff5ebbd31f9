using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Held-out wordings for residents' own words mid-conversation and in long first messages: written down before the
/// fixes for job words asked about, a home place changed at another question, work named at another question,
/// misspelt job names, a place or "no quals" late in a long first message and a first message of qualifications only,
/// and not tuned on. Checks as in <see cref="ResidentConversations"/>.
/// </summary>
public sealed class OwnWordsHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    // First run (Explicit) once the fixes were done: all 34 passed (15 before them), so they now gate as the others do.
    [Theory]
    // A job word asked about at a question.
    [InlineData("never~do not know that word;results", "care | what is domiciliary care | none | part time | days | now | walsall | 5 miles")]
    [InlineData("never~do not know that word;results", "hospital | whats a hca | none | full time | days | now | dudley | 5 miles")]
    [InlineData("never~do not know that word;results", "admin | what does a ward clerk do | gcses | yes | full time | days | now | solihull | 5 miles")]
    [InlineData("never~do not know that word;results", "behind the scenes | what is sterile services | none | full time | days | now | sandwell | 10 miles")]
    [InlineData("never~do not know that word;results", "hospital | what does radiographer mean? | none | full time | days | now | coventry | 5 miles")]
    // A new home place said at another question.
    [InlineData("place~wolverhampton;results;again=place", "care | none | part time | days | now | walsall | no sorry i live in wolverhampton | 5 miles")]
    [InlineData("place~west bromwich;results;again=place", "porter | none | full time | nights | now | dudley | actually im in west bromwich | 10 miles")]
    [InlineData("place~solihull;results;again=place", "kitchen | none | part time | days | now | coventry | i meant solihull not coventry | 3 miles")]
    [InlineData("place~sandwell;results;again=place", "cleaning | none | part time | days | now | birmingham | wrong town, its sandwell | 5 miles")]
    // Work wished for, said at another question.
    [InlineData("text~porter;none;results", "anything | i want porter job | none | full time | days | now | walsall | 5 miles")]
    [InlineData("text~clean;none;results", "hospital | cleaning job please | none | part time | days | now | walsall | 5 miles")]
    [InlineData("kind=office;results", "care | none | i want admin work | full time | days | now | solihull | 5 miles")]
    // Misspelt job names.
    [InlineData("text~clean;none;results", "clener | none | part time | days | now | dudley | 5 miles")]
    [InlineData("text~reception;results", "recepshonist | gcses | yes | full time | days | now | solihull | 5 miles")]
    [InlineData("kind=medicines;results", "farmacy | none | full time | days | now | coventry | 5 miles")]
    [InlineData("text~healthcare;results", "helthcare asistant | none | full time | days | now | walsall | 5 miles")]
    [InlineData("text~security;results", "secutiry guard | none | full time | nights | now | birmingham | 10 miles")]
    [InlineData("text~phlebotom;results", "phlebotamist | none | full time | days | now | dudley | 5 miles")]
    [InlineData("text~warehouse;results", "warehose | none | full time | days | now | sandwell | 5 miles")]
    // A place at the end of a long first message.
    [InlineData("text~clean;place~sandwell;hours=part;none;results", "hi i am looking for part time cleaning work and i live in sandwell | none | days | now | 5 miles")]
    [InlineData("place~wolverhampton;results", "want porter job at the hospital, im from wolverhampton | none | full time | days | now | 10 miles")]
    [InlineData("kind=care;place~dudley;results", "i need a job in a care home im in dudley | none | part time | days | now | 3 miles")]
    [InlineData("place~solihull;results", "looking for kitchen work near solihull | none | part time | days | now | 5 miles")]
    [InlineData("place~west bromwich;results", "hello i would like a job as a receptionist i live in west bromwich | gcses | yes | full time | days | now | 5 miles")]
    // No qualifications inside a long first message.
    [InlineData("none;results", "i want warehouse work but i have no qualifications | full time | days | now | walsall | 5 miles")]
    [InlineData("none;place~coventry;results", "looking for care work, no gcses or anything, in coventry | part time | days | now | 5 miles")]
    [InlineData("none;results", "hospital porter job please i got no qualifications at all | full time | nights | now | dudley | 5 miles")]
    [InlineData("none;results", "i left school with nothing and want to work in a kitchen | part time | days | now | walsall | 3 miles")]
    // A first message of qualifications only: kept, and the work question stays open.
    [InlineData("kind=care;never~courses like that;results", "i have gcse maths and english | care | yes | full time | days | now | dudley | 5 miles")]
    [InlineData("kind=hospital;never~courses like that;results", "i got level 2 english and maths | hospital | full time | days | now | walsall | 5 miles")]
    [InlineData("level=3;results", "i have nvq level 3 in health and social care | care | full time | days | now | dudley | 5 miles")]
    [InlineData("kind=computers;level=3;results", "i have a levels | computers | full time | days | now | birmingham | 10 miles")]
    // Many things in one first message.
    [InlineData("none;place~willenhall;hours=full;results", "im 22 need full time work, no qualifications, warehouse or stores, live in willenhall | nights | now | 5 miles")]
    [InlineData("kind=care;none;place~tipton;results", "hi my name is sam i want to be a carer i have no quals and i live in tipton | part time | days | now | 3 miles")]
    public Task Conversation_ReadsRight(string expect, string turns) =>
        ResidentConversations.RunAsync(real.Search, expect, turns.Split(" | "));
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Facts said together or in passing that were lost or misread: the lead's cases and those found by chatting as a
/// resident (see <see cref="FactsTogetherCheck"/> for what the expectations mean; FactsTogetherHeldOutTests for
/// wordings not tuned on).
/// </summary>
public sealed class FactsTogetherTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // What they like is said back whole, not the last kind of work only.
    [InlineData("i like helping old people and cooking", "look=old people,cooking")]
    [InlineData("caring for elderly and cleaning", "look=elderly,cleaning")]
    // Found while fixing the above: a name kept for the search is no part of the wish said back.
    [InlineData("hi im sam i live in walsall and want porter job", "look=porter;nolook=sam")]
    // Days and times of day: the hours a week are worked out and said back.
    [InlineData("porter | none | mon to fri 9-5", "hours=40")]
    [InlineData("porter | none | 9 to 5 monday to friday", "hours=40")]
    [InlineData("porter | none | weekdays 8-4", "hours=40")]
    [InlineData("porter | none | tues and thurs 10 till 2", "hours=8")]
    [InlineData("porter | mon to fri 9-5", "hours=40")]
    // Found while fixing: once the hours are said, days and times say when, not how many hours.
    [InlineData("porter | none | 20 | weekdays 9-5", "held=20")]
    [InlineData("porter | none | 20 | days | mon to fri 9 to 5", "held=20")]
    [InlineData("hi im sam i live in walsall and want porter job, mon to fri 9-5, no exams", "place=Walsall;hours=40;quals=none")]
    [InlineData("cleaner job in west brom, i can do weekdays 8-4, left school with nothing", "place=West Bromwich;hours=40;quals=none")]
    // A town first, with the work and the travel after it.
    [InlineData("walsall, porter job, 15 mins walk or 5 miles by car", "place=Walsall;miles=5")]
    [InlineData("admin work bilston i can walk 2 miles", "place=Bilston;miles=2")]
    // Where they live, and where they want to work, are different facts.
    [InlineData("i live in tipton, want a job at sandwell hospital", "place=Tipton")]
    [InlineData("i want care work, i live in smethwick but want to work in birmingham", "place=Smethwick")]
    // No exams, said many ways, is no qualifications.
    [InlineData("porter | never passed any exams", "quals=none")]
    [InlineData("porter | no exams", "quals=none")]
    [InlineData("porter | didnt do gcses", "quals=none")]
    [InlineData("porter | left school at 15", "quals=none")]
    // A place put right later.
    [InlineData("kitchen job | actually i live in dudley", "place=Dudley")]
    public async Task FactsTogether_Dev(string said, string expect) => await FactsTogetherCheck.RunAsync(real, said, expect);
}

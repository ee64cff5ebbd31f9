using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Where residents live, said in their own words with other answers: a town said with work ("walsall cleaning job")
/// is the home at any question; a vague place ("near the city centre", "round here") is no wish for work, and the
/// place is asked later; a hospital or college named as a workplace ("porter job at walsall manor"), a road or an
/// employer that shares a town's name ("walsall road", "dudley group") is no home. See <see cref="PlaceWithWorkCheck"/>.
/// </summary>
public sealed class PlaceWithWorkTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // The lead's examples.
    [InlineData("interest", "i live near the city centre", "noplace;nowork")]
    [InlineData("interest", "near the hospital", "noplace;nowork")]
    [InlineData("interest", "round here", "noplace;nowork")]
    [InlineData("interest", "near me", "noplace;nowork")]
    [InlineData("interest", "walsall cleaning job", "place=Walsall;work")]
    [InlineData("interest", "cleaning jobs in walsall", "place=Walsall;work")]
    [InlineData("interest", "care work around dudley", "place=Dudley;work")]
    [InlineData("interest", "porter job birmingham", "place=Birmingham;work")]
    [InlineData("interest", "wolverhampton hospital jobs", "place=Wolverhampton;work")]
    [InlineData("interest", "anything in wv10", "place=Bushbury and Low Hill (WV10)")]
    // Own wordings: a place first, then the work.
    [InlineData("interest", "dudley kitchen work", "place=Dudley;work")]
    [InlineData("interest", "b70 porter", "place=West Bromwich (B70);work")]
    [InlineData("interest", "west brom, admin job", "place=West Bromwich;work")]
    [InlineData("interest", "hi im in oldbury need care work", "place=Oldbury;work")]
    [InlineData("interest", "i live in bilston and want a driving job", "place=Bilston;work")]
    [InlineData("interest", "im based in coventry. warehouse please", "place=Coventry;work")]
    // Vague places, with and without work.
    [InlineData("interest", "i live in the town centre", "noplace;nowork")]
    [InlineData("interest", "around here", "noplace;nowork")]
    [InlineData("interest", "i live local", "noplace;nowork")]
    [InlineData("interest", "kitchen job near me", "noplace;work")]
    [InlineData("interest", "i live near the city centre, i want cleaning", "noplace;work")]
    // Found while trying the bot: a home said in more words, with no town.
    [InlineData("interest", "i live round the corner", "noplace;nowork")]
    [InlineData("interest", "i live with my mum near the park", "noplace;nowork")]
    [InlineData("interest", "i am staying with family in the area", "noplace;nowork")]
    [InlineData("interest", "i live in a council flat", "noplace;nowork")]
    [InlineData("interest", "anywhere near me", "noplace;nowork")]
    [InlineData("interest", "im new to the area", "noplace;nowork")]
    [InlineData("interest", "i just moved here, looking for care work", "noplace;work")]
    [InlineData("interest", "live-in carer", "noplace;work")]
    // A workplace is not the home; a home near one is.
    [InlineData("interest", "porter job at walsall manor", "noplace;work")]
    [InlineData("interest", "i want to work in city hospital", "noplace;work")]
    [InlineData("interest", "cleaning at the QE", "noplace;work")]
    [InlineData("interest", "good hope hospital porter", "noplace;work")]
    [InlineData("interest", "i live near new cross hospital, porter job", "place=New Cross Hospital;work")]
    [InlineData("interest", "i live in tipton, i want to work at russells hall", "place=Tipton;work")]
    // A road or an employer that shares a town's name.
    [InlineData("interest", "i live on coventry road", "noplace;nowork")]
    [InlineData("interest", "walsall road, cleaning job", "noplace;work")]
    [InlineData("interest", "dudley group jobs", "noplace")]
    [InlineData("interest", "i live on dudley road in winson green, kitchen work", "place=Winson Green;work")]
    // Later questions.
    [InlineData("qualifications", "none, walsall cleaning job", "place=Walsall")]
    [InlineData("hours", "full time, wolverhampton porter job", "place=Wolverhampton")]
    [InlineData("times", "days, kitchen job in dudley", "place=Dudley")]
    [InlineData("start", "now, i live near the city centre", "noplace")]
    [InlineData("hours", "part time, porter at walsall manor", "noplace")]
    [InlineData("times", "days. i live on walsall road", "noplace")]
    public async Task PlaceWithWork_ReadAsTheResidentMeantIt(string step, string text, string expect) =>
        await PlaceWithWorkCheck.RunAsync(real, step, text, expect);
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Employers, hospitals, shops and colleges named by residents (see <see cref="EmployerNamedCheck"/> for what the
/// expectations mean): the sort of employer and where the work is, never the home; an honest word that the bot has
/// no one employer's jobs; a college's courses first. The wordings the work was built against; the held-out ones are
/// in <see cref="EmployerNamedHeldOutTests"/>.
/// </summary>
public sealed class EmployerNamedTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("interest", "jobs at the dudley group", "noplace;work;employer;says=The Dudley Group is in Dudley.;nosays=group\"")]
    [InlineData("interest", "dudley group jobs", "noplace;work;employer")]
    [InlineData("interest", "royal wolverhampton jobs", "noplace;work;employer")]
    [InlineData("interest", "BCHC", "work;employer")]
    [InlineData("interest", "birmingham city council", "noplace;work;employer;says=Birmingham City Council")]
    [InlineData("interest", "the council", "work;says=I do not have jobs for one council.")]
    [InlineData("interest", "cleaner for walsall council", "noplace;work;employer;says=Walsall Council")]
    [InlineData("interest", "porter at new cross", "noplace;work;employer;says=New Cross Hospital is in Wolverhampton.")]
    [InlineData("interest", "the QE", "noplace;work;employer")]
    [InlineData("interest", "hi im in dudley, want jobs at russells hall", "place=Dudley;work;says=Russells Hall Hospital is in Dudley.")]
    [InlineData("interest", "boots", "work;kind=medicines;shop")]
    [InlineData("interest", "asda", "asked;shop")]
    [InlineData("interest", "Tesco", "asked;shop")]
    [InlineData("interest", "cleaner at asda", "work;shop;nosays=asda\"")]
    [InlineData("interest", "job in amazon warehouse", "work;kind=driving;shop")]
    [InlineData("interest", "i live in a council flat", "noplace;nosays=council")]
    [InlineData("interest", "esol at walsall college", "noplace;says=I will show courses at Walsall College first.;at=Walsall College")]
    [InlineData("interest", "bmet", "noplace;says=I will show courses at Birmingham Metropolitan College first.")]
    [InlineData("interest", "sandwell college", "noplace;says=I will show courses at Sandwell College first.")]
    [InlineData("interest", "nursing at bcu", "noplace")]
    [InlineData("interest", "a course at the uni", "work;nosays=uni")]
    [InlineData("interest", "i want to go uni", "work")]
    [InlineData("interest", "i live near walsall college", "place=Walsall College")]
    [InlineData("hours", "full time, at the dudley group", "noplace;employer")]
    [InlineData("qualifications", "none, want work at walsall manor", "noplace;employer")]
    [InlineData("start", "asap. care job with dudley council", "noplace;employer")]
    public async Task EmployerNamed_ReadAsTheResidentMeantIt(string step, string text, string expect) =>
        await EmployerNamedCheck.RunAsync(real, step, text, expect);
}

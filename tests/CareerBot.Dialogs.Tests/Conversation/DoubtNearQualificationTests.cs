using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// "maybe", "i think" cast doubt on the qualification they are said with, not on one said in another sentence: "I have
/// GCSE english and maths grade 4. I want to work in a hospital maybe admin" holds Level 2 (before: the grade question
/// was asked again), while "i think i have nvq 2" is still checked.
/// </summary>
public sealed class DoubtNearQualificationTests
{
    private static readonly FactReader Reader = new(CatalogueData.LoadPlaces());

    [Theory]
    [InlineData("I have GCSE english and maths grade 4. I want to work in a hospital maybe admin", 2)]
    [InlineData("i have nvq 3 in health and social care, i think porter or maybe cleaning", 3)]
    [InlineData("i have level 1 english. im not sure what job, maybe kitchen", 1)]
    public void DoubtAboutTheWork_LeavesTheQualificationHeld(string text, int level)
    {
        var heard = Reader.Read(text, "interest", TestTalk.Now);

        Assert.Equal(level, heard.Qualifications?.Level);
    }

    [Theory]
    [InlineData("i think i have nvq 2, i want care work")]
    [InlineData("level 2 maybe, kitchen job")]
    [InlineData("not sure if i have level 3. admin please")]
    public void DoubtAboutTheQualification_IsNotTakenAsHeld(string text)
    {
        var heard = Reader.Read(text, "interest", TestTalk.Now);

        Assert.Null(heard.Qualifications?.Level);
    }
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// One case for each general cause of a miss in <see cref="UnseenWishCases.Tune"/>, in other words than the wishes
/// (none of them is a wish of that set or of the held-out sets), on the real dialogs and catalogue: slang and everyday
/// names for work the catalogue does not use, work we have no jobs in, and a ticket as the whole first answer.
/// </summary>
public sealed class UnseenWishFixesTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // Slang and everyday names (synonyms.json).
    [InlineData("sparkie", "title~craftsperson")]
    [InlineData("joiner", "title~craftsperson")]
    [InlineData("i was a waiter", "title~Ward host|Catering")]
    [InlineData("barista", "title~Catering|Ward host")]
    [InlineData("working outdoors", "title~Caretaker|Estates|driver")]
    [InlineData("hgv", "title~NHS driver")]
    [InlineData("programmer", "title~IT ")]
    [InlineData("retail", "title~pharmacy counter|receptionist")]
    [InlineData("looking after newborns", "title~Maternity")]
    // A word of no work with its "g" dropped is no search word either.
    [InlineData("helpin in a kitchen", "kind=behind;text!helpin")]
    // Work we have no jobs in: said, and the nearest work we have.
    [InlineData("look after children", "notours;title~Care")]
    [InlineData("teaching assistant", "notours")]
    // A ticket as the whole first answer: held, and the work it is for.
    [InlineData("i have my sia badge", "title~security")]
    [InlineData("ive got a cscs card", "title~Estates|Caretaker|craftsperson")]
    public async Task FirstAnswer_WordsNoTestHadSeen_NearestWork(string text, string expect) => await FirstAnswerTests.CheckAsync(real, text, expect);
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Words around the wish for work: being polite or sorry, a word said again, pay, two kinds of work, work for someone
/// else (see <see cref="WishWordsCheck"/> for the cases' words).
/// </summary>
public sealed class WishWordsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // Sorry, please, thinking aloud: never searched, never said back.
    [InlineData("sorry, porter", "said=porter;no=sorry")]
    [InlineData("hiya sorry to bother u, am looking for kitchen work", "said=kitchen;no=bother;no=sorry")]
    [InlineData("ummm pleaseee admin", "no=ummm;no=pleaseee")]
    // A word said again is one wish.
    [InlineData("porter porter porter porter", "said=porter")]
    [InlineData("warehouse warehouse", "said=warehouse")]
    // Pay is a fact: read, said back, and no words to search.
    [InlineData("i want a job that pays £15 an hour", "pay=£15 an hour;asked;no=pays;no=hour")]
    [InlineData("£12 an hour cleaning", "pay=£12 an hour;said=cleaning;no=hour")]
    [InlineData("at least 25k a year admin", "pay=£25,000 a year;said=admin;no=year")]
    [InlineData("good money", "goodpay;asked")]
    [InlineData("well paid job", "goodpay;asked")]
    [InlineData("porter job, £15 an hour", "pay=£15 an hour;nonereach;top~porter")]
    // Two kinds of work: both in the first results.
    [InlineData("i like helping old people and cooking", "top~care worker;top~catering|cook")]
    // Work for someone else: said, and who they are is no word of work.
    [InlineData("job for my wife", "for=wife;asked;no=wife")]
    [InlineData("my husband wants a porter job", "for=husband;no=husband")]
    [InlineData("looking for work for my son he is 17", "for=son;asked;no=son")]
    // Words typed apart are never said back as one quote the resident did not type.
    [InlineData("pharmacy, technician", "card~You said \"pharmacy\" and \"technician\"")]
    public async Task FirstMessage_WordsAroundTheWish_ReadAsMeant(string text, string expect) => await WishWordsCheck.RunAsync(real, text, expect);
}

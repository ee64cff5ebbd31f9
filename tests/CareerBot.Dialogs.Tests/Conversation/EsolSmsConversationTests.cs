using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers.Text;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents still learning English, and young people texting, from the first message to the results: words typed
/// with no spaces or split in two, "no school" and "nah" for no qualifications, "?" or "i dont understand" at a
/// question (the question in other words, no "Sorry" and no list of commands), emoji alone, and "three days" at the
/// hours question (days a week, not a start in three days). Checks as in <see cref="ResidentConversations"/>.
/// </summary>
public sealed class EsolSmsConversationTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("text~warehouse;never~ward house;none;results", "ware house job | no qualificashun | full time | night | now | wolverhampton | 10 mile")]
    [InlineData("text~porter;none;hours=full;results", "iwantporterjob | none | fulltime | nights | now | walsall | 5miles")]
    [InlineData("none;never~grade 4;results", "me want cook job | no school | thirty hours | day time | tomorrow | coventry | ten miles")]
    [InlineData("none;results", "care | nah | pt | days | asap | walsall | 5")]
    [InlineData("none;results", "porter | i no have | full time | days | now | dudley | 5")]
    [InlineData("said~I want to know what job you like;never~forget me;results", "? | care | none | part time | days | now | dudley | 3 miles")]
    [InlineData("said~A qualification is a paper;none;results", "care | i dont understand | none | part time | days | now | dudley | 3 miles")]
    [InlineData("said~Full-time is about 37 hours;results", "porter | none | what mean | full time | days | now | dudley | 5 miles")]
    [InlineData("said~How far from your home;miles=5;results", "kitchen | none | part time | days | now | walsall | me no understand | 5")]
    [InlineData("kind=care;results", "👍 | care | none | part time | days | now | dudley | 5")]
    [InlineData("none;results", "care | 🤔 | none | part time | days | now | dudley | 5")]
    [InlineData("start=now;never~start from;results", "cleaner | no | three days | morning | now | tipton | 3 miles")]
    // Texted words of time.
    [InlineData("start;results", "WAREHOUSE | NO | FULLTIME | NITE SHIFT | 2MORROW | WALSALL | 5")]
    [InlineData("start;results", "care | none | pt | mon-fri | nxt week | dudley | 5")]
    [InlineData("place~dudley;never~(B4);results", "care | none | part time | weekdays | b4 christmas | dudley | bus")]
    [InlineData("times~SchoolHours;results", "care | none | part time | when kids in school | now | dudley | 5")]
    // Who they are, said with the wish for work: no job called "refugee" or "eritrea".
    [InlineData("kind=care;never~no jobs for;results", "i am refugee from eritrea, i want work | care | none | full time | days | now | coventry | 5")]
    // "none" to the first question: no kind in mind, not a job called "none".
    [InlineData("never~no jobs for;results", "none | yes | 1 | yes | none | part time | days | now | dudley | 5")]
    // "?" at the results: what they are and what to do, not how the bot works.
    [InlineData("last~These jobs and courses fit your answers;never~forget me", "care | none | part time | days | now | dudley | 5 | ?")]
    public Task Conversation_ReadsRight(string expect, string turns) =>
        ResidentConversations.RunAsync(real.Search, expect, turns.Split(" | "));

    [Theory]
    [InlineData("👍", "ok")]
    [InlineData("👍🏽", "ok")]
    [InlineData("👌 👌", "ok")]
    [InlineData("👎", "no")]
    [InlineData("🤔", "?")]
    [InlineData("🤷‍♀️", "?")]
    [InlineData("🙏", "thanks")]
    [InlineData("👍 yes", "👍 yes")]
    [InlineData("👍👎", "👍👎")]
    [InlineData("🚗", "🚗")]
    [InlineData("", "")]
    public void EmojiWords_EmojiAlone_ReadsAsItsWords(string text, string expected) =>
        Assert.Equal(expected, EmojiWords.Read(text));

    [Theory]
    [InlineData("?")]
    [InlineData("??")]
    [InlineData("i dont understand")]
    [InlineData("me no understand")]
    [InlineData("i not understand")]
    [InlineData("what you mean")]
    [InlineData("what mean")]
    [InlineData("huh")]
    [InlineData("sorry what")]
    [InlineData("i dont get it")]
    public void Interruptions_NotUnderstanding_IsRecognised(string text) =>
        Assert.Equal(InterruptionKind.NotUnderstood, Interruptions.Recognise(text).Kind);

    [Theory]
    [InlineData("what is nvq")]
    [InlineData("i dont understand why i need gcse")]
    [InlineData("help")]
    [InlineData("cleaning?")]
    public void Interruptions_MoreThanNotUnderstanding_IsNotThat(string text) =>
        Assert.NotEqual(InterruptionKind.NotUnderstood, Interruptions.Recognise(text).Kind);
}

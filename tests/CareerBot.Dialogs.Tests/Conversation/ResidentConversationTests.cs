using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Whole resident conversations (see <see cref="ResidentConversations"/> for the checks). Turns are split at " | ".
/// A third more are kept apart in <see cref="HeldOutResidentConversationTests"/>, checked only once the fixes were done.
/// </summary>
public sealed class ResidentConversationTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // Everything in the first message.
    [InlineData("kind=hospital;none;age=24;place~walsall;times~Mornings;hours=full;start=now;miles=5;results",
        "hi im 24 from walsall no qualifications want hospital work mornings only | full time | asap | 5 miles")]
    [InlineData("text~cleaning;hours=part;place~dudley;none;results",
        "I'd like cleaning | none | part time | days | now | dudley | 5 miles")]
    [InlineData("text~cleaning;results;nojoin",
        "I want to start work | cleaning | none | part time | days | now | dudley | 5")]
    [InlineData("kind=care;hours=part;place~wolverhampton;times~Weekends;results",
        "looking for part time care work in wolverhampton weekends only | nothing | straight away | 10 miles")]
    // Answers out of order.
    [InlineData("text~cleaning;times~Weekends;none;results",
        "cleaning | i can only do weekends | no qualifications | 16 hours | now | walsall | 3 miles")]
    [InlineData("kind=care;place~coventry;none;hours=part;results",
        "care | i live in coventry | none | part time | evenings | next week | 5 miles")]
    // Changing an answer later.
    [InlineData("times~Nights;results",
        "hospital porter | none | full time | days | actually i can do nights | now | dudley | 10 miles")]
    [InlineData("place~wolverhampton;miles=10;results;again=place",
        "care | none | full time | days | now | coventry | no i meant wolverhampton | 10 miles")]
    [InlineData("hours=part;results;again=hours",
        "admin | gcses | yes | full time | sorry i mean part time | days | now | solihull | 5 miles")]
    // Not sure, anything, don't know at each question.
    [InlineData("results",
        "i dont know | yes | on my feet | yes | not sure | dont know | any time | not sure | birmingham | dont know")]
    [InlineData("results",
        "anything | yes | dont mind | yes | none | anything | anything | whenever | walsall | anywhere")]
    // One word each.
    [InlineData("kind=care;none;hours=part;times~Nights;start=now;place~coventry;miles=10;results;nojoin",
        "care | none | parttime | nights | now | coventry | 10")]
    // Typos, lower case, no punctuation.
    [InlineData("said~clean;none;hours=part;times~Mornings;place~wolverhampton;miles=5;results",
        "clening jobs pls | nun | part tim | mornins | strait away | wolverhamton | 5 mile")]
    // ESOL-style English.
    [InlineData("text~clean;none;hmax=20;results",
        "me want job hospital clean | no have qualification | me can work 20 hour | morning | now | birmingham | bus")]
    [InlineData("english;kind=care;results",
        "my english not good i want care job | no | part time | day | now | dudley | 3 miles")]
    // Small talk and thanks in the middle.
    [InlineData("kind=care;none;hours=full;place~sandwell;miles=10;results",
        "hello | how are you | care work | thanks | none | full time | thank you | days | now | sandwell | 10 miles")]
    [InlineData("kind=hospital;none;results",
        "hospital | ok | none | cheers | full time | days | now | great | dudley | 5 miles")]
    // A question back in the middle of a question.
    [InlineData("said~patients, beds;none;results",
        "hospital | what is a porter? | none | full time | days | now | walsall | 5 miles")]
    [InlineData("said~DBS;kind=care;results",
        "care | do i need a dbs? | none | part time | days | now | dudley | 5 miles")]
    // Very long answers.
    [InlineData("kind=care;results",
        "well I have been out of work for about two years because I was looking after my mum who was poorly but she is better now and I really want to get back into work maybe something in a care home because I liked looking after her | none | part time | days | now | dudley | 5 miles")]
    [InlineData("none;place~dudley;results",
        "hospital porter | i left school at 16 and never got any qualifications to be honest i was not very good at school | full time | days | now | dudley | 5 miles")]
    // After the results.
    [InlineData("results;last~porter",
        "porter | none | full time | days | now | dudley | 5 miles | tell me about the porter job")]
    [InlineData("results;place~coventry",
        "care | none | full time | days | now | dudley | 5 miles | can you look in coventry instead | 10 miles")]
    [InlineData("results",
        "cleaning | none | part time | days | now | walsall | 5 miles | thanks | ok")]
    // Asking the bot to choose is no new search for the words ("best").
    [InlineData("results;kind=care;never~look for jobs for",
        "care | none | full time | days | now | walsall | 5 miles | which one is best")]
    // Age and an English level with the work.
    [InlineData("age=19;kind=care;results",
        "im 19 and want to be a carer | none | full time | days | now | walsall | 5 miles")]
    [InlineData("kind=driving;results",
        "warehouse or driving | i have a driving licence | full time | nights | now | wolverhampton | 10 miles")]
    [InlineData("kind=computers;level=3;results",
        "computers | a levels | full time | days | now | birmingham | 10 miles")]
    [InlineData("text~kitchen;hmax=16;results",
        "kitchen | none | 16 hours | weekends | in a month | dudley | 5")]
    [InlineData("kind=medicines;results",
        "pharmacy | gcse english and maths | yes | full time | days | now | coventry | 5 miles")]
    public Task Conversation_ReadsRight(string expect, string turns) =>
        ResidentConversations.RunAsync(real.Search, expect, turns.Split(" | "));

    /// <summary>
    /// GCSEs said in the first message are kept (the qualifications question only asks the grade), and are not a wish
    /// for courses: "i have gcses" is something held (see LearningWishHeldTests).
    /// </summary>
    [Fact]
    public Task Conversation_GcsesSaidFirst_OnlyTheGradeIsAsked() =>
        ResidentConversations.RunAsync(real.Search, "kind=office;hours=part;place~solihull;results",
            "looking for part time admin job in solihull i have gcses | yes | mornings | now | 5 miles".Split(" | "));
}

/// <summary>Held-out conversations: written with the others, run only once the fixes were done.</summary>
public sealed class HeldOutResidentConversationTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    // Run on purpose only (--explicit on): a measure of what is still missed, not a gate (8 of 15 failed; 2 after the
    // own-words work: "old people" said back as "caring for people", and "thanks bye" ends the chat at the results).
    [Theory(Explicit = true)]
    [InlineData("kind=care;none;place~dudley;times~Nights;results",
        "hiya im looking for care work at night in dudley no quals | part time | now | 5 miles")]
    [InlineData("text~kitchen;results;nojoin",
        "i would like kitchen | none | full time | days | now | walsall | 5 miles")]
    [InlineData("text~clean;results;nojoin",
        "i want a job | cleaner | none | part time | days | now | walsall | 3 miles")]
    [InlineData("place~birmingham;results;again=place",
        "admin | none | full time | days | now | dudley | sorry not dudley i live in birmingham | 5 miles")]
    [InlineData("times~Weekends;results",
        "porter | none | part time | days | oh and weekends too | now | walsall | 5 miles")]
    [InlineData("results",
        "not sure | no | at a desk | no idea | whatever | any | dunno | coventry | any")]
    [InlineData("english;results",
        "me no speak english good | me want clean job | no | 20 hour | morning | now | walsall | bus")]
    [InlineData("kind=care;results",
        "CARE | NONE | PART TIME | DAYS | NOW | DUDLEY | 5 MILES")]
    [InlineData("said~phlebotom;results",
        "hospital | what does phlebotomist mean | none | full time | days | now | dudley | 5 miles")]
    [InlineData("text~porter;none;results",
        "portar | no quals | ful time | day | rite now | dudly | 5 miles")]
    [InlineData("kind=care;age=17;results",
        "i am 17 want to work with old people | none | part time | weekends | now | walsall | 5 miles")]
    [InlineData("hours=part;times~Mornings;results",
        "hospital | none | i can do mornings part time | now | dudley | 5 miles")]
    [InlineData("kind=office;results",
        "reception | thank you | english and maths | yes | full time | days | now | solihull | 10 miles")]
    [InlineData("results;place~walsall",
        "care | none | full time | days | now | walsall | 5 miles | 2 | thanks bye")]
    [InlineData("kind=driving;place~coventry;results",
        "i can drive, want delivery driver job coventry | none | full time | days | now | 10 miles")]
    public Task Conversation_ReadsRight(string expect, string turns) =>
        ResidentConversations.RunAsync(real.Search, expect, turns.Split(" | "));
}

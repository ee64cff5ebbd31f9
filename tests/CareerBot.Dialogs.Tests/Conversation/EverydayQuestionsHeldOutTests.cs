using CareerBot.Dialogs.Conversation;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Held out from <see cref="EverydayQuestionsTests"/>: written before the fix and not tuned on, to measure how the
/// everyday-question readers fare on wordings they were not built from. Before the fix 6 of 32 passed (the 6 answers
/// that find nothing); after it 29 of 32 (the 3 misses are Explicit).
/// </summary>
public sealed class EverydayQuestionsHeldOutTests
{
    [Theory]
    [InlineData("where can i pray", "faq.faith")]
    [InlineData("do they let you pray on shift", "faq.faith")]
    [InlineData("is it ok to wear headscarf", "faq.faith")]
    [InlineData("do they have halal food", "faq.faith")]
    [InlineData("i fast in ramadan is that a problem", "faq.faith")]
    [InlineData("can i get paid without a bank account", "faq.bank_account")]
    [InlineData("no bank account", "faq.bank_account")]
    [InlineData("do they pay by bank transfer", "faq.pay_day")]
    [InlineData("is the bus free", "faq.travel_cost")]
    // Misses after the fix, kept to measure: "will i ... pay for" reads as the cost of a course.
    [InlineData("how will i pay for the bus to work", "faq.travel_cost", Explicit = true)]
    [InlineData("will they pay my train fare", "faq.travel_cost")]
    [InlineData("i have no ni number", "faq.ni_number")]
    [InlineData("what is national insurance", "faq.ni_number")]
    [InlineData("my english is weak can i still apply", "faq.english_level")]
    [InlineData("how good does my english need to be", "faq.english_level")]
    [InlineData("can i work if i dont speak english well", "faq.english_level")]
    [InlineData("do hospitals close at christmas", "faq.bank_holidays")]
    [InlineData("do i get christmas off", "faq.bank_holidays")]
    [InlineData("what about my children while im at work", "faq.childcare")]
    // A miss after the fix, kept to measure: "universal credit" is read first, as a question about benefits.
    [InlineData("does universal credit pay for childcare", "faq.childcare", Explicit = true)]
    [InlineData("how do i become a volunteer", "faq.volunteer")]
    [InlineData("can i keep my other job", "faq.two_jobs")]
    // The two wordings below were written just before the pattern for them, so they are not fully blind.
    [InlineData("what do i need to get these jobs", "faq.quals_need")]
    [InlineData("do they want qualifications", "faq.quals_need")]
    public void Find_HeldOut(string text, string key) => Assert.Equal(key, CommonQuestions.Find(text));

    [Theory]
    [InlineData("i can take the bus")]
    [InlineData("weekends and sundays")]
    [InlineData("english gcse grade 4")]
    [InlineData("bus or train")]
    [InlineData("nursery nurse")]
    [InlineData("i volunteered at a charity shop")]
    public void Find_HeldOut_AnswersFindNothing(string text) => Assert.Null(CommonQuestions.Find(text));

    [Theory]
    [InlineData("whats band 6", "glossary.band_6")]
    // A miss after the fix: "how much is" is not read as asking what a word means.
    [InlineData("how much is band 3", "glossary.band_3", Explicit = true)]
    public void BandQuestion_HeldOut(string text, string key) => Assert.Equal(key, Interruptions.Recognise(text).Key);
}

using Xunit;
using CareerBot.Bot.Insights.Transcripts;

namespace CareerBot.Bot.Tests.Insights;

public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("call me on 07700 900123 please", "call me on [phone] please")]
    [InlineData("my number is +44 7700 900123", "my number is [phone]")]
    [InlineData("ring 0121 496 0000", "ring [phone]")]
    [InlineData("ring (0121) 496-0000 today", "ring [phone] today")]
    [InlineData("07700900123", "[phone]")]
    [InlineData("email priya.shah+jobs@example.co.uk now", "email [email] now")]
    [InlineData("I live at DY1 2HQ", "I live at DY1")]
    [InlineData("postcode b15 2th", "postcode B15")]
    [InlineData("WV10 0QP is near", "WV10 is near")]
    [InlineData("my NI is QQ 12 34 56 C", "my NI is [NI number]")]
    [InlineData("NI AB123456D.", "NI [NI number].")]
    [InlineData("born 12/03/1990", "born [date]")]
    [InlineData("dob 1990-03-12", "dob [date]")]
    [InlineData("I was born on 3rd March 2001", "I was born on [date]")]
    [InlineData("birthday March 3, 2001", "birthday [date]")]
    [InlineData("I was born in 1999", "I was born in [date]")]
    [InlineData("my name is Priya Shah and I like care", "my name is [name] and I like care")]
    [InlineData("hi, my name is priya", "hi, my name is [name]")]
    [InlineData("Call me Jo", "Call me [name]")]
    public void Scrub_PersonalData_IsReplaced(string input, string expected) =>
        Assert.Equal(expected, PersonalDataScrubber.Scrub(input));

    [Theory]
    [InlineData("I want to be a hospital porter in Dudley")]
    [InlineData("Band 2 pays £24,465 a year for 37.5 hours")]
    [InlineData("I can work weekends and nights, 3 days a week")]
    [InlineData("Level 2 in English and maths")]
    [InlineData("DY1")]
    [InlineData("Your course starts on 12 March")]
    public void Scrub_OrdinaryText_IsUnchanged(string input) =>
        Assert.Equal(input, PersonalDataScrubber.Scrub(input));

    [Fact]
    public void Scrub_KnownName_IsReplacedByPseudonymAsWholeWord()
    {
        KnownName[] names = [new("Priya Shah", "Resident 1a2b3c", AnyCase: true), new("Will", "Resident 1a2b3c", AnyCase: false)];

        string? result = PersonalDataScrubber.Scrub("Hi PRIYA SHAH! Priyanka, Will and I will go.", names);

        Assert.Equal("Hi Resident 1a2b3c! Priyanka, Resident 1a2b3c and I will go.", result);
    }

    [Fact]
    public void Scrub_RandomOddUnicode_NeverThrowsAndKeepsNoLongNumber()
    {
        var random = new Random(20261122);
        string[] pieces = ["\u200B", "\uFEFF", "é", "👩🏽‍⚕️", "\u202E", "٣", "07700", " ", "9", "@", "x.", "DY1", "\0", "\uD800"];
        for (int i = 0; i < 500; i++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            string? scrubbed = PersonalDataScrubber.Scrub(text);

            Assert.NotNull(scrubbed);
            Assert.DoesNotMatch(@"\d{9}", scrubbed);
        }
    }
}

using System.Text.Json;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A resident who sends an email address, a phone number, a National Insurance number, a date of birth or a home
/// address is told kindly not to, and that the bot cannot call or email; the details are never searched, said back,
/// kept in the answers or signalled for the figures. The rest of the message is still read.
/// </summary>
public sealed class PersonalDetailsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string FirstQuestion = "What kind of work do you like?";
    private static readonly string Notice = MessageCatalogue.Default.Get("privacy.details");
    private static readonly string AddressNotice = MessageCatalogue.Default.Get("privacy.address");

    [Theory]
    [InlineData("my email is sam@gmail.com", "sam", "gmail")]
    [InlineData("my number is 07700900123 call me", "07700", "call")]
    [InlineData("pls txt me on 07911 123 456", "07911", "txt")]
    [InlineData("my ni number is AB123456C", "AB123456C", "number")]
    [InlineData("my date of birth is 04/09/1996", "1996", "birth")]
    [InlineData("email: leah.b99@outlook.com", "leah", "outlook")]
    public async Task FirstQuestion_OnlyDetails_NoticeThenTheQuestion_NothingKept(string text, string secret, string cue)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == Notice);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("no jobs for", StringComparison.Ordinal));
        Assert.Equal(FirstQuestion, talk.LastText);
        AssertNotKept(talk, secret);
        // The words that brought the detail are not searched or stored either (the notice itself says "call").
        AssertNotStored(talk, cue);
    }

    [Theory]
    [InlineData("porter work, text me on 07911 123456", "porter", "07911")]
    [InlineData("cleaning job please my email is jo.k@yahoo.co.uk", "cleaning", "yahoo")]
    [InlineData("dob 1 june 1990, i want care work", "care", "1990")]
    [InlineData("kitchen, NI QQ 12 34 56 C", "kitchen", "QQ")]
    public async Task FirstQuestion_DetailsWithAnAnswer_NoticeAndTheAnswerIsRead(string text, string work, string secret)
    {
        var talk = await StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(talk.Last.Replies, r => r.Text == Notice);
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("I will look for \"" + work, StringComparison.Ordinal));
        Assert.Equal("What qualifications do you have?", talk.LastText);
        AssertNotKept(talk, secret);
    }

    [Fact]
    public async Task LaterQuestion_Email_NoticeAndTheSameQuestionAgain()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none");
        var asked = talk.LastText;

        await talk.SayAsync("email me at bob.smith@yahoo.co.uk");

        Assert.Equal(Notice, talk.Last.Replies[0].Text);
        Assert.Equal(asked, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("did not understand", StringComparison.Ordinal));
        AssertNotKept(talk, "bob");
    }

    [Fact]
    public async Task PlaceQuestion_FullAddress_OnlyTheDistrictIsKept()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");

        await talk.SayAsync("i live at 22 Church Road, B15 2TT");

        Assert.Contains(talk.Last.Replies, r => r.Text == AddressNotice);
        Assert.Contains("(B15)", talk.AllText, StringComparison.Ordinal);
        AssertNotKept(talk, "Church");
        AssertNotKept(talk, "2TT");
    }

    [Fact]
    public async Task PlaceQuestion_FullPostcode_KeptAndSaidAsItsDistrict()
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days", "now");

        await talk.SayAsync("DY1 2HQ");

        Assert.Contains("(DY1)", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == AddressNotice);
        AssertNotKept(talk, "2HQ");
    }

    [Theory]
    [InlineData("12/01/2027")]
    [InlineData("from 3rd march 2027")]
    public async Task StartQuestion_AFutureDate_IsNoDateOfBirth(string text)
    {
        var talk = await StartAsync();
        await talk.SayAllAsync("porter", "none", "full time", "days");

        await talk.SayAsync(text);

        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Notice);
    }

    /// <summary>Not in the replies, the stored answers or the signals for the figures.</summary>
    private static void AssertNotKept(TestTalk talk, string secret)
    {
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        AssertNotStored(talk, secret);
    }

    private static void AssertNotStored(TestTalk talk, string secret)
    {
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(talk.State), StringComparison.OrdinalIgnoreCase);
        // The "personal" signal says only which kind of detail was sent ("phone", "birth").
        Assert.DoesNotContain(talk.Signals, s => s.Kind != "personal" && s.Value.Contains(secret, StringComparison.OrdinalIgnoreCase));
        Assert.All(talk.Signals.Where(s => s.Kind == "personal"), s => Assert.Contains(s.Value, new[] { "email", "phone", "ni_number", "birth", "address" }));
    }

    private async Task<TestTalk> StartAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        return talk;
    }
}

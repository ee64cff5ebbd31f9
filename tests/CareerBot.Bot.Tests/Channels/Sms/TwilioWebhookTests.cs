using System.Net;
using System.Xml.Linq;
using CareerBot.Bot.Channels.Sms;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Channels.Sms;

/// <summary>POST /api/sms/twilio on the real program over loopback HTTP.</summary>
public sealed class TwilioWebhookTests
{
    private const string Token = "test-auth-token-9f8e7d6c5b4a";
    private const string Resident = "+447700900123";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChannelHost Start(string? publicUrl = null) => ChannelHost.Start(new Dictionary<string, string?>
    {
        ["Twilio:AuthToken"] = Token,
        ["Twilio:PublicUrl"] = publicUrl,
        ["Sms:NumberHashKey"] = "test-number-key",
    });

    private static string Say(string key) => MessageCatalogue.Default.Get(key);

    [Fact]
    public async Task Webhook_AuthTokenUnset_404()
    {
        await using var host = ChannelHost.Start();
        var twilio = new TwilioTestClient(host.Client, Token);
        var fields = twilio.Fields(Resident, "hi");

        using var response = await twilio.PostAsync(fields, TwilioTestClient.Sign(Token, twilio.SignedUrl, fields), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_SignedByTwilio_200TwiMLWithTheGreeting()
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);

        var (status, messages, body) = await twilio.TextAsync(Resident, "hi", Ct);

        Assert.Equal(200, status);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response>", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(messages, m => m.Contains("CareerBot", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Reply 1, 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wrong token")]
    [InlineData("body changed")]
    [InlineData("other url")]
    [InlineData("no header")]
    [InlineData("garbage")]
    public async Task Webhook_Forged_403AndNoTurn(string forgery)
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);
        var fields = twilio.Fields(Resident, "hi");
        var signature = forgery switch
        {
            "wrong token" => TwilioTestClient.Sign("not-the-token", twilio.SignedUrl, fields),
            "body changed" => TwilioTestClient.Sign(Token, twilio.SignedUrl, twilio.Fields(Resident, "hello")),
            "other url" => TwilioTestClient.Sign(Token, twilio.SignedUrl + "?x=1", fields),
            "no header" => null,
            _ => "bm90IGEgc2lnbmF0dXJl",
        };

        using var response = await twilio.PostAsync(fields, signature, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Turns.Inbound);
    }

    [Fact]
    public async Task Webhook_BehindProxyWithPublicUrl_TwilioPublishedSignatureAccepted()
    {
        // Twilio's own published example request and signature (twilio-ruby request_validator_spec, "SMS request").
        const string publishedToken = "2bd9e9638872de601313dc77410d3b23";
        const string publishedUrl = "http://twiliotests.heroku.com/validate/sms";
        await using var host = ChannelHost.Start(new Dictionary<string, string?>
        {
            ["Twilio:AuthToken"] = publishedToken, ["Twilio:PublicUrl"] = publishedUrl,
        });
        var twilio = new TwilioTestClient(host.Client, publishedToken, publishedUrl);
        List<KeyValuePair<string, string>> fields =
        [
            new("ToState", "CA"), new("FromState", "CA"), new("AccountSid", "ACba8bc05eacf94afdae398e642c9cc32d"),
            new("SmsMessageSid", "SM2003cbd5e6a3701999aa3e5f20ff2787"), new("Body", "Orly"), new("From", "+14159354345"),
            new("FromCity", "SAN FRANCISCO"), new("SmsStatus", "received"), new("FromZip", "94107"), new("FromCountry", "US"),
            new("To", "+14158141819"), new("ToCity", "SAN FRANCISCO"), new("ToZip", "94105"), new("ToCountry", "US"),
            new("ApiVersion", "2010-04-01"), new("SmsSid", "SM2003cbd5e6a3701999aa3e5f20ff2787"),
        ];
        Assert.Equal("mxeiv65lEe0b8L6LdVw2jgJi8yw=", TwilioTestClient.Sign(publishedToken, publishedUrl, fields));

        using var accepted = await twilio.PostAsync(fields, "mxeiv65lEe0b8L6LdVw2jgJi8yw=", Ct);
        using var signedForTheInsideUrl = await twilio.PostAsync(fields,
            TwilioTestClient.Sign(publishedToken, new Uri(host.Address, TwilioTestClient.Path).ToString(), fields), Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signedForTheInsideUrl.StatusCode);
    }

    [Fact]
    public async Task Webhook_StopStartHelp_AsCarriersExpect()
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);

        var greeting = await twilio.TextAsync(Resident, "hi", Ct);
        var stop = await twilio.TextAsync(Resident, " stop ", Ct);
        var silent = await twilio.TextAsync(Resident, "1", Ct);
        var stopAgain = await twilio.TextAsync(Resident, "STOP", Ct);
        var help = await twilio.TextAsync(Resident, "HELP", Ct);
        var start = await twilio.TextAsync(Resident, "Start", Ct);
        var again = await twilio.TextAsync(Resident, "hi", Ct);

        Assert.NotEmpty(greeting.Messages);
        Assert.Equal([Say(SmsGate.StoppedKey)], stop.Messages);
        Assert.Empty(silent.Messages);
        Assert.Contains("<Response />", silent.Body.Replace("<Response/>", "<Response />", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(stopAgain.Messages);
        Assert.Equal([Say(SmsGate.HelpKey)], help.Messages);
        Assert.Contains("STOP", help.Messages[0], StringComparison.Ordinal);
        Assert.Equal([Say(SmsGate.StartedKey)], start.Messages);
        Assert.NotEmpty(again.Messages);
        Assert.All(stop.Messages.Concat(help.Messages).Concat(start.Messages), m => Assert.True(m.Length <= 160, m));
    }

    [Fact]
    public async Task Webhook_TwilioAdvancedOptOutAnsweredStop_NoSecondConfirmationButStopKept()
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);
        var fields = twilio.Fields(Resident, "STOP");
        fields.Add(new("OptOutType", "STOP"));

        using var response = await twilio.PostAsync(fields, TwilioTestClient.Sign(Token, twilio.SignedUrl, fields), Ct);
        var afterwards = await twilio.TextAsync(Resident, "hi", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!.Elements("Message"));
        Assert.Empty(afterwards.Messages);
    }

    [Fact]
    public async Task Webhook_OtherNumberStops_ThisNumberStillAnswered()
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);

        await twilio.TextAsync("+447700900999", "STOP", Ct);
        var reply = await twilio.TextAsync(Resident, "hi", Ct);

        Assert.NotEmpty(reply.Messages);
    }

    [Fact]
    public async Task Webhook_FullConversation_PlainTextPartsOf160OrLessAndNoNumberKeptOrLogged()
    {
        await using var host = Start();
        var twilio = new TwilioTestClient(host.Client, Token);
        string[] script = ["Hi", "1", "1", "2", "2", "1", "1"];
        var all = new List<string>();
        IReadOnlyList<string> last = [];

        foreach (var text in script)
        {
            var (status, messages, _) = await twilio.TextAsync(Resident, text, Ct);
            Assert.Equal(200, status);
            Assert.NotEmpty(messages);
            Assert.DoesNotContain(messages, m => m.StartsWith("Sorry, I did not understand", StringComparison.Ordinal));
            all.AddRange(messages);
            last = messages;
        }

        // Short texts travel together: "I found" may follow "I am looking for jobs" in one text.
        Assert.Contains(last, m => m.Split('\n').Any(l => l.StartsWith("I found", StringComparison.Ordinal)));
        Assert.Contains(all, m => m.Contains("\n1. ", StringComparison.Ordinal) && m.Contains("Reply 1", StringComparison.Ordinal));
        foreach (var message in all)
        {
            Assert.True(message.Length <= 160, $"{message.Length} characters: {message}");
            Assert.DoesNotContain("<", message, StringComparison.Ordinal);
            Assert.DoesNotContain("imBack", message, StringComparison.Ordinal);
            Assert.DoesNotContain("application/vnd", message, StringComparison.Ordinal);
        }

        // The number is nowhere: not in any log line at any level, not in the state store, not in files on disk.
        string[] forms = [Resident, Resident[1..], "07700900123", "7700900123", "7700 900123", "%2B447700900123"];
        var logs = host.Logs.Lines.ToList();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("sms-", StringComparison.Ordinal));
        foreach (var form in forms)
            Assert.DoesNotContain(logs, l => l.Contains(form, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(host.Folder, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, Ct);
            }
            catch (FileNotFoundException)
            {
                continue; // a SQLite journal that came and went while the folder was listed
            }
            foreach (var form in forms)
                Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(form)) < 0, $"{form} found in {Path.GetFileName(file)}");
        }
        Assert.NotEmpty(Directory.GetFiles(host.Folder, "state.db*"));
        // One conversation, named by the hash, with its state in the store under that name.
        var inbound = host.Turns.Inbound.ToList();
        Assert.Equal(script.Length, inbound.Count);
        var conversationId = Assert.Single(inbound.Select(a => a.Conversation!.Id).Distinct());
        Assert.Matches("^sms-[0-9a-f]{32}$", conversationId);
        Assert.All(inbound, a => Assert.StartsWith("sms-user-", a.From!.Id, StringComparison.Ordinal));
        var store = host.Services.GetRequiredService<IConversationStateStore>();
        Assert.NotNull(await store.ReadAsync(CareerBot.Bot.Hosting.ActivityPipeline.KeyOf(inbound[0]), Ct));
    }

    [Fact]
    public void TwiML_TextWithMarkup_EscapedAndReadBackTheSame()
    {
        var text = "Pay: £24,000 & more <b>\"nights\"</b> 'A&E'";

        var xml = TwiML.Messages([text, "Reply 1 or 2."]);

        var messages = XDocument.Parse(xml).Root!.Elements("Message").Select(m => m.Value).ToList();
        Assert.Equal([text, "Reply 1 or 2."], messages);
        Assert.DoesNotContain("<b>", xml, StringComparison.Ordinal);
    }
}

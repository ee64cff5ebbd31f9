using System.Text.RegularExpressions;
using CareerBot.Bot.Channels.Sms;
using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerBot.Bot.Tests.Channels.Sms;

/// <summary>
/// Activities from the Azure Bot Service SMS channel ("sms": Twilio behind ABS; from.id is the E.164 number)
/// through the whole bot: plain numbered text, and STOP/START/HELP handled the same as on the webhook.
/// </summary>
public sealed partial class AzureSmsChannelTests : IAsyncLifetime
{
    private const string Number = "+447700900456";
    private ChannelHost _host = null!;
    private int _next;

    public ValueTask InitializeAsync()
    {
        _host = ChannelHost.Start(new Dictionary<string, string?> { ["Sms:NumberHashKey"] = "abs-test-key" });
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<IReadOnlyList<Activity>> Text(string text, string conversation = "abs-sms-conversation", string from = Number) =>
        _host.SendAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"SM{Interlocked.Increment(ref _next):D8}",
            Timestamp = DateTimeOffset.Parse("2025-03-04T09:15:02Z", System.Globalization.CultureInfo.InvariantCulture),
            ServiceUrl = "https://sms.botframework.com/",
            ChannelId = "sms",
            From = new ChannelAccount(from, from),
            Recipient = new ChannelAccount("+441214960000", "careerbot"),
            Conversation = new ConversationAccount(conversation),
            Text = text,
        }, Ct);

    [Fact]
    public async Task Conversation_OnlyNumbers_ReachesJobsInNumberedPlainTextPartsOf160OrLess()
    {
        string[] script = ["Hi", "1", "1", "2", "2", "1", "1"];
        var all = new List<Activity>();
        IReadOnlyList<Activity> last = [];
        foreach (var line in script)
        {
            last = await Text(line);
            Assert.NotEmpty(last);
            all.AddRange(last);
        }

        // Short texts travel together: "I found" may follow "I am looking for jobs" in one text.
        Assert.Contains(last, a => a.Text?.Split('\n').Any(l => l.StartsWith("I found", StringComparison.Ordinal)) == true);
        Assert.Contains(all, a => a.Text?.Contains("Reply 1, 2", StringComparison.Ordinal) == true);
        foreach (var reply in all)
        {
            Assert.Null(reply.Attachments);
            Assert.Null(reply.SuggestedActions);
            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            Assert.True(reply.Text!.Length <= 160, $"{reply.Text.Length} characters: {reply.Text}");
        }
        // The last part of a question carries expectingInput; the parts before it acceptingInput.
        Assert.Contains(all, a => a.InputHint == InputHints.ExpectingInput && a.Text!.Contains("Reply", StringComparison.Ordinal));
    }

    /// <summary>
    /// A text has no buttons: the greeting, help, "I can only read English" and the answers not understood all
    /// speak of typing a number or words, never of pressing a button.
    /// </summary>
    [Fact]
    public async Task Wording_GreetingHelpAndRetries_NeverSpeakOfButtons()
    {
        var conversation = "abs-sms-no-buttons";
        string[] script =
        [
            // "blorp" is no work; "none" to the first question is now "not sure", which asks three easy questions.
            "hello", "مرحبا اريد عمل", "what", "lol", "blorp", "zzz", "help me", "bleh",
            "1", "nights", "soon", "WS1", "1", "1", "x", "change", "blah",
        ];
        var said = new List<string>();
        foreach (var line in script)
        {
            var replies = await Text(line, conversation);
            Assert.NotEmpty(replies);
            said.AddRange(replies.Select(r => r.Text ?? ""));
        }

        // The script reached the messages that spoke of buttons before.
        Assert.Contains(said, t => t.Contains("only read English", StringComparison.Ordinal));
        Assert.Contains(said, t => t.StartsWith("Sorry, I did not understand", StringComparison.Ordinal));
        Assert.Contains(said, t => t.Contains("I found", StringComparison.Ordinal));
        var aboutButtons = said.Where(t => ButtonWords().IsMatch(t)).ToList();
        Assert.True(aboutButtons.Count == 0, "Texts that speak of buttons:\n" + string.Join("\n", aboutButtons));
    }

    /// <summary>
    /// A new resident's first text is often "START" (what many SMS services ask for): they get the greeting and the
    /// first question, not "Welcome back! You will get texts again. Type hi to start."
    /// </summary>
    [Theory]
    [InlineData("START")]
    [InlineData("start")]
    [InlineData("Lets start")]
    public async Task FirstText_Start_GreetsAndAsksTheFirstQuestion(string text)
    {
        var replies = await Text(text, "abs-sms-start-" + text.Replace(' ', '-'), from: "+447700900789");

        var said = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("I am CareerBot", said, StringComparison.Ordinal);
        Assert.Contains("What kind of work do you like?", said, StringComparison.Ordinal);
        Assert.DoesNotContain(MessageCatalogue.Default.Get(SmsGate.StartedKey), said, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", said, StringComparison.Ordinal);
        Assert.Equal(InputHints.ExpectingInput, replies[^1].InputHint);
    }

    /// <summary>The greeting (was 4 texts) and help (was 5) come in a few texts of up to 160 characters.</summary>
    [Fact]
    public async Task Texts_GreetingAndHelp_ComeInAFewTexts()
    {
        var conversation = "abs-sms-few";

        var greeting = await Text("hi", conversation);
        var help = await Text("help me", conversation);

        Assert.InRange(greeting.Count, 1, 3);
        Assert.InRange(help.Count, 1, 3);
        Assert.All(greeting.Concat(help), a => Assert.True(a.Text!.Length <= 160, a.Text));
        Assert.Equal(InputHints.ExpectingInput, greeting[^1].InputHint);
        Assert.Contains("Reply 1, 2, 3 or 4.", greeting[^1].Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(button|buttons|press|pressing|click|tap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonWords();

    [Fact]
    public async Task Keywords_StopThenAnythingThenStart_ConfirmOnceSilenceThenBack()
    {
        var conversation = "abs-sms-stop";
        Assert.NotEmpty(await Text("hi", conversation));

        var stop = await Text("STOP", conversation);
        var silent = await Text("Caring for people", conversation);
        var help = await Text("info", conversation);
        var start = await Text("yes", conversation);
        var back = await Text("hi", conversation);

        Assert.Equal([MessageCatalogue.Default.Get(SmsGate.StoppedKey)], stop.Select(a => a.Text));
        Assert.Empty(silent);
        Assert.Equal([MessageCatalogue.Default.Get(SmsGate.HelpKey)], help.Select(a => a.Text));
        Assert.Equal([MessageCatalogue.Default.Get(SmsGate.StartedKey)], start.Select(a => a.Text));
        Assert.NotEmpty(back);
        Assert.All(stop.Concat(help).Concat(start), a => Assert.Equal(InputHints.AcceptingInput, a.InputHint));
    }

    [Fact]
    public async Task Keywords_YesWhileSubscribed_AnswersTheQuestion()
    {
        var conversation = "abs-sms-yes";
        await Text("hi", conversation);
        await Text("I am not sure", conversation); // asks "Do you like to help people?"

        var replies = await Text("Yes", conversation);

        Assert.DoesNotContain(replies, a => a.Text == MessageCatalogue.Default.Get(SmsGate.StartedKey));
        Assert.Contains(replies, a => a.Text?.Contains("Where do you like to work?", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task OptOut_Stored_UnderAHashNeverTheNumber()
    {
        await Text("STOP", "abs-sms-hash");

        var store = _host.Services.GetRequiredService<IConversationStateStore>();
        var hasher = _host.Services.GetRequiredService<SmsNumberHasher>();
        var key = SmsOptOuts.Key(hasher.Hash(Number));
        Assert.DoesNotContain("7700900456", key, StringComparison.Ordinal);
        Assert.NotNull(await store.ReadAsync(key, Ct));
        Assert.Equal(hasher.Hash(Number), hasher.Hash("+44 7700 900456"));
        Assert.NotEqual(hasher.Hash(Number), hasher.Hash("+447700900457"));
        // The channel puts the number in from.id; nothing the bot logs repeats it.
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("7700900456", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("STOP", false, SmsKeyword.OptOut)]
    [InlineData("  unsubscribe. ", false, SmsKeyword.OptOut)]
    [InlineData("Cancel", false, SmsKeyword.OptOut)]
    [InlineData("stop please", false, SmsKeyword.None)]
    [InlineData("please stop texting", false, SmsKeyword.None)]
    [InlineData("START", false, SmsKeyword.None)]
    [InlineData("START", true, SmsKeyword.OptIn)]
    [InlineData("unstop", true, SmsKeyword.OptIn)]
    [InlineData("YES", true, SmsKeyword.OptIn)]
    [InlineData("YES", false, SmsKeyword.None)]
    [InlineData("help", false, SmsKeyword.Help)]
    [InlineData("INFO", true, SmsKeyword.Help)]
    [InlineData("help me", false, SmsKeyword.None)]
    [InlineData("", false, SmsKeyword.None)]
    internal void Keywords_WholeMessageOnly(string text, bool optedOut, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Match(text, optedOut));
}

using CareerBot.Bot.Protocol;
using CareerBot.Tests.CatalogueViews;
using CareerBot.Tests.PlainEnglish;
using Xunit;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>
/// Whole conversations for many resident personas: every reply has the right shape for the channel,
/// the suggestions fit the persona, and each talk is saved as a .transcript file for the Emulator.
/// Each persona talks to the real bot program over HTTP on loopback (/api/messages, expectReplies).
/// </summary>
public sealed partial class PersonaTranscriptTests
{
    public static TheoryData<string> Names => new(Personas.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Persona_WholeConversation_RepliesFitChannelAndSuggestionsFitPersona(string name)
    {
        var ct = TestContext.Current.CancellationToken;
        var persona = Personas.All.Single(p => p.Name == name);
        await using var driver = await HttpBotDriver.StartAsync(ct);
        var talk = new TranscriptConversation(driver, persona.Channel, persona.Name);

        if (persona.Joins)
        {
            var welcome = await talk.JoinAsync(ct);
            ReplyShape.AssertTurn(persona.Channel, welcome, talk.Dump());
            Assert.Equal(InputHints.ExpectingInput, welcome[^1].InputHint);
        }
        for (var i = 0; i < persona.Steps.Count; i++)
        {
            var step = persona.Steps[i];
            if (persona.ComesBackBefore == i)
            {
                // The bot restarts; only the stored state survives. The resident opens the chat again days later.
                await driver.RestartAsync();
                talk.ComeBackLater(driver, TimeSpan.FromDays(3));
                var back = await talk.JoinAsync(ct);
                ReplyShape.AssertTurn(persona.Channel, back, talk.Dump());
                Assert.Contains(back, a => a.Text!.Contains("Welcome back", StringComparison.Ordinal));
                Assert.Equal(InputHints.ExpectingInput, back[^1].InputHint);
            }
            var replies = await talk.SayAsync(step.Say, ct);
            ReplyShape.AssertTurn(persona.Channel, replies, talk.Dump());
            if (step.Expect is { } expect)
            {
                var all = string.Join("\n", replies.Select(r => r.Text));
                Assert.True(expect.Split('|').Any(e => all.Contains(e, StringComparison.OrdinalIgnoreCase)),
                    $"After '{step.Say}' expected '{expect}'.\n{talk.Dump()}");
            }
        }

        var everything = string.Join("\n", talk.BotMessages.Select(m => m.Text));
        foreach (var words in persona.ExpectSomewhere)
            Assert.True(words.Split('|').Any(w => everything.Contains(w, StringComparison.OrdinalIgnoreCase)), $"Expected '{words}' somewhere.\n{talk.Dump()}");

        var titles = ReplyShape.LastResultTitles(persona.Channel, talk.Turns);
        if (persona.ExpectTitles.Count > 0)
        {
            Assert.True(titles.Count > 0, "Expected suggestions.\n" + talk.Dump());
            Assert.True(titles.Any(t => persona.ExpectTitles.Any(e => t.Contains(e, StringComparison.OrdinalIgnoreCase))),
                $"Suggestions [{string.Join(" | ", titles)}] fit none of [{string.Join(", ", persona.ExpectTitles)}].\n{talk.Dump()}");
        }
        foreach (var reject in persona.RejectTitles)
            Assert.DoesNotContain(titles, t => t.Contains(reject, StringComparison.OrdinalIgnoreCase));

        // Plain English: each message the bot writes meets the bar alone, catalogue text included; the whole
        // conversation meets the pooled bar. Only catalogue names (job and course titles, college names) are
        // left out of the measure: they stay as employers and colleges write them (see CatalogueNames).
        var texts = talk.BotMessages.SelectMany(ReadableTexts).Select(CatalogueNames.Strip).ToList();
        var problems = texts
            .Select(t => (Text: t, Problems: PlainEnglishMeasure.MessageProblems(t)))
            .Where(p => p.Problems.Count > 0).Select(p => $"{string.Join("; ", p.Problems)} -- {p.Text}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var pooled = PlainEnglishMeasure.Measure(texts);
        Assert.True(pooled.Grade <= PlainEnglishMeasure.MaxPooledGrade, $"pooled grade {pooled.Grade:0.00}");
        Assert.True(pooled.WordsPerSentence <= PlainEnglishMeasure.MaxPooledWordsPerSentence, $"{pooled.WordsPerSentence:0.0} words per sentence");
        Assert.True(pooled.KnownShare >= PlainEnglishMeasure.MinPooledKnownShare,
            $"{pooled.KnownShare:P1} known; hard words: {string.Join(", ", pooled.Unknown.Distinct())}");

        var path = TranscriptFiles.PathFor(persona.Name);
        talk.SaveTranscript(path);
        AssertEmulatorCanOpen(path);
    }

    /// <summary>The Emulator opens a flat JSON array; each activity needs type, from, recipient with role, and timestamp.</summary>
    private static void AssertEmulatorCanOpen(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "No byte order mark.");
        using var doc = System.Text.Json.JsonDocument.Parse(bytes);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, doc.RootElement.ValueKind);
        DateTimeOffset? last = null;
        foreach (var a in doc.RootElement.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("type").GetString()));
            Assert.Contains(a.GetProperty("from").GetProperty("role").GetString(), new[] { "user", "bot" });
            Assert.Contains(a.GetProperty("recipient").GetProperty("role").GetString(), new[] { "user", "bot" });
            var time = a.GetProperty("timestamp").GetDateTimeOffset();
            Assert.True(last is null || time > last, "Timestamps keep the order.");
            last = time;
        }
    }

    /// <summary>
    /// The text a resident reads in one activity: the message, then each line of each card. On SMS the numbered
    /// lines are left out: they are job and course titles (result cards) or button labels, which for "Which job?"
    /// are titles cut short, so <see cref="CatalogueNames"/> cannot find them. Button labels are checked in the
    /// message catalogue tests.
    /// </summary>
    private static IEnumerable<string> ReadableTexts(Activity a)
    {
        if (a.Text is { Length: > 0 } text)
        {
            var lines = text.Split('\n').Where(l => !NumberedLine().IsMatch(l)).ToList();
            if (lines.Count > 0) yield return string.Join("\n", lines);
        }
        foreach (var card in a.Attachments ?? [])
        {
            if (card.Content is { } c && c.TryGetProperty("text", out var body) && body.GetString() is { Length: > 0 } b)
                foreach (var line in b.Split("\n\n")) yield return line;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\. ")]
    private static partial System.Text.RegularExpressions.Regex NumberedLine();
}

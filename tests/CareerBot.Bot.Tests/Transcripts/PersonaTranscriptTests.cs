using CareerBot.Bot.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>
/// Whole conversations for many resident personas: every reply has the right shape for the channel,
/// the suggestions fit the persona, and each talk is saved as a .transcript file for the Emulator.
/// </summary>
public sealed class PersonaTranscriptTests(RealCatalogue catalogue) : IClassFixture<RealCatalogue>
{
    public static TheoryData<string> Names => new(Personas.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Persona_WholeConversation_RepliesFitChannelAndSuggestionsFitPersona(string name)
    {
        var ct = TestContext.Current.CancellationToken;
        var persona = Personas.All.Single(p => p.Name == name);
        await using var driver = new InProcessDriver(catalogue);
        var talk = new TranscriptConversation(driver, persona.Channel, persona.Name);

        if (persona.Joins)
        {
            var welcome = await talk.JoinAsync(ct);
            ReplyShape.AssertTurn(persona.Channel, welcome, talk.Dump());
            Assert.Equal(InputHints.ExpectingInput, welcome[^1].InputHint);
        }
        foreach (var step in persona.Steps)
        {
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

        talk.SaveTranscript(TranscriptFiles.PathFor(persona.Name));
    }
}

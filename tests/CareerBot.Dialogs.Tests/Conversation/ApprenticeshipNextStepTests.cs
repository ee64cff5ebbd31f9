using CareerBot.Dialogs.Messages;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// On the real catalogue: a job the resident cannot start yet whose way in is an apprenticeship says to apply for it
/// (a paid job with training), never to "do the course first", and says once what an apprenticeship is.
/// </summary>
public sealed class ApprenticeshipNextStepTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("healthcare assistant")]
    [InlineData("care worker")]
    [InlineData("porter")]
    [InlineData("receptionist")]
    [InlineData("dental nurse")]
    public async Task NoQualifications_NoCardSaysToFinishAnApprenticeshipFirst(string work)
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();

        await talk.SayAllAsync(work, "None", "Full-time", "Any time", "Now", "Walsall", "Up to 10 miles");

        var lines = talk.Last.Replies.SelectMany(r => r.Cards).SelectMany(c => c.Lines).ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Next step: do the course", StringComparison.Ordinal)
            && l.Contains("apprenticeship", StringComparison.OrdinalIgnoreCase));
        var explained = talk.Last.Replies.Count(r => r.Text == MessageCatalogue.Default.Get("explain.apprenticeship"));
        var shown = lines.Any(l => l.StartsWith("Next step: apply for", StringComparison.Ordinal));
        Assert.Equal(shown ? 1 : 0, explained);
    }

    [Fact]
    public async Task NoQualifications_HealthcareAssistant_ApplyForTheApprenticeship()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();

        await talk.SayAllAsync("healthcare assistant", "None", "Full-time", "Any time", "Now", "Walsall", "Up to 10 miles");

        var card = talk.Last.Replies.SelectMany(r => r.Cards).First(c => c.Title.StartsWith("Healthcare support worker", StringComparison.Ordinal));
        Assert.Contains(card.Lines, l => l.StartsWith("Next step: apply for \"", StringComparison.Ordinal)
            && l.Contains("apprenticeship", StringComparison.OrdinalIgnoreCase) && l.EndsWith("You learn at work and get paid.", StringComparison.Ordinal));
    }
}

using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>The embedded catalogue, indexed once in a temp folder for the follow-up tests that need its names and spelling fixes.</summary>
public sealed class RealCatalogueFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-followups-" + Guid.NewGuid().ToString("N"));
    private CatalogueIndexHolder? _holder;

    public ICatalogueSearch Search { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var path = Path.Combine(_folder, "catalogue.db");
        await CatalogueIndexBuilder.BuildAsync(CatalogueData.LoadEmbedded(), path, TimeProvider.System, null, CancellationToken.None);
        _holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(path, CancellationToken.None));
        Search = new CatalogueSearch(_holder);
    }

    public ValueTask DisposeAsync()
    {
        _holder?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Resident follow-ups at the results menu, on the real catalogue (titles, other names, typos).</summary>
public sealed class ResultsFollowUpRealCatalogueTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    private async Task<TestTalk> AtResultsAsync()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("Helping in hospital", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        return talk;
    }

    [Theory]
    [InlineData("what about porter jobs?", "Hospital porter. ")]
    [InlineData("tell me about the portor job", "Hospital porter. ")]
    [InlineData("tell me about the cleaner job", "Domestic assistant (hospital cleaner). ")]
    [InlineData("wat is phlebotomist", "Phlebotomist. ")]
    [InlineData("HCA job", "Healthcare support worker (healthcare assistant). ")]
    [InlineData("more info on the pharmacy technician", "Pharmacy technician. ")]
    public async Task FollowUp_JobByItsNames_ShowsThatJob(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("how much do porters earn", "Hospital porter. Pay: Band 2")]
    [InlineData("how much dey pay portor", "Hospital porter. Pay: Band 2")]
    [InlineData("what hours cleaner", "Domestic assistant (hospital cleaner). Hours:")]
    public async Task FollowUp_QuestionNamingAJob_AnswersForThatJob(string text, string expected)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.StartsWith(expected, talk.Last.Replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_Nurse_AsksWhichNurseJob()
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("tell me about the nurse job");
        Assert.Equal("Which job do you mean?", talk.LastText);
        Assert.InRange(talk.Last.Replies[^1].Choices.Count, 2, 3);
        Assert.All(talk.Last.Replies[^1].Choices, c => Assert.Contains("urs", c.Label, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("any jobs in a kitchen?", "Catering assistant (hospital kitchen)")]
    [InlineData("I want driving instead", "NHS driver (goods and post)")]
    public async Task FollowUp_NewWordsOfWork_ShowNewJobs(string text, string expectedCard)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("OK. I will look for jobs", StringComparison.Ordinal));
        Assert.Contains(talk.Last.Replies.SelectMany(r => r.Cards), c => c.Title == expectedCard);
        Assert.Equal(Menu, talk.LastText);
    }

    [Fact]
    public async Task Cards_AfterTheHospitalButton_NeverQuotePatients()
    {
        var talk = new TestTalk(real.Search);
        await talk.JoinAsync();
        await talk.SayAllAsync("hospital", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles");

        var lines = talk.Last.Replies.SelectMany(r => r.Cards).SelectMany(c => c.Lines).ToList();
        Assert.DoesNotContain(lines, l => l.Contains("\"patients\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Why it fits: You picked helping patients in hospital.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tell me about it")]
    [InlineData("is it good")]
    [InlineData("what about care")]
    [InlineData("i like it")]
    public async Task FollowUp_VagueWords_PickNoJob(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("In this job you", StringComparison.Ordinal) || r.Text.Contains(". Pay:", StringComparison.Ordinal));
    }
}

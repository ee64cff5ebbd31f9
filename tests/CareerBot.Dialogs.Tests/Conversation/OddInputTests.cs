using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>Bad and odd input never breaks the conversation or loses the answers so far.</summary>
public sealed class OddInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0007\u001b")]
    [InlineData("\ud83d\ude00\ud83d\ude4f")]
    [InlineData("\u202e\u200b\u00a0")]
    [InlineData("ابحث عن عمل")]
    [InlineData("{\"text\":1}")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    public async Task RunTurn_OddText_AsksTheSameKindOfQuestionAgain(string text)
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("Caring for people");
        await talk.SayAsync(text);
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        // Still the qualifications question (its buttons), asked again.
        Assert.Contains(talk.Last.Replies[^1].Choices, c => c.Value == "none");
        Assert.NotNull(talk.State);
    }

    [Fact]
    public async Task RunTurn_FullWidthLetters_ReadAsPlainLetters()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync("Caring for people");
        await talk.SayAsync("ｎｏｎｅ");
        Assert.Equal("How many hours a week can you work?", talk.LastText);
    }

    [Fact]
    public async Task RunTurn_VeryLongText_IsCutAndHandled()
    {
        var talk = new TestTalk();
        await talk.JoinAsync();
        await talk.SayAsync(string.Concat(Enumerable.Repeat("care ", 20_000)));
        Assert.True(talk.Last.Replies[^1].ExpectsInput);
        Assert.True(talk.State!.Json.Length < 20_000);
    }

    [Fact]
    public async Task RunTurn_RandomInputs_NeverThrowAndAlwaysLeaveAWayOn()
    {
        var random = new Random(4242);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz 0123456789?!.,'-\u00e9\u4e2d\ud83d\ude00";
        var talk = new TestTalk();
        var logger = new ErrorLogger();
        talk.Engine = new CareerBot.Dialogs.Conversation.ConversationEngine(talk.Search, TestTalk.Places, logger);
        await talk.JoinAsync();
        for (var i = 0; i < 150; i++)
        {
            var length = random.Next(0, 30);
            var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var outcome = await talk.SayAsync(text);
            Assert.NotEmpty(outcome.Replies);
            if (outcome.Action == ConversationAction.None)
                Assert.True(outcome.Replies[^1].ExpectsInput, $"No question after '{text}': {string.Join(" | ", outcome.Replies.Select(r => r.Text))}");
        }
        // No turn fell into the engine's apology: every input was handled by the dialogs.
        Assert.Empty(logger.Errors);
    }

    [Fact]
    public async Task RunTurn_FailureMidConversation_ApologisesAndKeepsTheState()
    {
        var catalogue = new ThrowingDetails();
        var talk = new TestTalk(catalogue);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Part-time", "Days", "Now", "skip");
        var before = talk.State;
        var outcome = await talk.SayAsync("details 1");
        Assert.Contains("went wrong", outcome.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(before, outcome.State);
        // The resident can carry on from the same menu.
        await talk.SayAsync("More jobs");
        Assert.Equal("What would you like to do next?", talk.LastText);
    }

    private sealed class ErrorLogger : Microsoft.Extensions.Logging.ILogger<CareerBot.Dialogs.Conversation.ConversationEngine>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public List<Exception> Errors { get; } = [];

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null) Errors.Add(exception);
        }
    }

    private sealed class ThrowingDetails : ICatalogueSearch
    {
        private readonly FakeCatalogue _inner = new();
        public Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken) => _inner.SearchAsync(profile, cancellationToken);
        public Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken) => throw new IOException("disk gone");
        public Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken) => _inner.GetCourseAsync(id, cancellationToken);
        public Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken) => _inner.CoursesForRoleAsync(roleId, cancellationToken);
    }
}

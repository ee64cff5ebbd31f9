using System.Text;
using CareerBot.Bot.State;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>
/// The ETag contract of <see cref="IConversationStateStore"/>, run once per implementation.
/// Each test uses its own keys, so tests never read each other's data.
/// </summary>
public abstract class ConversationStateStoreContract : IAsyncLifetime
{
    /// <summary>The idle time the stores under test are opened with.</summary>
    protected static readonly TimeSpan IdleTime = TimeSpan.FromDays(30);

    private readonly string prefix = "t" + Guid.NewGuid().ToString("N")[..8] + ":";

    protected IConversationStateStore Store { get; private set; } = null!;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Opens a store on the backing storage the class set up (again: a new instance, same data).</summary>
    protected abstract Task<IConversationStateStore> OpenAsync();

    /// <summary>Lets this much time pass for the store's idle expiry.</summary>
    protected abstract Task PassTimeAsync(TimeSpan time);

    public virtual async ValueTask InitializeAsync() => Store = await OpenAsync();

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected string Key(string name) => prefix + name;

    [Fact]
    public async Task Write_NoETagAndKeyAbsent_CreatesIt()
    {
        string? etag = await Store.WriteAsync(Key("a"), "{\"step\":1}", null, Cancel);

        Assert.False(string.IsNullOrEmpty(etag));
        StoredState? read = await Store.ReadAsync(Key("a"), Cancel);
        Assert.NotNull(read);
        Assert.Equal("{\"step\":1}", read.Payload);
        Assert.Equal(etag, read.ETag);
    }

    [Fact]
    public async Task Read_KeyNeverWritten_Null()
    {
        Assert.Null(await Store.ReadAsync(Key("never"), Cancel));
    }

    [Fact]
    public async Task Write_NoETagButKeyExists_ConflictAndKeepsTheOldPayload()
    {
        string? first = await Store.WriteAsync(Key("a"), "first", null, Cancel);

        Assert.Null(await Store.WriteAsync(Key("a"), "second", null, Cancel));
        StoredState? read = await Store.ReadAsync(Key("a"), Cancel);
        Assert.Equal(new StoredState("first", first!), read);
    }

    [Fact]
    public async Task Write_CurrentETag_ReplacesAndReturnsANewETag()
    {
        string? first = await Store.WriteAsync(Key("a"), "first", null, Cancel);

        string? second = await Store.WriteAsync(Key("a"), "second", first, Cancel);

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(new StoredState("second", second), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_StaleETag_ConflictAndKeepsTheNewerPayload()
    {
        string? first = await Store.WriteAsync(Key("a"), "first", null, Cancel);
        string? second = await Store.WriteAsync(Key("a"), "second", first, Cancel);

        Assert.Null(await Store.WriteAsync(Key("a"), "late", first, Cancel));
        Assert.Equal(new StoredState("second", second!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_ETagForAKeyThatDoesNotExist_Conflict()
    {
        string? other = await Store.WriteAsync(Key("other"), "x", null, Cancel);

        Assert.Null(await Store.WriteAsync(Key("a"), "y", other, Cancel));
        Assert.Null(await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_ETagOfAnotherKey_Conflict()
    {
        string? other = await Store.WriteAsync(Key("other"), "x", null, Cancel);
        string? mine = await Store.WriteAsync(Key("a"), "y", null, Cancel);

        Assert.Null(await Store.WriteAsync(Key("a"), "z", other, Cancel));
        Assert.Equal(new StoredState("y", mine!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_Star_CreatesWhenAbsentAndOverwritesWhenPresent()
    {
        string? created = await Store.WriteAsync(Key("a"), "one", "*", Cancel);
        Assert.NotNull(created);
        Assert.Equal(new StoredState("one", created), await Store.ReadAsync(Key("a"), Cancel));

        string? overwritten = await Store.WriteAsync(Key("a"), "two", "*", Cancel);

        Assert.NotNull(overwritten);
        Assert.NotEqual(created, overwritten);
        Assert.Equal(new StoredState("two", overwritten), await Store.ReadAsync(Key("a"), Cancel));
        Assert.Null(await Store.WriteAsync(Key("a"), "three", created, Cancel));
    }

    [Fact]
    public async Task Delete_Existing_TrueAndTheKeyIsGone()
    {
        string? etag = await Store.WriteAsync(Key("a"), "answers", null, Cancel);

        Assert.True(await Store.DeleteAsync(Key("a"), Cancel));

        Assert.Null(await Store.ReadAsync(Key("a"), Cancel));
        Assert.Null(await Store.WriteAsync(Key("a"), "stale writer", etag, Cancel));
        Assert.NotNull(await Store.WriteAsync(Key("a"), "fresh start", null, Cancel));
    }

    [Fact]
    public async Task Delete_Absent_False()
    {
        Assert.False(await Store.DeleteAsync(Key("never"), Cancel));
    }

    [Fact]
    public async Task Delete_OneKey_LeavesOthers()
    {
        await Store.WriteAsync(Key("a"), "a", null, Cancel);
        string? b = await Store.WriteAsync(Key("b"), "b", null, Cancel);

        await Store.DeleteAsync(Key("a"), Cancel);

        Assert.Equal(new StoredState("b", b!), await Store.ReadAsync(Key("b"), Cancel));
    }

    [Fact]
    public async Task Write_ManyWritersWithTheSameETag_ExactlyOneWinsEachRound()
    {
        const int Rounds = 15, Writers = 6;
        string? etag = await Store.WriteAsync(Key("a"), "start", null, Cancel);
        for (int round = 0; round < Rounds; round++)
        {
            using var go = new ManualResetEventSlim();
            string expected = etag!;
            Task<string?>[] writes = Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
            {
                go.Wait(Cancel);
                return Store.WriteAsync(Key("a"), $"round {round} writer {writer}", expected, Cancel);
            }, Cancel)).ToArray();
            go.Set();
            string?[] results = await Task.WhenAll(writes);

            int[] winners = Enumerable.Range(0, Writers).Where(i => results[i] is not null).ToArray();
            Assert.Single(winners);
            StoredState? read = await Store.ReadAsync(Key("a"), Cancel);
            Assert.Equal(new StoredState($"round {round} writer {winners[0]}", results[winners[0]]!), read);
            etag = read!.ETag;
        }
    }

    [Fact]
    public async Task Write_ManyCreatorsAtOnce_ExactlyOneCreates()
    {
        const int Writers = 8;
        using var go = new ManualResetEventSlim();
        Task<string?>[] writes = Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
        {
            go.Wait(Cancel);
            return Store.WriteAsync(Key("a"), $"writer {writer}", null, Cancel);
        }, Cancel)).ToArray();
        go.Set();
        string?[] results = await Task.WhenAll(writes);

        int winner = Assert.Single(Enumerable.Range(0, Writers), i => results[i] is not null);
        Assert.Equal(new StoredState($"writer {winner}", results[winner]!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_ReadModifyWriteWithRetryFromManyTasks_NoUpdateIsLost()
    {
        const int Tasks = 6, IncrementsEach = 15;
        async Task IncrementAsync()
        {
            for (int i = 0; i < IncrementsEach; i++)
            {
                while (true)
                {
                    StoredState? current = await Store.ReadAsync(Key("counter"), Cancel);
                    int value = current is null ? 0 : int.Parse(current.Payload, System.Globalization.CultureInfo.InvariantCulture);
                    string next = (value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (await Store.WriteAsync(Key("counter"), next, current?.ETag, Cancel) is not null)
                        break;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(_ => Task.Run(IncrementAsync, Cancel)));

        Assert.Equal((Tasks * IncrementsEach).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (await Store.ReadAsync(Key("counter"), Cancel))?.Payload);
    }

    [Fact]
    public async Task Expiry_NotWrittenForTheIdleTime_ReadsAsAbsentAndCanBeStartedAgain()
    {
        string? etag = await Store.WriteAsync(Key("a"), "old answers", null, Cancel);

        await PassTimeAsync(IdleTime + TimeSpan.FromMinutes(1));

        Assert.Null(await Store.ReadAsync(Key("a"), Cancel));
        Assert.Null(await Store.WriteAsync(Key("a"), "stale writer", etag, Cancel));
        Assert.False(await Store.DeleteAsync(Key("a"), Cancel));
        string? fresh = await Store.WriteAsync(Key("a"), "fresh", null, Cancel);
        Assert.Equal(new StoredState("fresh", fresh!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Expiry_JustUnderTheIdleTime_StillThere()
    {
        string? etag = await Store.WriteAsync(Key("a"), "answers", null, Cancel);

        await PassTimeAsync(IdleTime - TimeSpan.FromHours(1));

        Assert.Equal(new StoredState("answers", etag!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Expiry_EachWriteStartsTheIdleTimeAgain()
    {
        string? etag = await Store.WriteAsync(Key("a"), "one", null, Cancel);
        await PassTimeAsync(IdleTime * 0.75);
        etag = await Store.WriteAsync(Key("a"), "two", etag, Cancel);
        Assert.NotNull(etag);

        await PassTimeAsync(IdleTime * 0.75);

        Assert.Equal(new StoredState("two", etag), await Store.ReadAsync(Key("a"), Cancel));
        await PassTimeAsync(IdleTime * 0.5);
        Assert.Null(await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Expiry_ReadingDoesNotKeepAConversationAlive()
    {
        await Store.WriteAsync(Key("a"), "one", null, Cancel);
        await PassTimeAsync(IdleTime * 0.75);
        Assert.NotNull(await Store.ReadAsync(Key("a"), Cancel));

        await PassTimeAsync(IdleTime * 0.5);

        Assert.Null(await Store.ReadAsync(Key("a"), Cancel));
    }

    [Theory]
    [InlineData(256 * 1024)]
    [InlineData(4 * 1024 * 1024)]
    public async Task Write_LargePayload_ReadsBackExactly(int length)
    {
        var builder = new StringBuilder(length);
        var random = new Random(length);
        while (builder.Length < length)
            builder.Append((char)random.Next(0x20, 0x7f)).Append(random.Next(50) == 0 ? "é€😀" : "");
        string payload = builder.ToString();

        string? etag = await Store.WriteAsync(Key("big"), payload, null, Cancel);

        StoredState? read = await Store.ReadAsync(Key("big"), Cancel);
        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(payload.Length, read.Payload.Length);
        Assert.Equal(payload, read.Payload);
    }

    public static TheoryData<string, string> OddText => new()
    {
        { "emoji 😀👩‍👩‍👧‍👦🏳️‍🌈", "{\"a\":\"😀\"}" },
        { "rtl مرحبا שלום", "نعم \u200f" },
        { "combining e\u0301\u0327\u0308", "cafe\u0301" },
        { "zero-width \u200b\u200d\ufeff", "\u200b" },
        { "cjk 漢字かなカナ한글", "漢字" },
        { "quotes ' \" ` \\ % _ *", "'; DROP TABLE conversation_state; --" },
        { "lines\r\n\ttab", "line one\nline two\r\n" },
        { "astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" },
        { "space ", " " },
        { "", "empty key suffix" },
    };

    [Theory]
    [MemberData(nameof(OddText))]
    public async Task Write_OddUnicodeKeysAndPayloads_RoundTripExactly(string key, string payload)
    {
        string? etag = await Store.WriteAsync(Key(key), payload, null, Cancel);

        Assert.Equal(new StoredState(payload, etag!), await Store.ReadAsync(Key(key), Cancel));
        Assert.True(await Store.DeleteAsync(Key(key), Cancel));
        Assert.Null(await Store.ReadAsync(Key(key), Cancel));
    }

    [Fact]
    public async Task Write_KeysThatOnlyLookAlike_AreDifferentConversations()
    {
        string[] keys = [Key("Conv"), Key("conv"), Key("caf\u00e9"), Key("cafe\u0301"), Key("conv "), Key("ｃｏｎｖ")];
        foreach (string key in keys)
            Assert.NotNull(await Store.WriteAsync(key, "payload of " + key, null, Cancel));

        foreach (string key in keys)
            Assert.Equal("payload of " + key, (await Store.ReadAsync(key, Cancel))?.Payload);
    }

    [Fact]
    public async Task Open_AgainOnTheSameStorage_EverythingWrittenIsThere()
    {
        string? a = await Store.WriteAsync(Key("a"), "answers of a", null, Cancel);
        string? b = await Store.WriteAsync(Key("b"), "answers of b", null, Cancel);
        b = await Store.WriteAsync(Key("b"), "more answers of b", b, Cancel);
        await Store.WriteAsync(Key("c"), "forgotten", null, Cancel);
        await Store.DeleteAsync(Key("c"), Cancel);

        IConversationStateStore reopened = await OpenAsync();

        Assert.Equal(new StoredState("answers of a", a!), await reopened.ReadAsync(Key("a"), Cancel));
        Assert.Equal(new StoredState("more answers of b", b!), await reopened.ReadAsync(Key("b"), Cancel));
        Assert.Null(await reopened.ReadAsync(Key("c"), Cancel));
        Assert.NotNull(await reopened.WriteAsync(Key("a"), "next", a, Cancel));
    }

    [Fact]
    public async Task Write_TwoStoreInstancesOnTheSameStorage_SeeEachOthersETags()
    {
        IConversationStateStore other = await OpenAsync();
        string? mine = await Store.WriteAsync(Key("a"), "mine", null, Cancel);

        Assert.Null(await other.WriteAsync(Key("a"), "theirs", null, Cancel));
        string? theirs = await other.WriteAsync(Key("a"), "theirs", mine, Cancel);
        Assert.NotNull(theirs);
        Assert.Null(await Store.WriteAsync(Key("a"), "mine again", mine, Cancel));
        Assert.Equal(new StoredState("theirs", theirs), await Store.ReadAsync(Key("a"), Cancel));
    }
}

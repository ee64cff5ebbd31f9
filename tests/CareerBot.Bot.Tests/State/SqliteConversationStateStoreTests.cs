using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.Data.Sqlite;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>The store contract on a real SQLite file in a temp folder, with a clock the test moves.</summary>
public sealed class SqliteConversationStateStoreTests : ConversationStateStoreContract
{
    private readonly TempFolder folder = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly List<SqliteConversationStateStore> opened = [];

    private string DatabasePath => folder.File(Path.Combine("state", "conversations.db"));

    protected override Task<IConversationStateStore> OpenAsync()
    {
        // A new instance with connections of its own: what a restarted process sees.
        SqliteConnection.ClearAllPools();
        return Task.FromResult<IConversationStateStore>(Track(new SqliteConversationStateStore(DatabasePath, IdleTime, clock)));
    }

    protected override Task PassTimeAsync(TimeSpan time)
    {
        clock.Advance(time);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        foreach (SqliteConversationStateStore store in opened)
            store.Dispose();
        SqliteConnection.ClearAllPools();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Open_FolderMissing_CreatesItAndUsesWal()
    {
        await Store.WriteAsync(Key("a"), "x", null, Cancel);

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Cancel);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Cancel));
    }

    [Fact]
    public async Task PurgeExpired_IdleRowsLeaveTheFile()
    {
        var store = (SqliteConversationStateStore)Store;
        await store.WriteAsync(Key("old"), "old", null, Cancel);
        clock.Advance(IdleTime - TimeSpan.FromDays(1));
        await store.WriteAsync(Key("recent"), "recent", null, Cancel);
        clock.Advance(TimeSpan.FromDays(2));

        int purged = await store.PurgeExpiredAsync(Cancel);

        Assert.Equal(1, purged);
        Assert.Equal(["recent"], await RawKeysAsync());
        Assert.Equal(0, await store.PurgeExpiredAsync(Cancel));
    }

    [Fact]
    public async Task PurgeExpired_MoreRowsThanOneBatch_AllGoAndRecentOnesStay()
    {
        var store = (SqliteConversationStateStore)Store;
        for (int i = 0; i < 1234; i++)
            await store.WriteAsync(Key("old-" + i.ToString("D4")), "old", null, Cancel);
        clock.Advance(IdleTime - TimeSpan.FromDays(1));
        await store.WriteAsync(Key("recent"), "recent", null, Cancel);
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1234, await store.PurgeExpiredAsync(Cancel));
        Assert.Equal(["recent"], await RawKeysAsync());
        Assert.Equal(0, await store.PurgeExpiredAsync(Cancel));
    }

    [Fact]
    public async Task Delete_RemovesTheRowFromTheFile()
    {
        await Store.WriteAsync(Key("a"), "resident's answers", null, Cancel);

        await Store.DeleteAsync(Key("a"), Cancel);

        Assert.Empty(await RawKeysAsync());
    }

    [Fact]
    public async Task Write_PathIsAFolderNotAFile_StateUnavailable()
    {
        Directory.CreateDirectory(folder.File("blocked.db"));
        var store = Track(new SqliteConversationStateStore(folder.File("blocked.db"), IdleTime, clock));

        await Assert.ThrowsAsync<StateUnavailableException>(() => store.WriteAsync("a", "x", null, Cancel));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ProbeAsync(Cancel));
    }

    [Fact]
    public async Task Calls_AfterTheFileCouldNotBeUsed_WorkOnceItCanAgain()
    {
        string path = folder.File("blocked-for-a-while.db");
        Directory.CreateDirectory(path);
        var store = Track(new SqliteConversationStateStore(path, IdleTime, clock));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.WriteAsync("a", "x", null, Cancel));
        await Assert.ThrowsAsync<StateUnavailableException>(() => store.ReadAsync("a", Cancel));

        Directory.Delete(path);

        string? etag = await store.WriteAsync("a", "x", null, Cancel);
        Assert.NotNull(etag);
        Assert.Equal(new StoredState("x", etag), await store.ReadAsync("a", Cancel));
        await store.ProbeAsync(Cancel);
    }

    [Fact]
    public async Task Dispose_ClosesEveryConnection_TheLogIsFoldedBackIntoTheFile()
    {
        var store = (SqliteConversationStateStore)Store;
        for (int i = 0; i < 20; i++)
            await store.WriteAsync(Key($"k{i}"), $"answers {i}", null, Cancel);
        // Many reads at once: the store holds several reader connections.
        StoredState?[] read = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.ReadAsync(Key($"k{i % 20}"), Cancel))));
        Assert.All(read, Assert.NotNull);
        Assert.True(File.Exists(DatabasePath + "-wal"), "While the store is open its connections keep the write-ahead log.");

        store.Dispose();

        // SQLite folds the log into the file and removes it when the last connection to the file closes.
        Assert.False(File.Exists(DatabasePath + "-wal"), "A connection was left open after Dispose.");
        Assert.Equal(20, (await RawKeysAsync()).Count);
    }

    [Fact]
    public async Task Calls_AfterDispose_StillWorkAndLeaveNothingOpen()
    {
        var store = (SqliteConversationStateStore)Store;
        string? etag = await store.WriteAsync(Key("a"), "first", null, Cancel);
        store.Dispose();

        string? next = await store.WriteAsync(Key("a"), "second", etag, Cancel);
        Assert.NotNull(next);
        Assert.Equal(new StoredState("second", next), await store.ReadAsync(Key("a"), Cancel));
        Assert.False(File.Exists(DatabasePath + "-wal"), "A call after Dispose kept its connection.");
    }

    [Fact]
    public async Task Open_FileFromBeforeTheRowidLayout_KeepsEveryConversationAndItsETag()
    {
        // A state file as builds before December 2026 made it: a WITHOUT ROWID table.
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        long written = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync(Cancel);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE conversation_state (
                    key TEXT NOT NULL PRIMARY KEY, payload TEXT NOT NULL, etag TEXT NOT NULL, written INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX conversation_state_written ON conversation_state (written);
                INSERT INTO conversation_state VALUES ($a, $long, 'etag-a', $written), ($b, 'short', 'etag-b', $written);
                """;
            command.Parameters.AddWithValue("$a", Key("a"));
            command.Parameters.AddWithValue("$b", Key("b"));
            command.Parameters.AddWithValue("$long", new string('x', 5000));
            command.Parameters.AddWithValue("$written", written);
            await command.ExecuteNonQueryAsync(Cancel);
        }
        SqliteConnection.ClearAllPools();

        IConversationStateStore store = await OpenAsync();

        Assert.Equal(new StoredState(new string('x', 5000), "etag-a"), await store.ReadAsync(Key("a"), Cancel));
        Assert.Equal(new StoredState("short", "etag-b"), await store.ReadAsync(Key("b"), Cancel));
        // The ETag still guards the row: a stale one loses, the current one wins.
        Assert.Null(await store.WriteAsync(Key("b"), "stale", "etag-a", Cancel));
        Assert.NotNull(await store.WriteAsync(Key("b"), "next", "etag-b", Cancel));
        Assert.Equal(["a", "b"], await RawKeysAsync());
        await using var check = new SqliteConnection($"Data Source={DatabasePath}");
        await check.OpenAsync(Cancel);
        await using SqliteCommand schema = check.CreateCommand();
        schema.CommandText = "SELECT group_concat(name || ':' || coalesce(sql, ''), ' | ') FROM sqlite_master";
        string layout = (string)(await schema.ExecuteScalarAsync(Cancel))!;
        Assert.DoesNotContain("WITHOUT ROWID", layout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("conversation_state_before", layout, StringComparison.Ordinal);
        Assert.Contains("conversation_state_written", layout, StringComparison.Ordinal);
    }

    private SqliteConversationStateStore Track(SqliteConversationStateStore store)
    {
        opened.Add(store);
        return store;
    }

    [Fact]
    public async Task Write_MomentsAfterTheLast_LeavesWrittenAsItIs_AnHourLaterMovesIt()
    {
        string? etag = await Store.WriteAsync(Key("a"), "one", null, Cancel);
        long first = await RawWrittenAsync("a");

        clock.Advance(TimeSpan.FromMinutes(5));
        etag = await Store.WriteAsync(Key("a"), "two", etag, Cancel);
        Assert.NotNull(etag);
        Assert.Equal(first, await RawWrittenAsync("a"));
        Assert.Equal(new StoredState("two", etag), await Store.ReadAsync(Key("a"), Cancel));

        clock.Advance(SqliteConversationStateStore.WrittenRefresh(IdleTime) + TimeSpan.FromMinutes(1));
        etag = await Store.WriteAsync(Key("a"), "three", etag, Cancel);
        Assert.NotNull(etag);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds(), await RawWrittenAsync("a"));
        Assert.Equal(new StoredState("three", etag), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Write_StaleETagMomentsAfterTheLast_IsAConflictAndChangesNothing()
    {
        string? first = await Store.WriteAsync(Key("a"), "one", null, Cancel);
        clock.Advance(TimeSpan.FromSeconds(30));
        string? second = await Store.WriteAsync(Key("a"), "two", first, Cancel);

        Assert.Null(await Store.WriteAsync(Key("a"), "stale", first, Cancel));
        Assert.Equal(new StoredState("two", second!), await Store.ReadAsync(Key("a"), Cancel));
    }

    [Fact]
    public async Task Conversation_WrittenEvery20MinutesFor40Days_StaysThenExpiresNoLaterThanTheIdleTime()
    {
        string? etag = null;
        DateTimeOffset end = clock.GetUtcNow() + TimeSpan.FromDays(40);
        for (int turn = 0; clock.GetUtcNow() < end; turn++)
        {
            etag = await Store.WriteAsync(Key("busy"), "turn " + turn, etag, Cancel);
            Assert.NotNull(etag);
            clock.Advance(TimeSpan.FromMinutes(20));
        }
        // `written` may trail the last write by up to WrittenRefresh: the row is kept for at least IdleTime - WrittenRefresh...
        clock.Advance(IdleTime - SqliteConversationStateStore.WrittenRefresh(IdleTime) - TimeSpan.FromMinutes(21));
        Assert.NotNull(await Store.ReadAsync(Key("busy"), Cancel));
        // ...and never past IdleTime after the last write.
        clock.Advance(SqliteConversationStateStore.WrittenRefresh(IdleTime) + TimeSpan.FromMinutes(1));
        Assert.Null(await Store.ReadAsync(Key("busy"), Cancel));
        Assert.Equal(1, await ((SqliteConversationStateStore)Store).PurgeExpiredAsync(Cancel));
    }

    [Theory]
    [InlineData(30 * 24 * 60, 60)]   // 30 days: an hour
    [InlineData(365 * 24 * 60, 60)]  // a year: still an hour
    [InlineData(24 * 60, 2)]         // a day: two minutes
    public void WrittenRefresh_IsA720thOfTheIdleTime_AtMostAnHour(int idleMinutes, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes),
            SqliteConversationStateStore.WrittenRefresh(TimeSpan.FromMinutes(idleMinutes)));

    private async Task<long> RawWrittenAsync(string name)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Cancel);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT written FROM conversation_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", Key(name));
        return (long)(await command.ExecuteScalarAsync(Cancel))!;
    }

    private async Task<List<string>> RawKeysAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(Cancel);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM conversation_state ORDER BY key";
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(Cancel);
        var keys = new List<string>();
        while (await reader.ReadAsync(Cancel))
            keys.Add(reader.GetString(0)[Key("").Length..]);
        return keys;
    }
}

using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state in one SQLite file (the embedded default), in WAL mode. Each write is a conditional
/// statement, so the ETag check and the write are atomic even when several processes share the file. Rows not
/// written for the idle time read as absent and are purged by <see cref="PurgeExpiredAsync"/> (run periodically by
/// <see cref="StateExpiryService"/>).
/// </summary>
/// <remarks>
/// The store keeps one connection open with its statements prepared, and uses it for reads and writes alike, one
/// call at a time inside the file's <see cref="SqliteWriteGate"/>. Opening a connection and compiling the SQL on every
/// call was a third of the state's time in a turn. Separate reader connections cost more than the waiting they saved:
/// SQLite empties a connection's page cache whenever another connection has written, so at the rate turns are written
/// every read fetched its pages from the file again (five `pread`s a read); the writer's own cache stays valid
/// after its own writes. A connection that meets an error is closed, never reused.
/// </remarks>
public sealed partial class SqliteConversationStateStore : IConversationStateStore, IStateProbe, IDisposable
{
    private const string ReadSql = "SELECT payload, etag FROM conversation_state WHERE key = $key AND written > $cutoff";

    private const string UpsertSql = """
        INSERT INTO conversation_state (key, payload, etag, written) VALUES ($key, $payload, $etag, $now)
        ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, written = excluded.written
        """;

    // Must not exist: an expired row counts as absent and is replaced.
    private const string InsertSql = UpsertSql + "\nWHERE conversation_state.written <= $cutoff";

    private const string UpdateSql = """
        UPDATE conversation_state SET payload = $payload, etag = $etag, written = $now
        WHERE key = $key AND etag = $expected AND written > $cutoff
        """;

    // The usual turn: the row was written moments ago, so `written` (and its index) is left as it is. Changing it
    // moves the row's entry in the index on `written`, two more pages in the WAL on every write.
    private const string UpdateKeepWrittenSql = """
        UPDATE conversation_state SET payload = $payload, etag = $etag
        WHERE key = $key AND etag = $expected AND written > $recent
        """;

    private const string DeleteSql = "DELETE FROM conversation_state WHERE key = $key RETURNING written";
    // A few hundred rows at a time: turns read and write on the same connection, and wait while a batch runs.
    private const int PurgeBatch = 500;
    private const string PurgeSql = """
        DELETE FROM conversation_state WHERE rowid IN
            (SELECT rowid FROM conversation_state WHERE written <= $cutoff LIMIT $limit)
        """;
    private const string ProbeSql = "SELECT count(*) FROM conversation_state WHERE key = ''";

    private readonly string connectionString;
    private readonly TimeSpan idleTime;
    private readonly TimeSpan writtenRefresh;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim setUp = new(1, 1);
    private Session? held;
    private volatile bool ready;
    private volatile bool disposed;

    public SqliteConversationStateStore(string databasePath, TimeSpan idleTime, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleTime, TimeSpan.Zero);
        DatabasePath = Path.GetFullPath(databasePath);
        this.idleTime = idleTime;
        writtenRefresh = WrittenRefresh(idleTime);
        this.time = time;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The store holds its own connections; a pool would only keep closed ones alive a second time.
            Pooling = false,
            // Seconds Microsoft.Data.Sqlite keeps retrying a busy database (another process writing).
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WithSessionAsync(session =>
        {
            SqliteCommand command = session.Command(ReadSql);
            command.Parameters["$key"].Value = key;
            command.Parameters["$cutoff"].Value = Cutoff();
            using SqliteDataReader reader = command.ExecuteReader();
            return reader.Read() ? new StoredState(reader.GetString(0), reader.GetString(1)) : null;
        }, cancellationToken);
    }

    public async Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(payload);
        string etag = ETags.New();
        string sql = expectedETag switch
        {
            "*" => UpsertSql,
            null => InsertSql,
            _ => UpdateSql,
        };
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await WithSessionAsync(session =>
        {
            if (sql == UpdateSql && Write(session.Command(UpdateKeepWrittenSql)))
                return etag;
            return Write(session.Command(sql)) ? etag : null;
        }, cancellationToken);

        bool Write(SqliteCommand command)
        {
            SetIfPresent(command, "$key", key);
            SetIfPresent(command, "$payload", payload);
            SetIfPresent(command, "$etag", etag);
            SetIfPresent(command, "$now", now);
            SetIfPresent(command, "$cutoff", CutoffAt(now));
            SetIfPresent(command, "$recent", now - (long)writtenRefresh.TotalMilliseconds);
            SetIfPresent(command, "$expected", expectedETag ?? "");
            return command.ExecuteNonQuery() == 1;
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WithSessionAsync(session =>
        {
            SqliteCommand command = session.Command(DeleteSql);
            command.Parameters["$key"].Value = key;
            object? written = command.ExecuteScalar();
            // An expired row is deleted too, but it was already "absent".
            return written is long at && at > Cutoff();
        }, cancellationToken);
    }

    /// <summary>
    /// Deletes every conversation not written for the idle time, a batch at a time so that turns wait at most one
    /// batch. Returns how many.
    /// </summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        // Nothing stored yet: do not create the file just to find it empty.
        if (!ready && !File.Exists(DatabasePath))
            return 0;
        long cutoff = Cutoff();
        int purged = 0;
        while (true)
        {
            int deleted = await WithSessionAsync(session =>
            {
                SqliteCommand command = session.Command(PurgeSql);
                command.Parameters["$cutoff"].Value = cutoff;
                command.Parameters["$limit"].Value = PurgeBatch;
                return command.ExecuteNonQuery();
            }, cancellationToken);
            purged += deleted;
            if (deleted < PurgeBatch)
                return purged;
        }
    }

    public Task ProbeAsync(CancellationToken cancellationToken) =>
        WithSessionAsync(session => session.Command(ProbeSql).ExecuteScalar(), cancellationToken);

    /// <summary>Closes the held connection. Calls already running finish; a later call opens a new one.</summary>
    public void Dispose()
    {
        disposed = true;
        // The connection may be in use: wait for the file's turn before closing it.
        using (SqliteWriteGate.Enter(DatabasePath))
            Interlocked.Exchange(ref held, null)?.Dispose();
    }

    /// <summary>
    /// How old `written` may get before a write moves it on: a 720th of the idle time, at most an hour (30 days: an
    /// hour). `written` is never later than the last write, so a conversation expires at most this much early, never late.
    /// </summary>
    internal static TimeSpan WrittenRefresh(TimeSpan idleTime) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, idleTime.Ticks / 720));

    private long Cutoff() => CutoffAt(time.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>Rows written at or before this (Unix ms) are expired at <paramref name="now"/>.</summary>
    private long CutoffAt(long now) => now - (long)idleTime.TotalMilliseconds;

    private static void SetIfPresent(SqliteCommand command, string name, object value)
    {
        int at = command.Parameters.IndexOf(name);
        if (at >= 0)
            command.Parameters[at].Value = value;
    }

    // Microsoft.Data.Sqlite's async calls run synchronously anyway; the work is plain synchronous code on the session.
    private async Task<T> WithSessionAsync<T>(Func<Session, T> work, CancellationToken cancellationToken)
    {
        using SqliteWriteGate.Turn turn = await SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        try
        {
            held ??= await OpenAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            T result = work(held);
            if (disposed)
                Interlocked.Exchange(ref held, null)?.Dispose();
            return result;
        }
        catch (Exception error)
        {
            Interlocked.Exchange(ref held, null)?.Dispose();
            if (Unavailable(error) is { } unavailable)
                throw unavailable;
            throw;
        }
    }

    private Exception? Unavailable(Exception error) => error switch
    {
        SqliteException sqlite => new StateUnavailableException(
            $"The conversation state file {DatabasePath} cannot be used (SQLite error {sqlite.SqliteErrorCode}).", sqlite),
        IOException or UnauthorizedAccessException => new StateUnavailableException(
            $"The conversation state file {DatabasePath} cannot be used.", error),
        _ => null,
    };

    private async Task<Session> OpenAsync(CancellationToken cancellationToken)
    {
        if (!ready)
            await SetUpAsync(cancellationToken);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using SqliteCommand pragmas = connection.CreateCommand();
            // Per connection: synchronous=NORMAL in WAL survives a killed process (not a power cut in the last
            // moment), the trade-off every turn's latency wants; busy_timeout waits for another writer.
            pragmas.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return new Session(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    [GeneratedRegex(@"\$[a-z]+")]
    private static partial Regex ParameterName();

    /// <summary>An open connection and the statements prepared on it, used by one call at a time.</summary>
    private sealed class Session(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public SqliteCommand Command(string sql)
        {
            if (commands.TryGetValue(sql, out SqliteCommand? command))
                return command;
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (string name in ParameterNames(sql))
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            command.Prepare();
            commands.Add(sql, command);
            return command;
        }

        public void Dispose()
        {
            foreach (SqliteCommand command in commands.Values)
                command.Dispose();
            commands.Clear();
            connection.Dispose();
        }

        private static IEnumerable<string> ParameterNames(string sql) =>
            ParameterName().Matches(sql).Select(match => match.Value).Distinct(StringComparer.Ordinal);
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await setUp.WaitAsync(cancellationToken);
        try
        {
            if (ready)
                return;
            string? folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using (SqliteCommand command = connection.CreateCommand())
            {
                // WAL is a property of the file: set once, every later connection uses it.
                command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 30000;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            // BEGIN IMMEDIATE: when several instances start on one file, one sets it up (or moves it to the new layout)
            // while the others wait, then find it done.
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            await using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'conversation_state'";
                bool oldLayout = await command.ExecuteScalarAsync(cancellationToken) is string sql
                    && sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase);
                // A row is a conversation's whole record (a few KB of JSON). Files made before December 2026 kept it in
                // a WITHOUT ROWID table, where a row over about 1 KB spills into overflow pages: each write then wrote
                // five or six pages to the WAL instead of two or three. Such a file is moved to the rowid layout once.
                command.CommandText = (oldLayout ? """
                    ALTER TABLE conversation_state RENAME TO conversation_state_before;
                    DROP INDEX IF EXISTS conversation_state_written;
                    """ : "") + """
                    CREATE TABLE IF NOT EXISTS conversation_state (
                        key TEXT NOT NULL PRIMARY KEY,
                        payload TEXT NOT NULL,
                        etag TEXT NOT NULL,
                        written INTEGER NOT NULL
                    );
                    CREATE INDEX IF NOT EXISTS conversation_state_written ON conversation_state (written);
                    """ + (oldLayout ? """
                    INSERT INTO conversation_state (key, payload, etag, written)
                        SELECT key, payload, etag, written FROM conversation_state_before;
                    DROP TABLE conversation_state_before;
                    """ : "");
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            ready = true;
        }
        finally
        {
            setUp.Release();
        }
    }
}

using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.State;

/// <summary>
/// Conversation state in one SQLite file (the embedded default). WAL lets readers and one writer work
/// at once; each write is one conditional statement, so the ETag check and the write are atomic even
/// when several processes share the file. Rows not written for the idle time read as absent and are
/// purged by <see cref="PurgeExpiredAsync"/> (run periodically by <see cref="StateExpiryService"/>).
/// </summary>
public sealed class SqliteConversationStateStore : IConversationStateStore, IStateProbe
{
    private readonly string connectionString;
    private readonly TimeSpan idleTime;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim setUp = new(1, 1);
    private volatile bool ready;

    public SqliteConversationStateStore(string databasePath, TimeSpan idleTime, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleTime, TimeSpan.Zero);
        DatabasePath = Path.GetFullPath(databasePath);
        this.idleTime = idleTime;
        this.time = time;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds Microsoft.Data.Sqlite keeps retrying a busy database (another process writing).
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task<StoredState?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return await RunAsync(async connection =>
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT payload, etag FROM conversation_state WHERE key = $key AND written > $cutoff";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$cutoff", Cutoff());
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new StoredState(reader.GetString(0), reader.GetString(1)) : null;
        }, cancellationToken);
    }

    public async Task<string?> WriteAsync(string key, string payload, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(payload);
        string etag = ETags.New();
        using SqliteWriteGate.Turn turn = await SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        return await RunAsync(async connection =>
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = expectedETag switch
            {
                "*" => """
                    INSERT INTO conversation_state (key, payload, etag, written) VALUES ($key, $payload, $etag, $now)
                    ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, written = excluded.written
                    """,
                // Must not exist: an expired row counts as absent and is replaced.
                null => """
                    INSERT INTO conversation_state (key, payload, etag, written) VALUES ($key, $payload, $etag, $now)
                    ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, etag = excluded.etag, written = excluded.written
                    WHERE conversation_state.written <= $cutoff
                    """,
                _ => """
                    UPDATE conversation_state SET payload = $payload, etag = $etag, written = $now
                    WHERE key = $key AND etag = $expected AND written > $cutoff
                    """,
            };
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$payload", payload);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$now", time.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$cutoff", Cutoff());
            command.Parameters.AddWithValue("$expected", expectedETag ?? "");
            int changed = await command.ExecuteNonQueryAsync(cancellationToken);
            return changed == 1 ? etag : null;
        }, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        using SqliteWriteGate.Turn turn = await SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        return await RunAsync(async connection =>
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "DELETE FROM conversation_state WHERE key = $key RETURNING written";
            command.Parameters.AddWithValue("$key", key);
            object? written = await command.ExecuteScalarAsync(cancellationToken);
            // An expired row is deleted too, but it was already "absent".
            return written is long at && at > Cutoff();
        }, cancellationToken);
    }

    /// <summary>Deletes every conversation not written for the idle time. Returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        // Nothing stored yet: do not create the file just to find it empty.
        if (!ready && !File.Exists(DatabasePath))
            return 0;
        using SqliteWriteGate.Turn turn = await SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        return await RunAsync(async connection =>
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "DELETE FROM conversation_state WHERE written <= $cutoff";
            command.Parameters.AddWithValue("$cutoff", Cutoff());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await RunAsync(async connection =>
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM conversation_state WHERE key = ''";
            return await command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);
    }

    private long Cutoff() => (time.GetUtcNow() - idleTime).ToUnixTimeMilliseconds();

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using SqliteConnection connection = await OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (SqliteException error)
        {
            throw new StateUnavailableException($"The conversation state file {DatabasePath} cannot be used (SQLite error {error.SqliteErrorCode}).", error);
        }
        catch (IOException error)
        {
            throw new StateUnavailableException($"The conversation state file {DatabasePath} cannot be used.", error);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new StateUnavailableException($"The conversation state file {DatabasePath} cannot be used.", error);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
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
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
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

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CareerBot.Bot.Insights;

/// <summary>
/// Anonymous counts in one SQLite file (the default): how many conversations did X on each day. To count a fact once
/// per conversation, a "seen" table keeps keyed hashes of (conversation) and (fact) for a week; it holds
/// no conversation id, no word and nothing a resident typed, and "forget me" deletes a conversation's rows.
/// The counts themselves name no one and are kept.
/// </summary>
internal sealed class SqliteInsightStore : IInsightStore
{
    private const int SeenDays = 7;
    private readonly string connectionString;
    private readonly SemaphoreSlim setUp = new(1, 1);
    private byte[]? secret;
    private DateOnly prunedOn;

    public SqliteInsightStore(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken) =>
        RecordManyAsync([new InsightRecord(channelId, conversationId, day, countConversation, facts)], cancellationToken);

    /// <summary>All the records in one transaction: one commit (and one share of the WAL) for many turns.</summary>
    public async Task RecordManyAsync(IReadOnlyList<InsightRecord> records, CancellationToken cancellationToken)
    {
        if (records.All(r => r.IsEmpty))
            return;
        using State.SqliteWriteGate.Turn turn = await State.SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using SqliteCommand count = CountOnceCommand(connection, transaction);
        foreach (InsightRecord record in records)
        {
            byte[] conversation = Hash(record.ChannelId + "\n" + record.ConversationId);
            string dayText = record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (InsightFact fact in record.ToCount)
                await CountOnceAsync(count, conversation, fact, dayText, cancellationToken);
        }
        DateOnly today = records.Max(r => r.Day);
        if (prunedOn != today)
        {
            await using SqliteCommand prune = connection.CreateCommand();
            prune.Transaction = transaction;
            prune.CommandText = "DELETE FROM seen WHERE day < $cutoff";
            prune.Parameters.AddWithValue("$cutoff", today.AddDays(-SeenDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await prune.ExecuteNonQueryAsync(cancellationToken);
            prunedOn = today;
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InsightCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT day, kind, value, count FROM counts WHERE day BETWEEN $from AND $to";
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<InsightCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new InsightCount(
                DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }
        return counts;
    }

    public async Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        using State.SqliteWriteGate.Turn turn = await State.SqliteWriteGate.EnterAsync(DatabasePath, cancellationToken);
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "DELETE FROM seen WHERE conversation = $conversation";
        command.Parameters.AddWithValue("$conversation", Hash(channelId + "\n" + conversationId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Counts a fact for a conversation unless it already counted it. One prepared command, reused per fact.</summary>
    private static SqliteCommand CountOnceCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO seen (conversation, fact, day) VALUES ($conversation, $fact, $day)
            ON CONFLICT DO NOTHING;
            INSERT INTO counts (day, kind, value, count)
            SELECT $day, $kind, $value, 1 WHERE changes() = 1
            ON CONFLICT (day, kind, value) DO UPDATE SET count = count + 1;
            """;
        foreach (string name in (string[])["$conversation", "$fact", "$day", "$kind", "$value"])
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private async Task CountOnceAsync(SqliteCommand command, byte[] conversation, InsightFact fact, string day,
        CancellationToken cancellationToken)
    {
        command.Parameters["$conversation"].Value = conversation;
        command.Parameters["$fact"].Value = Hash(fact.Kind + "\n" + fact.Value);
        command.Parameters["$day"].Value = day;
        command.Parameters["$kind"].Value = fact.Kind;
        command.Parameters["$value"].Value = fact.Value;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private byte[] Hash(string text) =>
        HMACSHA256.HashData(secret ?? throw new InvalidOperationException("Store not opened."), Encoding.UTF8.GetBytes(text));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            if (secret is null)
            {
                await setUp.WaitAsync(cancellationToken);
                try
                {
                    if (secret is null)
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
                        await connection.OpenAsync(cancellationToken);
                        secret = await CreateSchemaAsync(connection, cancellationToken);
                        await RelaxSyncAsync(connection, cancellationToken);
                        return connection;
                    }
                }
                finally
                {
                    setUp.Release();
                }
            }
            await connection.OpenAsync(cancellationToken);
            await RelaxSyncAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Per connection: synchronous=NORMAL in WAL mode, as the state store does. Without it every turn's counts
    /// waited for an fsync of the WAL (the largest share of a turn in the turn-phases bench); a crash still
    /// leaves a sound file, and a power cut can lose only the last moments' counts.
    /// </summary>
    private static async Task RelaxSyncAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<byte[]> CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS counts (
                    day TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL,
                    PRIMARY KEY (day, kind, value)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS seen (
                    conversation BLOB NOT NULL, fact BLOB NOT NULL, day TEXT NOT NULL,
                    PRIMARY KEY (conversation, fact)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS seen_by_day ON seen (day);
                INSERT INTO meta (name, value) VALUES ('hash-key', randomblob(32)) ON CONFLICT DO NOTHING;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (SqliteCommand command = connection.CreateCommand())
        {
            command.CommandText = "SELECT value FROM meta WHERE name = 'hash-key'";
            return (byte[])(await command.ExecuteScalarAsync(cancellationToken))!;
        }
    }
}

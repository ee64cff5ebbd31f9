using System.Diagnostics;
using System.Text.Json;
using CareerBot.SearchIndex.Catalogue;
using Microsoft.Data.Sqlite;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// Writes the catalogue into a SQLite FTS5 index file. Builds into a temporary file next to the target and
/// renames it into place, so readers never see a half-built index.
/// </summary>
public static class CatalogueIndexBuilder
{
    private const int ProgressEvery = 500;

    /// <summary>
    /// Builds the index file at <paramref name="path"/>. Source notes stay in the data files: the index holds
    /// only what search and the cards need.
    /// </summary>
    public static async Task<IndexBuildResult> BuildAsync(
        CatalogueData data, string path, TimeProvider timeProvider,
        IProgress<IndexBuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
                         { DataSource = temp, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await ExecuteAsync(connection, IndexSchema.Create, cancellationToken);
                await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
                {
                    using var writer = new DocWriter(connection, transaction);
                    long rowid = 0;
                    var roleTitles = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var r in data.Roles) roleTitles[r.Id] = r.Title;

                    for (var i = 0; i < data.Roles.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var r = data.Roles[i];
                        writer.Write(++rowid, IndexSchema.RoleKind, r.Id, r.MinQualificationLevel, r.Family,
                            JsonSerializer.Serialize(r with { Source = null }, CatalogueFileReader.Json),
                            r.Title, string.Join(" ; ", r.OtherNames), r.Summary, string.Join(" ; ", r.Tasks),
                            string.Join(" ; ", [r.Family, .. r.EmployerTypes, .. r.HoursPatterns, r.Where ?? ""]));
                        Report(progress, "roles", i + 1, data.Roles.Count);
                    }
                    for (var i = 0; i < data.Courses.Count; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var c = data.Courses[i];
                        var leads = c.LeadsToRoles.Select(id => roleTitles.GetValueOrDefault(id, id));
                        writer.Write(++rowid, IndexSchema.CourseKind, c.Id, c.EntryLevel, c.Kind,
                            JsonSerializer.Serialize(c with { Source = null }, CatalogueFileReader.Json),
                            c.Title, string.Join(" ; ", [c.Kind, c.Level]), c.Summary, string.Join(" ; ", leads),
                            string.Join(" ; ", [.. c.Modes, c.Length ?? ""]));
                        writer.WriteLeads(rowid, c.LeadsToRoles);
                        Report(progress, "courses", i + 1, data.Courses.Count);
                    }

                    await using (var lists = Prepare(connection, transaction, "INSERT INTO lists(name, json) VALUES ($n, $j)",
                                     ("$n", SqliteType.Text), ("$j", SqliteType.Text)))
                    {
                        foreach (var (key, value) in new (string, object)[]
                                 { ("providers", data.Providers), ("places", data.PlaceRecords), ("synonyms", data.Synonyms) })
                            await RunAsync(lists, cancellationToken, key, JsonSerializer.Serialize(value, CatalogueFileReader.Json));
                    }

                    progress?.Report(new IndexBuildProgress("optimise", 0, 1));
                    await ExecuteAsync(connection, IndexSchema.CreateIndexes, cancellationToken, transaction);
                    var meta = new Dictionary<string, string>
                    {
                        ["schema"] = IndexSchema.Version,
                        ["data_version"] = data.Version,
                        ["built_at"] = timeProvider.GetUtcNow().ToString("O"),
                        ["roles"] = data.Roles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["courses"] = data.Courses.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    await using (var m = Prepare(connection, transaction, "INSERT INTO meta(key, value) VALUES ($k, $v)",
                                     ("$k", SqliteType.Text), ("$v", SqliteType.Text)))
                    {
                        foreach (var (key, value) in meta)
                            await RunAsync(m, cancellationToken, key, value);
                    }
                    await transaction.CommitAsync(cancellationToken);
                }
                progress?.Report(new IndexBuildProgress("optimise", 1, 1));
            }
            File.Move(temp, full, overwrite: true);
            var bytes = new FileInfo(full).Length;
            progress?.Report(new IndexBuildProgress("done", data.Roles.Count + data.Courses.Count, data.Roles.Count + data.Courses.Count));
            return new IndexBuildResult(full, data.Roles.Count, data.Courses.Count, bytes, clock.Elapsed, data.Version);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void Report(IProgress<IndexBuildProgress>? progress, string stage, int done, int total)
    {
        if (progress is not null && (done % ProgressEvery == 0 || done == total))
            progress.Report(new IndexBuildProgress(stage, done, total));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A command in the build's transaction with its parameters declared once, in the order <see cref="Run"/> fills them.</summary>
    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql,
        params (string Name, SqliteType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, type) in parameters) command.Parameters.Add(name, type);
        return command;
    }

    /// <summary>Runs a prepared command with these values, in the order its parameters were declared.</summary>
    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static async Task RunAsync(SqliteCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Prepared inserts for one document into the docs table and its three full-text tables.</summary>
    private sealed class DocWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        private readonly SqliteCommand _doc = Prepare(connection, transaction,
            "INSERT INTO docs(rowid, kind, id, min_level, family, json) VALUES ($r, $k, $i, $l, $f, $j)",
            ("$r", SqliteType.Integer), ("$k", SqliteType.Integer), ("$i", SqliteType.Text),
            ("$l", SqliteType.Integer), ("$f", SqliteType.Text), ("$j", SqliteType.Text));

        private readonly SqliteCommand _fts = Prepare(connection, transaction,
            "INSERT INTO docs_fts(rowid, title, other_names, summary, tasks, extra) VALUES ($r, $t, $o, $s, $k, $e)",
            ("$r", SqliteType.Integer), ("$t", SqliteType.Text), ("$o", SqliteType.Text),
            ("$s", SqliteType.Text), ("$k", SqliteType.Text), ("$e", SqliteType.Text));

        private readonly SqliteCommand _titles = Prepare(connection, transaction,
            "INSERT INTO titles_fts(rowid, title, other_names) VALUES ($r, $t, $o)",
            ("$r", SqliteType.Integer), ("$t", SqliteType.Text), ("$o", SqliteType.Text));

        private readonly SqliteCommand _words = Prepare(connection, transaction,
            "INSERT INTO words_fts(rowid, text) VALUES ($r, $t)",
            ("$r", SqliteType.Integer), ("$t", SqliteType.Text));

        private readonly SqliteCommand _leads = Prepare(connection, transaction,
            "INSERT INTO leads(course_rowid, role_id) VALUES ($r, $i)",
            ("$r", SqliteType.Integer), ("$i", SqliteType.Text));

        public void WriteLeads(long rowid, IEnumerable<string> roleIds)
        {
            foreach (var id in roleIds) Run(_leads, rowid, id);
        }

        public void Write(long rowid, int kind, string id, int level, string family, string json,
            string title, string other, string summary, string tasks, string extra)
        {
            Run(_doc, rowid, kind, id, level, family, json);
            Run(_fts, rowid, title, other, summary, tasks, extra);
            Run(_titles, rowid, title, other);
            Run(_words, rowid, string.Join(" ", title, other, summary, tasks));
        }

        public void Dispose()
        {
            _doc.Dispose();
            _fts.Dispose();
            _titles.Dispose();
            _words.Dispose();
            _leads.Dispose();
        }
    }
}

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
                    var writer = new DocWriter(connection, transaction);
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

                    await using (var lists = connection.CreateCommand())
                    {
                        lists.Transaction = transaction;
                        lists.CommandText = "INSERT INTO lists(name, json) VALUES ($name, $json)";
                        var name = lists.Parameters.Add("$name", SqliteType.Text);
                        var json = lists.Parameters.Add("$json", SqliteType.Text);
                        foreach (var (key, value) in new (string, object)[]
                                 { ("providers", data.Providers), ("places", data.PlaceRecords), ("synonyms", data.Synonyms) })
                        {
                            name.Value = key;
                            json.Value = JsonSerializer.Serialize(value, CatalogueFileReader.Json);
                            await lists.ExecuteNonQueryAsync(cancellationToken);
                        }
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
                    await using (var m = connection.CreateCommand())
                    {
                        m.Transaction = transaction;
                        m.CommandText = "INSERT INTO meta(key, value) VALUES ($k, $v)";
                        var k = m.Parameters.Add("$k", SqliteType.Text);
                        var v = m.Parameters.Add("$v", SqliteType.Text);
                        foreach (var (key, value) in meta)
                        {
                            k.Value = key;
                            v.Value = value;
                            await m.ExecuteNonQueryAsync(cancellationToken);
                        }
                    }
                    writer.Dispose();
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

    /// <summary>Prepared inserts for one document into the three tables.</summary>
    private sealed class DocWriter : IDisposable
    {
        private readonly SqliteCommand _doc, _fts, _words, _leads, _titles;
        private readonly SqliteParameter _tRowid, _tTitle, _tOther;
        private readonly SqliteParameter _lRowid, _lRole;
        private readonly SqliteParameter _rowid, _kind, _id, _level, _family, _json;
        private readonly SqliteParameter _fRowid, _title, _other, _summary, _tasks, _extra;
        private readonly SqliteParameter _wRowid, _wText;

        public DocWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            _doc = connection.CreateCommand();
            _doc.Transaction = transaction;
            _doc.CommandText = "INSERT INTO docs(rowid, kind, id, min_level, family, json) VALUES ($r, $k, $i, $l, $f, $j)";
            _rowid = _doc.Parameters.Add("$r", SqliteType.Integer);
            _kind = _doc.Parameters.Add("$k", SqliteType.Integer);
            _id = _doc.Parameters.Add("$i", SqliteType.Text);
            _level = _doc.Parameters.Add("$l", SqliteType.Integer);
            _family = _doc.Parameters.Add("$f", SqliteType.Text);
            _json = _doc.Parameters.Add("$j", SqliteType.Text);

            _fts = connection.CreateCommand();
            _fts.Transaction = transaction;
            _fts.CommandText = "INSERT INTO docs_fts(rowid, title, other_names, summary, tasks, extra) VALUES ($r, $t, $o, $s, $k, $e)";
            _fRowid = _fts.Parameters.Add("$r", SqliteType.Integer);
            _title = _fts.Parameters.Add("$t", SqliteType.Text);
            _other = _fts.Parameters.Add("$o", SqliteType.Text);
            _summary = _fts.Parameters.Add("$s", SqliteType.Text);
            _tasks = _fts.Parameters.Add("$k", SqliteType.Text);
            _extra = _fts.Parameters.Add("$e", SqliteType.Text);

            _words = connection.CreateCommand();
            _words.Transaction = transaction;
            _words.CommandText = "INSERT INTO words_fts(rowid, text) VALUES ($r, $t)";
            _wRowid = _words.Parameters.Add("$r", SqliteType.Integer);
            _wText = _words.Parameters.Add("$t", SqliteType.Text);

            _titles = connection.CreateCommand();
            _titles.Transaction = transaction;
            _titles.CommandText = "INSERT INTO titles_fts(rowid, title, other_names) VALUES ($r, $t, $o)";
            _tRowid = _titles.Parameters.Add("$r", SqliteType.Integer);
            _tTitle = _titles.Parameters.Add("$t", SqliteType.Text);
            _tOther = _titles.Parameters.Add("$o", SqliteType.Text);

            _leads = connection.CreateCommand();
            _leads.Transaction = transaction;
            _leads.CommandText = "INSERT INTO leads(course_rowid, role_id) VALUES ($r, $i)";
            _lRowid = _leads.Parameters.Add("$r", SqliteType.Integer);
            _lRole = _leads.Parameters.Add("$i", SqliteType.Text);
        }

        public void WriteLeads(long rowid, IEnumerable<string> roleIds)
        {
            foreach (var id in roleIds)
            {
                _lRowid.Value = rowid;
                _lRole.Value = id;
                _leads.ExecuteNonQuery();
            }
        }

        public void Write(long rowid, int kind, string id, int level, string family, string json,
            string title, string other, string summary, string tasks, string extra)
        {
            _rowid.Value = rowid; _kind.Value = kind; _id.Value = id; _level.Value = level; _family.Value = family; _json.Value = json;
            _doc.ExecuteNonQuery();
            _fRowid.Value = rowid; _title.Value = title; _other.Value = other; _summary.Value = summary; _tasks.Value = tasks; _extra.Value = extra;
            _fts.ExecuteNonQuery();
            _tRowid.Value = rowid; _tTitle.Value = title; _tOther.Value = other;
            _titles.ExecuteNonQuery();
            _wRowid.Value = rowid; _wText.Value = string.Join(" ", title, other, summary, tasks);
            _words.ExecuteNonQuery();
        }

        public void Dispose()
        {
            _doc.Dispose();
            _fts.Dispose();
            _words.Dispose();
            _leads.Dispose();
            _titles.Dispose();
        }
    }
}

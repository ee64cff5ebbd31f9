using System.Text.Json.Nodes;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;
using Microsoft.Data.Sqlite;

namespace CareerBot.SearchIndex.Tests;

/// <summary>
/// The commands an index connection keeps prepared: reused with new values, one per fixed SQL text, and never
/// outliving their connection (closed with the index, after a swap, or dropped after a SQLite error).
/// </summary>
public sealed class IndexConnectionTests(CatalogueFixture fixture) : IClassFixture<CatalogueFixture>
{
    private string IndexPath => Path.Combine(fixture.Folder, "catalogue.db");

    private string ReadOnly => new SqliteConnectionStringBuilder
        { DataSource = IndexPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static List<(long, double)> Read(SqliteCommand command)
    {
        var rows = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return rows;
    }

    /// <summary>The same query made the old way: a new command each time.</summary>
    private static List<(long, double)> ReadFresh(SqliteConnection connection, string table, string match)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, rank FROM {table} WHERE {table} MATCH $match ORDER BY rank LIMIT $limit";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", IndexConnection.CandidateLimit);
        return Read(command);
    }

    [Fact]
    public void Matches_SameTable_ReusesOneCommandWithTheNewValue()
    {
        using var connection = new IndexConnection(ReadOnly);

        var first = connection.Matches("docs_fts", "\"nurse\"*");
        var nurse = Read(first);
        var second = connection.Matches("docs_fts", "\"porter\"*");
        var porter = Read(second);

        Assert.Same(first, second);
        Assert.Equal(1, connection.KeptCommands);
        Assert.NotEmpty(nurse);
        Assert.NotEqual(nurse, porter);
        Assert.Equal(ReadFresh(connection.Connection, "docs_fts", "\"nurse\"*"), nurse);
        Assert.Equal(ReadFresh(connection.Connection, "docs_fts", "\"porter\"*"), porter);
        Assert.Equal(ReadFresh(connection.Connection, "titles_fts", "\"care\"*"), Read(connection.Matches("titles_fts", "\"care\"*")));
        Assert.Equal(2, connection.KeptCommands);
        Assert.Throws<ArgumentOutOfRangeException>(() => connection.Matches("docs; DROP TABLE docs", "x"));
    }

    [Fact]
    public void Broad_KeepsOneCommandPerFamilyCount()
    {
        using var connection = new IndexConnection(ReadOnly);

        var none = connection.Broad([]);
        var one = connection.Broad(["health"]);
        var oneAgain = connection.Broad(["care"]);
        var two = connection.Broad(["health", "care"]);

        Assert.Same(one, oneAgain);
        Assert.Equal(3, new HashSet<SqliteCommand> { none, one, two }.Count);
        Assert.Equal(3, connection.KeptCommands);
        Assert.Equal("care", one.Parameters[0].Value);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            connection.Broad(Enumerable.Range(0, IndexConnection.MaxFamilies + 1).Select(i => "f" + i).ToList()));
    }

    [Fact]
    public void Dispose_DisposesTheKeptCommandsWithTheConnection()
    {
        var connection = new IndexConnection(ReadOnly);
        var matches = connection.Matches("docs_fts", "\"nurse\"*");
        var leads = connection.Leads("porter");
        Read(matches);

        connection.Dispose();

        Assert.Equal(0, connection.KeptCommands);
        Assert.Equal(System.Data.ConnectionState.Closed, connection.Connection.State);
        Assert.Throws<InvalidOperationException>(() => matches.ExecuteReader());
        Assert.Throws<InvalidOperationException>(() => leads.ExecuteReader());
    }

    [Fact]
    public void ForgetCommands_AfterASqliteError_MakesThemAgainAndTheyWork()
    {
        using var connection = new IndexConnection(ReadOnly);
        var good = Read(connection.Matches("docs_fts", "\"nurse\"*"));

        Assert.Throws<SqliteException>(() => Read(connection.Matches("docs_fts", "\"nurse")));
        connection.ForgetCommands();

        Assert.Equal(0, connection.KeptCommands);
        Assert.Equal(good, Read(connection.Matches("docs_fts", "\"nurse\"*")));
    }

    [Fact]
    public async Task Retire_WhileAQueryHoldsAConnection_ClosesItAndItsCommandsWhenTheQueryEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        var index = await CatalogueIndex.OpenAsync(IndexPath, ct);
        Assert.True(index.TryEnter());
        var held = await index.RentAsync(ct);
        Read(held.Matches("docs_fts", "\"nurse\"*"));

        index.Retire();

        // The running query goes on with its connection and commands.
        Assert.NotEmpty(Read(held.Matches("docs_fts", "\"porter\"*")));
        index.Return(held);
        index.Exit();
        Assert.Equal(0, held.KeptCommands);
        Assert.Equal(System.Data.ConnectionState.Closed, held.Connection.State);
    }

    [Fact]
    public async Task ManagerSwap_ClosesTheOldIndexsConnectionsAndCommands()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("careerbot-statements-").FullName;
        try
        {
            var data = Path.Combine(folder, "data");
            Directory.CreateDirectory(data);
            foreach (var (name, bytes) in CatalogueData.ReadEmbeddedFiles()) File.WriteAllBytes(Path.Combine(data, name), bytes!);
            using var manager = new CatalogueIndexManager(new SearchIndexOptions
            {
                DatabasePath = Path.Combine(folder, "index", "catalogue.db"), DataDirectory = data,
            }, TimeProvider.System);
            await manager.ReloadAsync(ct);
            var search = new CatalogueSearch(manager.Holder);
            await search.SearchAsync(new SearchProfile { Text = "nurse" }, ct);
            var old = manager.Holder.Current!;
            var used = old.Rent();
            Read(used.Matches("docs_fts", "\"nurse\"*"));
            Assert.NotNull(used.Leads("porter"));
            old.Return(used);

            var path = Path.Combine(data, "roles.json");
            var root = JsonNode.Parse(File.ReadAllText(path))!;
            root["records"]!.AsArray().Single(r => (string?)r!["id"] == "porter")!["title"] = "Hospital porter and runner";
            File.WriteAllText(path, root.ToJsonString());
            Assert.True(await manager.ReloadAsync(ct));

            Assert.NotSame(old, manager.Holder.Current);
            Assert.Equal(0, used.KeptCommands);
            Assert.Equal(System.Data.ConnectionState.Closed, used.Connection.State);
            Assert.NotEmpty((await search.SearchAsync(new SearchProfile { Text = "porter" }, ct)).Items);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

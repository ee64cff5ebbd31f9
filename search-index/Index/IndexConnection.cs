using Microsoft.Data.Sqlite;

namespace CareerBot.SearchIndex.Index;

/// <summary>
/// One of an index's read-only connections, with the commands whose SQL text is fixed kept prepared: each is
/// made the first time it is needed and then run again with new parameter values, so SQLite compiles its SQL
/// once per connection instead of once per query. Like the connection, it serves one query at a time (the
/// index hands it out to one renter); the commands are disposed with it. SQL built per query (lists of ids)
/// still goes through <see cref="CreateCommand"/>.
/// </summary>
internal sealed class IndexConnection : IDisposable
{
    /// <summary>The most family names a broad query takes (<see cref="Broad"/>).</summary>
    internal const int MaxFamilies = 20;

    /// <summary>Candidates a query reads: from FTS5 before re-ranking, twice as many for a broad list.</summary>
    internal const int CandidateLimit = 150;

    private SqliteCommand? _docsMatches;
    private SqliteCommand? _titlesMatches;
    private SqliteCommand? _leads;
    private readonly SqliteCommand?[] _broad = new SqliteCommand?[MaxFamilies + 1];

    public IndexConnection(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        try
        {
            Connection.Open();
        }
        catch
        {
            Connection.Dispose();
            throw;
        }
    }

    public SqliteConnection Connection { get; }

    /// <summary>How many commands are kept now (for tests).</summary>
    internal int KeptCommands =>
        (_docsMatches is null ? 0 : 1) + (_titlesMatches is null ? 0 : 1) + (_leads is null ? 0 : 1) + _broad.Count(c => c is not null);

    /// <summary>A new command for SQL that changes from query to query; the caller disposes it.</summary>
    public SqliteCommand CreateCommand() => Connection.CreateCommand();

    /// <summary>
    /// The best <see cref="CandidateLimit"/> matches of an FTS5 expression in <paramref name="table"/>
    /// (docs_fts or titles_fts), rowid and bm25 score (lower is better).
    /// </summary>
    /// <remarks>
    /// The score is asked for with <c>bm25()</c> and the table's weights, not with FTS5's <c>rank</c> column:
    /// <c>ORDER BY rank</c> makes FTS5 compile a statement of its own for every query, inside the kept one, while
    /// <c>bm25()</c> in the SQL is compiled once with the command. Equal scores go by rowid.
    /// </remarks>
    public SqliteCommand Matches(string table, string match)
    {
        if (table is not ("docs_fts" or "titles_fts"))
            throw new ArgumentOutOfRangeException(nameof(table), table, "Not a full-text table of the index.");
        ref var kept = ref table == "docs_fts" ? ref _docsMatches : ref _titlesMatches;
        if (kept is null)
        {
            kept = Connection.CreateCommand();
            // table is one of the two names above, never user input.
            var weights = table == "docs_fts" ? IndexSchema.Bm25Weights : IndexSchema.TitlesBm25Weights;
            kept.CommandText =
                $"SELECT rowid, bm25({table}, {weights}) AS score FROM {table} WHERE {table} MATCH $match ORDER BY score, rowid LIMIT $limit";
            kept.Parameters.AddWithValue("$match", match);
            kept.Parameters.AddWithValue("$limit", CandidateLimit);
        }
        kept.Parameters[0].Value = match;
        return kept;
    }

    /// <summary>The rowids of up to 200 courses that lead to a role.</summary>
    public SqliteCommand Leads(string roleId)
    {
        if (_leads is null)
        {
            _leads = Connection.CreateCommand();
            _leads.CommandText = "SELECT course_rowid FROM leads WHERE role_id = $id LIMIT 200";
            _leads.Parameters.AddWithValue("$id", roleId);
        }
        _leads.Parameters[0].Value = roleId;
        return _leads;
    }

    /// <summary>
    /// Roles in any of <paramref name="families"/> (already trimmed and lower case; all roles when empty), lowest
    /// level first. The SQL depends only on how many names there are, so one command is kept for each count.
    /// </summary>
    public SqliteCommand Broad(IReadOnlyList<string> families)
    {
        if (families.Count > MaxFamilies)
            throw new ArgumentOutOfRangeException(nameof(families), families.Count, $"At most {MaxFamilies} families.");
        ref var kept = ref _broad[families.Count];
        if (kept is null)
        {
            kept = Connection.CreateCommand();
            var filter = "";
            if (families.Count > 0)
            {
                var names = new List<string>();
                for (var i = 0; i < families.Count; i++)
                {
                    names.Add("$f" + i);
                    kept.Parameters.AddWithValue("$f" + i, families[i]);
                }
                // Same loose match as FitRules.FamilyMatches: the whole name or one of its words.
                filter = " AND (" + string.Join(" OR ", names.Select(n =>
                    $"lower(family) = {n} OR ' ' || lower(family) || ' ' LIKE '% ' || {n} || ' %'")) + ")";
            }
            kept.CommandText = $"SELECT rowid FROM docs WHERE kind = 0{filter} ORDER BY min_level, rowid LIMIT {CandidateLimit * 2}";
        }
        for (var i = 0; i < families.Count; i++) kept.Parameters[i].Value = families[i];
        return kept;
    }

    /// <summary>
    /// Disposes the kept commands (they are made again when next needed): after a SQLite error, so a command
    /// left in an odd state is never run again.
    /// </summary>
    public void ForgetCommands()
    {
        Forget(ref _docsMatches);
        Forget(ref _titlesMatches);
        Forget(ref _leads);
        for (var i = 0; i < _broad.Length; i++) Forget(ref _broad[i]);
    }

    private static void Forget(ref SqliteCommand? command)
    {
        command?.Dispose();
        command = null;
    }

    /// <summary>Disposes the kept commands, then closes the connection.</summary>
    public void Dispose()
    {
        ForgetCommands();
        Connection.Dispose();
    }
}

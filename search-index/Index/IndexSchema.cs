namespace CareerBot.SearchIndex.Index;

/// <summary>The SQLite layout of the index file.</summary>
internal static class IndexSchema
{
    /// <summary>Bump when the layout changes; an index with another version is rebuilt.</summary>
    public const string Version = "5";

    /// <summary>Column weights for bm25: title > other names > summary > tasks > extra.</summary>
    public const string Bm25Weights = "10.0, 6.0, 3.0, 1.5, 0.8";

    /// <summary>Column weights for bm25 on the titles table: title > other names.</summary>
    public const string TitlesBm25Weights = "10.0, 6.0";

    public const int RoleKind = 0;
    public const int CourseKind = 1;

    public const string Create = $"""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE docs(
            rowid INTEGER PRIMARY KEY,
            kind INTEGER NOT NULL,
            id TEXT NOT NULL,
            min_level INTEGER NOT NULL,
            family TEXT NOT NULL,
            json TEXT NOT NULL);
        CREATE TABLE leads(course_rowid INTEGER NOT NULL, role_id TEXT NOT NULL);
        CREATE TABLE lists(name TEXT PRIMARY KEY, json TEXT NOT NULL);
        CREATE VIRTUAL TABLE docs_fts USING fts5(
            title, other_names, summary, tasks, extra,
            content = '', prefix = '2 3',
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE titles_fts USING fts5(
            title, other_names,
            content = '', prefix = '2 3',
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE words_fts USING fts5(
            text, content = '', detail = none,
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words_fts, 'row');
        INSERT INTO docs_fts(docs_fts, rank) VALUES('rank', 'bm25({Bm25Weights})');
        INSERT INTO titles_fts(titles_fts, rank) VALUES('rank', 'bm25({TitlesBm25Weights})');
        """;

    public const string CreateIndexes = """
        CREATE UNIQUE INDEX docs_kind_id ON docs(kind, id);
        CREATE INDEX docs_kind_level ON docs(kind, min_level);
        CREATE INDEX leads_role ON leads(role_id);
        INSERT INTO docs_fts(docs_fts) VALUES('optimize');
        INSERT INTO words_fts(words_fts) VALUES('optimize');
        INSERT INTO titles_fts(titles_fts) VALUES('optimize');
        """;
}

namespace CareerBot.SearchIndex.Index;

/// <summary>Where the index lives and where its data comes from. Bound from the "SearchIndex" config section.</summary>
public sealed class SearchIndexOptions
{
    /// <summary>The index file. Relative paths are under the program's folder.</summary>
    public string DatabasePath { get; set; } = Path.Combine("index", "catalogue.db");

    /// <summary>A folder with the data JSON files; null = the catalogue built into the program.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Watch the index file (and data folder) and reload on change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>The index path made absolute.</summary>
    public string FullDatabasePath => Path.IsPathRooted(DatabasePath)
        ? DatabasePath
        : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, DatabasePath));
}

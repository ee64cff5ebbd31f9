namespace CareerBot.Bot.State;

/// <summary>Where the SQLite state file is: Storage:SqlitePath (State:SqlitePath still read), under the content root.</summary>
internal static class StatePaths
{
    /// <summary>The key earlier builds read; honoured when Storage:SqlitePath is not set.</summary>
    public const string LegacySqlitePathKey = "State:SqlitePath";

    /// <summary>The configured path as written (may be relative), or null when none is set.</summary>
    public static string? Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? path = configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.SqlitePath)}"];
        if (string.IsNullOrWhiteSpace(path))
            path = configuration[LegacySqlitePathKey];
        return string.IsNullOrWhiteSpace(path) ? null : path;
    }

    public static string Sqlite(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(Configured(configuration) ?? StorageOptions.DefaultSqlitePath, contentRoot);
}

using CareerBot.Bot.State;

namespace CareerBot.Bot.Insights;

/// <summary>Where the insight counts are kept when Insights__DatabasePath is not set.</summary>
internal static class InsightsPaths
{
    public const string FileName = "insights.db";

    /// <summary>Beside the conversation state's SQLite file, else in ./data.</summary>
    public static string Database(IConfiguration configuration, InsightsOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.DatabasePath))
            return options.DatabasePath;
        string? statePath = StatePaths.Configured(configuration);
        string folder = string.IsNullOrWhiteSpace(statePath) ? "data" : Path.GetDirectoryName(statePath) ?? "";
        return Path.Combine(folder, FileName);
    }
}

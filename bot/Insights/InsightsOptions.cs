using System.ComponentModel.DataAnnotations;

namespace CareerBot.Bot.Insights;

/// <summary>The advisers' insight page and its anonymous figures.</summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>
    /// The key advisers enter on /insights (or send as a bearer token). Empty (the default) hides the
    /// page: it answers 404. Use at least 16 random characters.
    /// </summary>
    [RegularExpression("^.{16,}$", ErrorMessage = "Insights__Key must be empty (page off) or at least 16 characters.")]
    public string? Key { get; set; }

    /// <summary>
    /// Where the counts are kept: "Sqlite", "Redis", or "Auto" (the default): Redis when the conversation
    /// state is in Redis (Storage__Kind=redis), so all instances share one set of figures; else SQLite.
    /// </summary>
    [Required]
    [RegularExpression("(?i)^(auto|sqlite|redis)$")]
    public string Store { get; set; } = "Auto";

    /// <summary>Redis for the counts. Empty: the same Redis as the conversation state (Storage__Redis).</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>SQLite file for the anonymous counts. Empty: insights.db beside the conversation state file.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>A word residents typed that matched nothing is shown only once this many conversations typed it.</summary>
    [Range(2, 1000)]
    public int MinimumWordCount { get; set; } = 3;

    /// <summary>How many days the page shows when it opens.</summary>
    [Range(1, 366)]
    public int Days { get; set; } = 30;

    /// <summary>
    /// How often the counts of recent turns are written to the store, together (seconds). Between writes they wait in
    /// memory: a crash loses at most this long of anonymous counts; the page and "forget me" always write them first.
    /// </summary>
    [Range(0.05, 60)]
    public double WriteEverySeconds { get; set; } = 1;

    /// <summary>Time zone whose calendar days the figures are counted in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";
}

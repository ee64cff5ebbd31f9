using System.ComponentModel.DataAnnotations;

namespace CareerBot.Bot.State;

/// <summary>Where conversation state lives (section "Storage", e.g. <c>Storage__Kind=redis</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The SQLite file when <see cref="SqlitePath"/> is not set, under the content root.</summary>
    public const string DefaultSqlitePath = "state/conversations.db";

    /// <summary>"sqlite" (the default: one file, one instance) or "redis" (several instances share it). Any case.</summary>
    [Required]
    [RegularExpression("(?i)^(sqlite|redis)$", ErrorMessage = "Storage__Kind must be sqlite or redis.")]
    public string Kind { get; set; } = "sqlite";

    /// <summary>StackExchange.Redis configuration string, e.g. "redis:6379,password=...,ssl=true". Needed for redis.</summary>
    public string? Redis { get; set; }

    /// <summary>The SQLite state file. Relative paths are under the content root. Empty: state/conversations.db.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>A conversation not written for this many days is treated as gone and deleted (privacy).</summary>
    [Range(1, 3650)]
    public int IdleDays { get; set; } = 30;

    public bool UsesRedis => string.Equals(Kind, "redis", StringComparison.OrdinalIgnoreCase);

    public TimeSpan IdleTime => TimeSpan.FromDays(IdleDays);
}

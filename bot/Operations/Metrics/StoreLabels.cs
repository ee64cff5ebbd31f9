namespace CareerBot.Bot.Operations.Metrics;

/// <summary>The label values of careerbot_store_duration_seconds: a fixed, small set, so /metrics stays bounded.</summary>
internal static class StoreLabels
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Delete = "delete";
    public const string LeaseWait = "lease_wait";

    public const string Sqlite = "sqlite";
    public const string Redis = "redis";

    public const string Ok = "ok";
    public const string Conflict = "conflict";
    public const string Unavailable = "unavailable";
}

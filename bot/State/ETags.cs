namespace CareerBot.Bot.State;

/// <summary>New ETags: random, so two writers never produce the same one by chance.</summary>
internal static class ETags
{
    public const string Any = "*";

    public static string New() => Guid.NewGuid().ToString("N");
}

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>The bearer token the bot sends to the Bot Connector; null when no app id is configured.</summary>
public interface IBotTokenProvider
{
    /// <summary>A cached token, fetched again shortly before it expires.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>Drops <paramref name="token"/> from the cache (the channel answered 401 to it).</summary>
    void Invalidate(string token);
}

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>No app id configured: replies carry no Authorization header.</summary>
internal sealed class NoBotToken : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public void Invalidate(string token)
    {
    }
}

namespace CareerBot.Bot.Protocol;

/// <summary>
/// Checks the Authorization header of a request to /api/messages. With no MicrosoftAppId configured
/// every request is allowed (the Emulator's local mode). With one, the bearer token must be a valid
/// Bot Connector or Emulator token for this app; a Bot Connector token's serviceurl claim must equal
/// the activity's serviceUrl and its signing key must endorse the activity's channelId.
/// </summary>
public interface IInboundAuthenticator
{
    Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl,
        CancellationToken cancellationToken);
}

/// <param name="Allowed">True when the request may be processed.</param>
/// <param name="Failure">Why not (for the 401 problem detail and the log); never the token itself.</param>
public sealed record InboundAuthResult(bool Allowed, string? Failure = null)
{
    public static InboundAuthResult Ok { get; } = new(true);
    public static InboundAuthResult Denied(string why) => new(false, why);
}

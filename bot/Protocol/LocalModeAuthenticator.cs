namespace CareerBot.Bot.Protocol;

/// <summary>
/// Stand-in until the connector's JWT authenticator is registered: allows a request when no
/// MicrosoftAppId is configured (the Emulator's local mode) and refuses everything otherwise, so a
/// configured bot is never left open. Registered with TryAdd, so the real one replaces it.
/// </summary>
internal sealed class LocalModeAuthenticator(IConfiguration configuration) : IInboundAuthenticator
{
    public Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl,
        CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"])
            ? InboundAuthResult.Ok
            : InboundAuthResult.Denied("Token validation is not available in this build."));
}

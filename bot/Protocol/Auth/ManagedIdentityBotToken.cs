namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// UserAssignedMSI bots: a token from the App Service identity endpoint (IDENTITY_ENDPOINT, IDENTITY_HEADER)
/// or the Azure instance metadata service; the app id is the identity's client id.
/// </summary>
internal sealed class ManagedIdentityBotToken(
    IHttpClientFactory httpClients, BotCredentials credentials, BotAuthOptions options, TimeProvider clock)
    : CachedBotToken(clock, options.TokenRefreshBefore)
{
    protected override async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        string? appServiceEndpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        string? appServiceHeader = Environment.GetEnvironmentVariable("IDENTITY_HEADER");
        bool appService = !string.IsNullOrEmpty(appServiceEndpoint) && !string.IsNullOrEmpty(appServiceHeader);
        string query = $"?api-version={(appService ? "2019-08-01" : "2018-02-01")}"
            + $"&resource={Uri.EscapeDataString(options.ManagedIdentityResource)}"
            + $"&client_id={Uri.EscapeDataString(credentials.MicrosoftAppId ?? "")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, (appService ? appServiceEndpoint : options.ManagedIdentityEndpoint) + query);
        if (appService)
            request.Headers.Add("X-IDENTITY-HEADER", appServiceHeader);
        else
            request.Headers.Add("Metadata", "true");
        HttpClient client = httpClients.CreateClient(AuthRegistration.HttpClientName);
        try
        {
            using HttpResponseMessage response = await client.SendAsync(request, cancellationToken);
            return await ReadAsync(response, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new BotTokenException($"The managed identity endpoint could not be reached: {exception.Message}", true, exception);
        }
    }
}

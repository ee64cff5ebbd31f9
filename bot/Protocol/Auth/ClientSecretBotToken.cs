namespace CareerBot.Bot.Protocol.Auth;

/// <summary>MultiTenant and SingleTenant bots: the OAuth client-credentials grant with the app password.</summary>
internal sealed class ClientSecretBotToken(
    IHttpClientFactory httpClients, BotCredentials credentials, BotAuthOptions options, TimeProvider clock)
    : CachedBotToken(clock, options.TokenRefreshBefore)
{
    public Uri Endpoint { get; } = new(string.IsNullOrWhiteSpace(options.TokenEndpoint)
        ? $"{options.Authority.TrimEnd('/')}/{Uri.EscapeDataString(credentials.TokenTenant)}/oauth2/v2.0/token"
        : options.TokenEndpoint);

    protected override async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = credentials.MicrosoftAppId ?? "",
            ["client_secret"] = credentials.MicrosoftAppPassword ?? "",
            ["scope"] = options.Scope,
        });
        HttpClient client = httpClients.CreateClient(AuthRegistration.HttpClientName);
        try
        {
            using HttpResponseMessage response = await client.PostAsync(Endpoint, form, cancellationToken);
            return await ReadAsync(response, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new BotTokenException($"The token endpoint {Endpoint.Host} could not be reached: {exception.Message}", true, exception);
        }
    }
}

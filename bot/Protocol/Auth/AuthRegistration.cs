using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>Bot authentication both ways: inbound JWT checks and the outbound Connector token.</summary>
internal static class AuthRegistration
{
    /// <summary>The HttpClient for token and OpenID metadata endpoints.</summary>
    public const string HttpClientName = "BotAuth";

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentials>, BotCredentialsValidation>());
        services.AddOptions<BotAuthOptions>().BindConfiguration(BotAuthOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton<IInboundAuthenticator, JwtInboundAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider>(sp =>
        {
            BotCredentials credentials = sp.GetRequiredService<IOptions<BotCredentials>>().Value;
            if (!credentials.HasAppId)
                return new NoBotToken();
            BotAuthOptions options = sp.GetRequiredService<IOptions<BotAuthOptions>>().Value;
            var httpClients = sp.GetRequiredService<IHttpClientFactory>();
            var clock = sp.GetRequiredService<TimeProvider>();
            return credentials.AppType == BotAppType.UserAssignedMsi
                ? new ManagedIdentityBotToken(httpClients, credentials, options, clock)
                : new ClientSecretBotToken(httpClients, credentials, options, clock);
        });
        return services;
    }
}

using CareerBot.Bot.Channels.WebPage;
using CareerBot.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>The self-hosted Direct Line endpoint and the chat page that uses it.</summary>
internal static class DirectLineRegistration
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.TokenSecret) || o.TokenSecret.Length >= DirectLineTokens.MinimumSecretLength,
                $"DirectLine:TokenSecret must be at least {DirectLineTokens.MinimumSecretLength} characters.")
            .Validate(o => string.IsNullOrEmpty(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "DirectLine:PublicBaseUrl must be an absolute http(s) address.")
            .Validate(o => o.AllowedOrigins.All(x => Uri.TryCreate(x, UriKind.Absolute, out _)),
                "Each DirectLine:AllowedOrigins entry must be an origin such as https://partner.example.org.")
            .ValidateOnStart();
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section)
            .Validate(o => o.DirectLine != WebChatDirectLine.Azure || Uri.TryCreate(o.AzureDomain, UriKind.Absolute, out _),
                "WebChat:AzureDomain must be an absolute address.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineSignals>();
        services.AddSingleton<MemoryDirectLineLog>();
        // With Storage:Kind=redis every instance shares the logs (no sticky sessions needed); else memory.
        services.AddSingleton<IDirectLineLog>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesRedis
                ? new RedisDirectLineLog(provider.GetRequiredService<StateRedisConnection>(),
                    provider.GetRequiredService<DirectLineSignals>(), provider.GetRequiredService<IOptions<DirectLineOptions>>())
                : provider.GetRequiredService<MemoryDirectLineLog>());
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<DirectLineAddress>();
        services.AddSingleton<DirectLineOrigins>();
        services.AddSingleton<DirectLineRateLimits>();
        services.AddSingleton<DirectLineOutage>();
        services.AddHostedService<DirectLineSweeper>();
        services.AddHttpClient(WebChatEndpoints.AzureClient, client => client.Timeout = TimeSpan.FromSeconds(10));

        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .WithOrigins(directLine.Value.AllowedOrigins.Select(o => o.TrimEnd('/')).ToArray())
                .WithMethods("GET", "POST", "OPTIONS")
                .WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return builder;
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.MapWebChatPage();
        app.MapDirectLineEndpoints();
        return app;
    }
}

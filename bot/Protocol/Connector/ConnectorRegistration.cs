using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>The connector client: replies to a channel's serviceUrl, ordered per conversation, with retries.</summary>
internal static class ConnectorRegistration
{
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The pipeline owns timeouts; HttpClient's own 100 s limit must not cut an attempt short.
        services.AddHttpClient(ConnectorSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<ReplyDeliveryStats>();
        services.TryAddSingleton<ConnectorPipelines>();
        services.TryAddSingleton<ConnectorSender>();
        services.TryAddSingleton<ReplyQueue>();
        services.TryAddSingleton<IReplySender>(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddHostedService<ReplyQueueDrainer>();
        return services;
    }
}

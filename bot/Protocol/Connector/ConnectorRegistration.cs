using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>The connector client: replies to a channel's serviceUrl, ordered per conversation, with retries.</summary>
internal static class ConnectorRegistration
{
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section)
            .ValidateDataAnnotations()
            // Polly's own limits, checked at start-up rather than at the first reply.
            .Validate(o => o.AttemptTimeout >= TimeSpan.FromMilliseconds(10), "Connector:AttemptTimeout must be at least 10 ms.")
            .Validate(o => o.BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), "Connector:BreakerSamplingDuration must be at least 0.5 s.")
            .Validate(o => o.BreakerDuration >= TimeSpan.FromMilliseconds(500), "Connector:BreakerDuration must be at least 0.5 s.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.MaxRetryDelay >= o.RetryBaseDelay,
                "Connector:RetryBaseDelay must not be negative nor above Connector:MaxRetryDelay.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The pipeline owns timeouts; HttpClient's own 100 s limit must not cut an attempt short.
        // No logging handlers: they wrote four lines (and a scope) per reply; ReplyQueue logs every reply not delivered.
        // The primary handler keeps HttpClient's DiagnosticsHandler (ActivityHeadersPropagator as it is): ReplyQueue's
        // workers run with no Activity.Current, so per reply it makes no Activity and sends no traceparent unless
        // something listens to System.Net.Http, and then it is what gives the reply POSTs their client spans.
        services.AddHttpClient(ConnectorSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<ReplyDeliveryStats>();
        services.TryAddSingleton<ConnectorPipelines>();
        services.TryAddSingleton<ReplyAddresses>();
        services.TryAddSingleton<ConnectorSender>();
        services.TryAddSingleton<ReplyQueue>();
        services.TryAddSingleton<IReplySender>(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddHostedService<ReplyQueueDrainer>();
        return services;
    }
}

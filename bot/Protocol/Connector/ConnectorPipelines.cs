using System.Net;
using CareerBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// One resilience pipeline per serviceUrl host (scheme, host and port), so a failing channel opens
/// only its own circuit breaker. Each pipeline: retry (outermost) -> circuit breaker -> per-attempt timeout.
/// </summary>
internal sealed class ConnectorPipelines : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> registry = new();
    private readonly ConnectorOptions options;
    private readonly TimeProvider clock;
    private readonly ReplyDeliveryStats stats;

    public ConnectorPipelines(IOptions<ConnectorOptions> options, TimeProvider clock, ReplyDeliveryStats stats)
    {
        this.options = options.Value;
        this.clock = clock;
        this.stats = stats;
    }

    public ResiliencePipeline<HttpResponseMessage> For(Uri serviceUrl) =>
        registry.GetOrAddPipeline<HttpResponseMessage>(serviceUrl.GetLeftPart(UriPartial.Authority).ToLowerInvariant(),
            (builder, _) => Configure(builder));

    /// <summary>Status codes worth another try: throttling, timeouts, and server errors that may pass.</summary>
    public static bool IsTransient(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed => true,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        _ => (int)status >= 500,
    };

    private void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        builder.TimeProvider = clock;
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Exception: BotTokenException token } => token.Transient,
                { Result: { } response } => IsTransient(response.StatusCode),
                _ => false,
            }),
            DelayGenerator = args =>
            {
                // A channel that says when to come back is believed, up to the cap.
                TimeSpan? wait = RetryAfter.From(args.Outcome.Result, clock.GetUtcNow());
                return ValueTask.FromResult(wait is { } w ? (TimeSpan?)(w > options.MaxRetryDelay ? options.MaxRetryDelay : w) : null);
            },
            OnRetry = _ =>
            {
                stats.OnRetry();
                return ValueTask.CompletedTask;
            },
        });
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerDuration,
            // Throttling (429) is about one conversation's pace, not about the host being down.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutRejectedException } => true,
                { Result: { } response } => (int)response.StatusCode >= 500,
                _ => false,
            }),
        });
        builder.AddTimeout(options.AttemptTimeout);
    }

    public void Dispose() => registry.Dispose();
}

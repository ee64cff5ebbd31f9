using CareerBot.Bot.Protocol;
using CareerBot.Bot.Protocol.Auth;
using CareerBot.Bot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>The connector and auth registrations alone, as the bot wires them, with captured logs and short delays.</summary>
internal sealed class ConnectorRig : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ConnectorRig(ServiceProvider services, CapturingLoggerProvider logs)
    {
        this.services = services;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => services;

    public IReplySender Sender => services.GetRequiredService<IReplySender>();

    public ReplyDeliveryStats Stats => services.GetRequiredService<ReplyDeliveryStats>();

    public IBotTokenProvider Tokens => services.GetRequiredService<IBotTokenProvider>();

    public IInboundAuthenticator Authenticator => services.GetRequiredService<IInboundAuthenticator>();

    public IEnumerable<IHostedService> HostedServices => services.GetServices<IHostedService>();

    public IEnumerable<LogEntry> NotDelivered => Logs.Entries.Where(e => e.EventId == 4101);

    /// <summary>Test defaults: tiny retry delays, 5 s per attempt; <paramref name="settings"/> overrides them.</summary>
    public static ConnectorRig Create(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:MaxRetryDelay"] = "00:00:00.200",
            ["Connector:AttemptTimeout"] = "00:00:05",
        };
        foreach (var pair in settings ?? new Dictionary<string, string?>())
            values[pair.Key] = pair.Value;
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        if (clock is not null)
            services.AddSingleton(clock);
        services.AddBotAuthentication();
        services.AddConnector();
        return new ConnectorRig(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), logs);
    }

    public ValueTask SendAsync(params Activity[] activities) =>
        Sender.EnqueueAsync(activities, TestContext.Current.CancellationToken);

    /// <summary>Waits (up to a minute) until every queued activity was delivered or given up on.</summary>
    public async Task WaitUntilIdleAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await services.GetRequiredService<ReplyQueue>().WaitUntilIdleAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}

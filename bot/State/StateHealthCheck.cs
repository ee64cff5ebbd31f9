using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Bot.State;

/// <summary>/readyz: the conversation state store answers (the SQLite file opens, Redis answers PING).</summary>
internal sealed class StateHealthCheck([FromKeyedServices(StateRegistration.Backing)] IConversationStateStore store) : IHealthCheck
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (store is not IStateProbe probe)
            return HealthCheckResult.Healthy("The state store has no probe.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await probe.ProbeAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (StateUnavailableException error)
        {
            return HealthCheckResult.Unhealthy("The conversation state store cannot be reached.", error);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The conversation state store did not answer in time.");
        }
    }
}

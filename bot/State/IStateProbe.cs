namespace CareerBot.Bot.State;

/// <summary>A cheap round trip to the store, for /readyz. Throws when the store cannot be reached.</summary>
public interface IStateProbe
{
    Task ProbeAsync(CancellationToken cancellationToken);
}

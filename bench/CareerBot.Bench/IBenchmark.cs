namespace CareerBot.Bench;

/// <summary>A benchmark the bench tool can run by name.</summary>
public interface IBenchmark
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}

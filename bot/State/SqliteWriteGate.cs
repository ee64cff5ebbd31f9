using System.Collections.Concurrent;

namespace CareerBot.Bot.State;

/// <summary>
/// One writer at a time per SQLite file within this process. SQLite allows one writer per file anyway; without
/// this gate, concurrent turns all race for the write lock and the losers sleep in SQLite's busy handler
/// (1 ms growing to 100 ms, holding a thread-pool thread each), which under a few hundred residents made
/// writes queue for hundreds of milliseconds. Waiting here is asynchronous and first come, first served.
/// Other processes on the same file still meet SQLite's own lock and busy timeout. The state store reads through
/// the gate too, because it does all its work on one connection.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the file's write turn; dispose the result to pass it on.</summary>
    public static async ValueTask<Turn> EnterAsync(string databasePath, CancellationToken cancellationToken)
    {
        SemaphoreSlim gate = Gate(databasePath);
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    /// <summary>Waits (blocking) for the file's write turn; for disposal, where no caller can await.</summary>
    public static Turn Enter(string databasePath)
    {
        SemaphoreSlim gate = Gate(databasePath);
        gate.Wait();
        return new Turn(gate);
    }

    private static SemaphoreSlim Gate(string databasePath) =>
        Gates.GetOrAdd(databasePath, static _ => new SemaphoreSlim(1, 1));

    internal readonly struct Turn(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// A real redis-server on a free loopback port, stopped on dispose. By default it keeps nothing on disk;
/// a persistent one (append-only file in a temp folder, fsync on every write) keeps its data across
/// <see cref="StopAsync"/> and <see cref="RestartAsync"/> on the same port, as a restarted Redis would.
/// A cluster one is a Redis Cluster of one node holding every slot: it refuses, as a real cluster does, a
/// command or script whose keys are in different hash slots (CROSSSLOT).
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private const int PortAttempts = 5;
    private readonly string? dataFolder;
    private readonly bool cluster;
    private Process? process;

    private RedisServer(int port, string? dataFolder, bool cluster)
    {
        Port = port;
        this.dataFolder = dataFolder;
        this.cluster = cluster;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The test's own connection (reconnects by itself after a restart).</summary>
    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public bool IsRunning => process is { HasExited: false };

    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken) => StartAsync(persistent: false, cancellationToken);

    /// <summary>A one-node Redis Cluster (its node file in a temp folder, no data on disk).</summary>
    public static Task<RedisServer> StartClusterAsync(CancellationToken cancellationToken) =>
        StartAsync(persistent: false, cancellationToken, cluster: true);

    public static async Task<RedisServer> StartAsync(bool persistent, CancellationToken cancellationToken, bool cluster = false)
    {
        string? folder = persistent || cluster ? Directory.CreateTempSubdirectory("careerbot-redis-").FullName : null;
        RedisServer server;
        for (int attempt = 1; ; attempt++)
        {
            // FreePort only says the port is free now: another process (another test's server, a restarted one,
            // a Kestrel on port 0) can bind it before redis-server does. Then ours cannot listen, and a new port is
            // the answer; the server this test talks to is always its own.
            server = new RedisServer(FreePort(), folder, cluster);
            try
            {
                await server.LaunchAsync(cancellationToken);
                break;
            }
            catch (PortTakenException) when (attempt < PortAttempts)
            {
            }
        }
        // A command on loopback answers in well under a millisecond, but on a busy 2-core CI machine running many
        // test classes at once the client's reader can be kept waiting for seconds: the default 5 s timeout failed
        // a cluster test there once (EVAL, 5.2 s). The tests check what the store does, not how fast.
        var options = ConfigurationOptions.Parse(
            $"{server.ConnectionString},connectTimeout=2000,abortConnect=false,asyncTimeout=30000,syncTimeout=30000");
        server.Connection = await ConnectionMultiplexer.ConnectAsync(options);
        return server;
    }

    /// <summary>Kills the server at once (SIGKILL): clients see the connection drop.</summary>
    public async Task StopAsync()
    {
        if (process is null)
            return;
        if (!process.HasExited)
            process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>
    /// Starts the server again on the same port (and, when persistent, the same data). Throws
    /// <see cref="PortTakenException"/> when another process took the port while the server was down.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        await LaunchAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Connection is not null)
            await Connection.DisposeAsync();
        await StopAsync();
        if (dataFolder is not null)
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans temp.
            }
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var arguments = new List<string>
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "",
        };
        if (cluster)
            arguments.AddRange(["--appendonly", "no", "--dir", dataFolder!, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"]);
        else if (dataFolder is null)
            arguments.AddRange(["--appendonly", "no"]);
        else
            arguments.AddRange(["--appendonly", "yes", "--appendfsync", "always", "--dir", dataFolder]);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        Process started = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        var output = new StringBuilder();
        DataReceivedEventHandler keep = (_, line) =>
        {
            lock (output)
                output.AppendLine(line.Data);
        };
        started.OutputDataReceived += keep;
        started.ErrorDataReceived += keep;
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;

        try
        {
            await WaitUntilReadyAsync(started, output, cancellationToken);
            if (cluster)
                await TakeEverySlotAsync(cancellationToken);
        }
        catch
        {
            await StopAsync(); // never leave a server behind that no test will stop
            throw;
        }
    }

    // Ready when a fresh connection gets PONG (and the data is loaded: PING answers LOADING until then) from this
    // process: a PONG from another redis-server on the port means ours could not bind it.
    private async Task WaitUntilReadyAsync(Process started, StringBuilder output, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (started.HasExited)
                throw await WhyItStoppedAsync(started, output);
            long? answering;
            try
            {
                // allowAdmin for INFO, which says whose process answers.
                await using var probe = await ConnectionMultiplexer.ConnectAsync(
                    $"{ConnectionString},connectTimeout=1000,allowAdmin=true");
                await probe.GetDatabase().PingAsync();
                answering = await ProcessIdAsync(probe);
            }
            catch (Exception error) when (error is RedisConnectionException or RedisServerException or RedisTimeoutException
                                          && stopwatch.Elapsed < StartLimit)
            {
                await Task.Delay(100, cancellationToken);
                continue;
            }
            if (answering == started.Id)
                return;
            throw new PortTakenException(
                $"Port {Port} is answered by another redis-server (process {answering}), not the one started here.");
        }
    }

    // The node takes all 16,384 slots; the cluster answers once its state is ok.
    private async Task TakeEverySlotAsync(CancellationToken cancellationToken)
    {
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=1000,allowAdmin=true");
        IServer node = admin.GetServer(admin.GetEndPoints()[0]);
        await node.ExecuteAsync("CLUSTER", "ADDSLOTSRANGE", 0, 16383);
        var stopwatch = Stopwatch.StartNew();
        while (!((string?)await node.ExecuteAsync("CLUSTER", "INFO"))!.Contains("cluster_state:ok", StringComparison.Ordinal))
        {
            if (stopwatch.Elapsed > StartLimit)
                throw new InvalidOperationException($"The one-node cluster on port {Port} did not become ready.");
            await Task.Delay(50, cancellationToken);
        }
    }

    private async Task<Exception> WhyItStoppedAsync(Process started, StringBuilder output)
    {
        await started.WaitForExitAsync(); // and for the last lines of its output
        string said;
        lock (output)
            said = output.ToString();
        process = null;
        started.Dispose();
        return said.Contains("Address already in use", StringComparison.Ordinal)
            ? new PortTakenException($"redis-server could not listen on port {Port}, taken by another process:\n{said}")
            : new InvalidOperationException($"redis-server stopped while starting on port {Port}:\n{said}");
    }

    private static async Task<long?> ProcessIdAsync(ConnectionMultiplexer connection)
    {
        IGrouping<string, KeyValuePair<string, string>>[] info =
            await connection.GetServer(connection.GetEndPoints()[0]).InfoAsync("server");
        string? id = info.SelectMany(section => section).FirstOrDefault(pair => pair.Key == "process_id").Value;
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out long pid) ? pid : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The port a redis-server was to listen on belongs to another process.</summary>
internal sealed class PortTakenException(string message) : Exception(message);

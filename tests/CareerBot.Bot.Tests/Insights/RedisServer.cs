using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// A real redis-server on a free loopback port, stopped on dispose. By default it keeps nothing on disk;
/// a persistent one (append-only file in a temp folder, fsync on every write) keeps its data across
/// <see cref="StopAsync"/> and <see cref="RestartAsync"/> on the same port, as a restarted Redis would.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private readonly string? dataFolder;
    private Process? process;

    private RedisServer(int port, string? dataFolder)
    {
        Port = port;
        this.dataFolder = dataFolder;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The test's own connection (reconnects by itself after a restart).</summary>
    public ConnectionMultiplexer Connection { get; private set; } = null!;

    public bool IsRunning => process is { HasExited: false };

    public static Task<RedisServer> StartAsync(CancellationToken cancellationToken) => StartAsync(persistent: false, cancellationToken);

    public static async Task<RedisServer> StartAsync(bool persistent, CancellationToken cancellationToken)
    {
        string? folder = persistent ? Directory.CreateTempSubdirectory("careerbot-redis-").FullName : null;
        var server = new RedisServer(FreePort(), folder);
        await server.LaunchAsync(cancellationToken);
        var options = ConfigurationOptions.Parse($"{server.ConnectionString},connectTimeout=2000,abortConnect=false");
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

    /// <summary>Starts the server again on the same port (and, when persistent, the same data).</summary>
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
        if (dataFolder is null)
            arguments.AddRange(["--appendonly", "no"]);
        else
            arguments.AddRange(["--appendonly", "yes", "--appendfsync", "always", "--dir", dataFolder]);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        Process started = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _ = started.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = started.StandardError.ReadToEndAsync(CancellationToken.None);
        process = started;

        // Ready when a fresh connection gets PONG (and the data is loaded: PING answers LOADING until then).
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},connectTimeout=1000");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (Exception error) when (error is RedisConnectionException or RedisServerException or RedisTimeoutException
                                          && stopwatch.Elapsed < StartLimit && !started.HasExited)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace CareerBot.Bench.Scale;

/// <summary>
/// A throw-away redis-server on 127.0.0.1 and a free port, no persistence; killed on dispose.
/// The server the bench talks to is always the one started here.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);
    private const int PortAttempts = 5;
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    /// <summary>CPU time redis-server has used so far (it runs on the same cores as the bench).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string (Storage:Redis).</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // FreePort only says the port is free now: another process can bind it before redis-server does.
            // Then ours cannot listen, and a new port is the answer.
            var server = Launch(FreePort());
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken);
                return server;
            }
            catch (Exception error)
            {
                await server.DisposeAsync(); // never leave a server running that nobody will stop
                if (error is not PortTakenException || attempt == PortAttempts) throw;
            }
        }
    }

    private static RedisServer Launch(int port)
    {
        var info = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        var server = new RedisServer(process, port);
        DataReceivedEventHandler keep = (_, line) =>
        {
            lock (server._output) server._output.AppendLine(line.Data);
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    // Ready when a fresh connection gets PONG from this process: a PONG from another redis-server on the port
    // means ours could not bind it.
    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
                throw await WhyItStoppedAsync();
            if (stopwatch.Elapsed > StartLimit)
                throw new TimeoutException($"redis-server on port {Port} did not answer within {StartLimit.TotalSeconds:0} s:\n{Output()}");
            long? answering;
            try
            {
                // allowAdmin for INFO, which says whose process answers.
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"{Configuration},connectTimeout=1000,allowAdmin=true");
                await probe.GetDatabase().PingAsync();
                answering = await ProcessIdAsync(probe);
            }
            catch (Exception error) when (error is RedisConnectionException or RedisServerException or RedisTimeoutException)
            {
                await Task.Delay(100, cancellationToken);
                continue;
            }
            if (answering == _process.Id) return;
            throw new PortTakenException($"Port {Port} is answered by another redis-server (process {answering}), not the one started here.");
        }
    }

    private async Task<Exception> WhyItStoppedAsync()
    {
        await _process.WaitForExitAsync(); // and for the last lines of its output
        var said = Output();
        return said.Contains("Address already in use", StringComparison.Ordinal)
            ? new PortTakenException($"redis-server could not listen on port {Port}, taken by another process:\n{said}")
            : new InvalidOperationException($"redis-server stopped while starting on port {Port} (exit code {_process.ExitCode}):\n{said}");
    }

    private string Output()
    {
        lock (_output) return _output.ToString();
    }

    private static async Task<long?> ProcessIdAsync(ConnectionMultiplexer connection)
    {
        var info = await connection.GetServer(connection.GetEndPoints()[0]).InfoAsync("server");
        var id = info.SelectMany(section => section).FirstOrDefault(pair => pair.Key == "process_id").Value;
        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>The port a redis-server was to listen on belongs to another process.</summary>
internal sealed class PortTakenException(string message) : Exception(message);

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;
using StackExchange.Redis;

namespace CareerBot.Bot.Tests.Insights;

/// <summary>
/// The test redis-server is the one the test started, or the start fails: a port can be taken between choosing
/// it and redis-server binding it (or while a server is down for a restart), and then another process answers there.
/// </summary>
public sealed class RedisServerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RestartAsync_AnotherRedisTookThePortWhileDown_ThrowsInsteadOfUsingIt()
    {
        await using RedisServer server = await RedisServer.StartAsync(Cancel);
        await server.StopAsync();
        using Process other = StartBareRedis(server.Port);
        try
        {
            await WaitForPongAsync(server.ConnectionString);

            var error = await Assert.ThrowsAsync<PortTakenException>(() => server.RestartAsync(Cancel));

            Assert.Contains(server.Port.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
            Assert.False(server.IsRunning);
        }
        finally
        {
            other.Kill();
            await other.WaitForExitAsync(Cancel);
        }
    }

    [Fact]
    public async Task RestartAsync_PortHeldByAnotherListener_ThrowsWithRedisOwnWords()
    {
        await using RedisServer server = await RedisServer.StartAsync(Cancel);
        await server.StopAsync();
        using var listener = new TcpListener(IPAddress.Loopback, server.Port);
        listener.Start();

        var error = await Assert.ThrowsAsync<PortTakenException>(() => server.RestartAsync(Cancel));

        Assert.Contains("Address already in use", error.Message, StringComparison.Ordinal);
        Assert.False(server.IsRunning);
    }

    [Fact]
    public async Task StartAsync_Twice_GivesTwoServersThatShareNothing()
    {
        await using RedisServer first = await RedisServer.StartAsync(Cancel);
        await using RedisServer second = await RedisServer.StartAsync(Cancel);

        await first.Connection.GetDatabase().StringSetAsync("owner", "first");

        Assert.NotEqual(first.Port, second.Port);
        Assert.False(await second.Connection.GetDatabase().KeyExistsAsync("owner"));
    }

    private static Process StartBareRedis(int port)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", "", "--appendonly", "no"])
            start.ArgumentList.Add(argument);
        Process process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForPongAsync(string connectionString)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(connectionString + ",connectTimeout=1000");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (stopwatch.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100, Cancel);
            }
        }
    }
}

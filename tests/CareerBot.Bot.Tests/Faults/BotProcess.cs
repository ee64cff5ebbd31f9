using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Bot.Tests.Faults;

/// <summary>
/// The built bot program as a real child process (<c>dotnet CareerBot.Bot.dll --urls http://127.0.0.1:0</c>),
/// settings given as environment variables the way a container gets them. It reports the port it got
/// in its "Now listening on" log line. <see cref="Kill"/> is kill -9: no shutdown, no flushing.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private readonly Process process;
    private readonly StringBuilder log = new();

    private BotProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public bool HasExited => process.HasExited;

    /// <summary>What the process wrote so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    /// <param name="name">For messages, e.g. "instance 1".</param>
    /// <param name="folder">Working directory (the content root), a temp folder.</param>
    /// <param name="settings">Configuration keys such as "Storage:Kind"; passed as Storage__Kind.</param>
    public static async Task<BotProcess> StartAsync(string name, string folder, IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "CareerBot.Bot.dll"), "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(argument);
        foreach (string inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_URLS" })
            start.Environment.Remove(inherited);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach ((string key, string value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var bot = new BotProcess(process, name);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) => bot.Collect(line.Data, listening);
        process.ErrorDataReceived += (_, line) => bot.Collect(line.Data, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        try
        {
            Task exited = process.WaitForExitAsync(limit.Token);
            if (await Task.WhenAny(listening.Task, exited) != listening.Task)
                throw new InvalidOperationException($"{name} exited before it listened:\n{bot.Log}");
            bot.Address = await listening.Task;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            bot.Kill();
            throw new TimeoutException($"{name} did not start listening within {StartLimit}:\n{bot.Log}");
        }
        bot.Http = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(100) };
        return bot;
    }

    private void Collect(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
            return;
        lock (log)
            log.AppendLine(line);
        if (Listening().Match(line) is { Success: true } match)
            listening.TrySetResult(new Uri(match.Groups[1].Value.TrimEnd('/') + "/"));
    }

    /// <summary>SIGKILL, as kill -9: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

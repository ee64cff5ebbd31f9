using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Fuzz;

/// <summary>Keeps every error-level log entry with its exception, so a fuzz failure shows where it broke.</summary>
internal sealed partial class ErrorLogCapture : ILoggerProvider
{
    [GeneratedRegex(@"HTTP 4\d\d \(")]
    private static partial Regex Refusal();

    private readonly ConcurrentQueue<ErrorLog> _entries = new();

    public IReadOnlyList<ErrorLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<ErrorLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error) return;
            var message = formatter(state, exception);
            entries.Enqueue(new ErrorLog(category, message.Length > 400 ? message[..400] + "…" : message, exception,
                Refusal().IsMatch(message)));
        }
    }
}

/// <param name="ChannelRefused">The message says the channel answered a 4xx (e.g. 414 for an id too long for a URL).</param>
internal sealed record ErrorLog(string Category, string Message, Exception? Exception, bool ChannelRefused)
{
    public override string ToString() => $"{Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
}

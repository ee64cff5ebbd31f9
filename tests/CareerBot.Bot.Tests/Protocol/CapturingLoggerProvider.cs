using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>Keeps every log entry, with its named values, so a test can check what was logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                foreach (var pair in pairs)
                    values[pair.Key] = pair.Value;
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception), values));
        }
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message,
    IReadOnlyDictionary<string, object?> Values)
{
    public string? Value(string name) => Values.TryGetValue(name, out object? value) ? value?.ToString() : null;
}

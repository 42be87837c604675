using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Tests.Support;

public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Error)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}

/// <summary>Keeps every log line so tests can assert on messages (and that no token ever appears).</summary>
public sealed class LogCapture : ILoggerProvider
{
    public Observed<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Add(new LogEntry(logLevel, category, formatter(state, exception), exception));
    }
}

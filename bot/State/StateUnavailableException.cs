namespace CareerBot.Bot.State;

/// <summary>
/// The state store cannot be reached (Redis down, disk full) after its own retries. The pipeline
/// answers the resident with a short apology and the channel with 503 so it retries; nothing is written.
/// </summary>
public sealed class StateUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>The bot could not get its outbound token. <see cref="Transient"/> when trying again may help.</summary>
public sealed class BotTokenException(string message, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}

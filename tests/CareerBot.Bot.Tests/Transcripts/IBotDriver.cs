using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>Sends a resident's activity to the bot and returns the bot's replies for that turn.</summary>
public interface IBotDriver : IAsyncDisposable
{
    Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken);
}

using CareerBot.Bot.Protocol;
using CareerBot.Bot.Tests.Protocol;

namespace CareerBot.Bot.Tests.Transcripts;

/// <summary>
/// Talks to the real bot program over HTTP on loopback, as a channel would: each activity is POSTed to
/// /api/messages with deliveryMode expectReplies and the replies come back in the body. Returns the
/// messages the resident sees (an endOfConversation is the channel's business, not shown).
/// </summary>
public sealed class HttpBotDriver : IBotDriver
{
    private readonly BotHostFixture _host;

    private HttpBotDriver(BotHostFixture host) => _host = host;

    public BotHostFixture Host => _host;

    public static async Task<HttpBotDriver> StartAsync(CancellationToken cancellationToken) =>
        new(await BotHostFixture.StartAsync(cancellationToken));

    /// <summary>Stops the bot and starts it again on the same state file.</summary>
    public Task RestartAsync() => _host.RestartAsync();

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        (await _host.ExpectRepliesAsync(activity, cancellationToken)).Where(a => a.Type == ActivityTypes.Message).ToList();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

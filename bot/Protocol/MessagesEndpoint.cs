using System.Buffers;
using System.Text.Json;
using CareerBot.Bot.Hosting;

namespace CareerBot.Bot.Protocol;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework messaging endpoint. Checks the request, asks the
/// <see cref="IInboundAuthenticator"/>, then hands the activity to the <see cref="IActivityProcessor"/>.
/// Bad input gets application/problem+json: 415 content type, 413 size, 400 malformed or missing
/// fields or text too long, 401 refused. Unknown activity types are acknowledged with 200 and ignored.
/// </summary>
internal static partial class MessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Activity types the bot acts on; every other type is acknowledged and ignored.</summary>
    private static readonly HashSet<string> ActedOn = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    public static RouteHandlerBuilder MapMessages(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext http, IInboundAuthenticator authenticator,
        IActivityProcessor processor, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (!request.HasJsonContentType())
            return Problems.UnsupportedMediaType(request.ContentType);
        if (request.ContentLength > ActivityLimits.MaxBodyBytes)
            return Problems.TooLarge(ActivityLimits.MaxBodyBytes);

        using var body = await ReadBodyAsync(request.Body, ActivityLimits.MaxBodyBytes, cancellationToken);
        if (body is null)
            return Problems.TooLarge(ActivityLimits.MaxBodyBytes);

        Activity? activity = null;
        string? malformed = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Memory.Span, BotJson.Options);
            if (activity is null) malformed = "The body must be one activity object, not null.";
        }
        catch (JsonException ex)
        {
            malformed = $"The body is not a valid activity in JSON (at {ex.Path ?? "$"}, line {ex.LineNumber + 1}).";
        }

        // Authorisation first, so a caller without a valid token learns nothing about the body.
        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity?.ChannelId, activity?.ServiceUrl, cancellationToken);
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (!auth.Allowed)
        {
            LogRefused(logger, activity?.ChannelId, auth.Failure);
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Unauthorized(auth.Failure);
        }
        if (malformed is not null)
            return Problems.Malformed(malformed);

        if (Check(activity!) is { } problem)
            return problem;
        if (!ActedOn.Contains(activity!.Type!))
        {
            LogIgnored(logger, activity.Type!, activity.Conversation?.Id);
            return TypedResults.Ok();
        }

        // callerId is never taken from the wire; the authenticator's result is all we trust.
        var result = await processor.ProcessAsync(activity with { CallerId = null }, cancellationToken);
        return ToHttp(result, IsExpectReplies(activity));
    }

    internal static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase);

    /// <summary>The 400 for an activity the bot cannot answer, or null when it is complete enough.</summary>
    private static IResult? Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return Problems.MissingField("type", "Every activity needs a type, such as \"message\".");
        if (!ActedOn.Contains(activity.Type))
            return null;
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return Problems.MissingField("conversation.id", "The activity needs conversation.id, so the bot knows which conversation it belongs to.");
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
            return Problems.MissingField("channelId", "The activity needs channelId, such as \"emulator\" or \"msteams\".");
        if (!IsExpectReplies(activity))
        {
            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
                return Problems.MissingField("serviceUrl", "The activity needs serviceUrl, where the bot sends its replies (or deliveryMode \"expectReplies\").");
            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
                return Problems.Malformed("serviceUrl must be an absolute http or https address.");
        }
        if (activity.Text is { Length: > ActivityLimits.MaxTextLength } text)
            return Problems.TextTooLong(text.Length, ActivityLimits.MaxTextLength);
        return null;
    }

    private static IResult ToHttp(ProcessResult result, bool expectReplies) => result.StatusCode switch
    {
        StatusCodes.Status503ServiceUnavailable => Problems.StateUnavailable(),
        StatusCodes.Status500InternalServerError => Problems.TurnFailed(),
        >= 400 and not StatusCodes.Status501NotImplemented => Problems.Status(result.StatusCode),
        _ when expectReplies && result.StatusCode == StatusCodes.Status200OK =>
            TypedResults.Json(new ExpectedReplies(result.Replies ?? []), BotJson.Options),
        _ when result.InvokeBody is not null => TypedResults.Json(result.InvokeBody, BotJson.Options, statusCode: result.StatusCode),
        _ => TypedResults.StatusCode(result.StatusCode),
    };

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (chunked bodies have no length up front).</summary>
    private static async Task<BodyBuffer?> ReadBodyAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var buffer = new BodyBuffer();
        while (true)
        {
            var memory = buffer.GetSpace();
            var read = await stream.ReadAsync(memory, cancellationToken);
            if (read == 0) return buffer;
            buffer.Advance(read);
            if (buffer.Length > limit)
            {
                buffer.Dispose();
                return null;
            }
        }
    }

    /// <summary>A growable pooled byte buffer.</summary>
    private sealed class BodyBuffer : IDisposable
    {
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);

        public int Length { get; private set; }

        public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, Length);

        public Memory<byte> GetSpace()
        {
            if (Length == _bytes.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(_bytes.Length * 2);
                _bytes.AsSpan(0, Length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = bigger;
            }
            return _bytes.AsMemory(Length);
        }

        public void Advance(int count) => Length += count;

        public void Dispose()
        {
            if (_bytes.Length == 0) return;
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from channel {ChannelId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? channelId, string? reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an activity of type {ActivityType} in conversation {ConversationId}")]
    private static partial void LogIgnored(ILogger logger, string activityType, string? conversationId);
}

using CareerBot.Bot.Protocol;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The application/problem+json answers of the Direct Line endpoint. <c>code</c> carries Azure Direct
/// Line's error code, which clients such as Web Chat know. No answer ever echoes a token.
/// </summary>
internal static class DirectLineProblems
{
    private const string TypeBase = "https://careerbot.example.org/problems/directline/";

    /// <summary>Seconds a client is asked to wait while the activity store is away (the connection retries within 5 s).</summary>
    public const int RetryAfterSeconds = 5;

    public static IResult MissingToken() => Make(StatusCodes.Status401Unauthorized, "MissingToken",
        "Token needed", "Send 'Authorization: Bearer <token>' with a token from tokens/generate.");

    public static IResult BadToken() => Make(StatusCodes.Status403Forbidden, "BadToken",
        "Token not accepted", "The token was not issued by this bot or was changed. Get a new one from tokens/generate.");

    public static IResult ExpiredToken() => Make(StatusCodes.Status403Forbidden, "TokenExpired",
        "Token expired", "The token has expired. Get a new one from tokens/generate.");

    public static IResult OtherConversation() => Make(StatusCodes.Status403Forbidden, "WrongConversation",
        "Token is for another conversation", "A token works only for the conversation it was issued for.");

    public static IResult SecretNeeded() => Make(StatusCodes.Status401Unauthorized, "MissingSecret",
        "Secret needed", "This bot issues tokens only to servers that send its Direct Line secret.");

    public static IResult TooLarge(int limit) => Make(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
        "Activity too large", $"An activity may be at most {limit} bytes.");

    public static IResult BadArgument(string detail) => Make(StatusCodes.Status400BadRequest, "BadArgument",
        "Bad request", detail);

    public static IResult NotWebSocket() => Make(StatusCodes.Status400BadRequest, "BadArgument",
        "WebSocket needed", "Open the streamUrl as a WebSocket.");

    public static IResult OriginNotAllowed() => Make(StatusCodes.Status403Forbidden, "OriginNotAllowed",
        "Origin not allowed", "Pages from this site may not open the stream. Add the site to DirectLine:AllowedOrigins.");

    public static IResult BotError() => Make(StatusCodes.Status502BadGateway, "BotError",
        "The bot could not answer", "The activity was received, but the bot failed to process it.");

    /// <summary>429; with Retry-After when the limiter says how long until a request is allowed again.</summary>
    public static IResult TooManyRequests(int? retryAfterSeconds) => retryAfterSeconds is { } seconds
        ? new RetryAfterResult(Make(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests",
            $"Slow down: try again in {seconds} seconds."), seconds)
        : Make(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests", "Slow down and try again shortly.");

    /// <summary>503 with Retry-After: the activities cannot be stored or read just now (Redis is away).</summary>
    public static IResult Unavailable() => new RetryAfterResult(Make(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable",
        "Conversation store unavailable", $"The bot cannot reach where it keeps conversations just now. Try again in {RetryAfterSeconds} seconds."),
        RetryAfterSeconds);

    private static IResult Make(int status, string code, string title, string detail) => TypedResults.Problem(
        detail: detail, statusCode: status, title: title, type: TypeBase + code,
        extensions: new Dictionary<string, object?> { ["code"] = code });
}

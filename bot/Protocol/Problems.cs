namespace CareerBot.Bot.Protocol;

/// <summary>
/// The application/problem+json answers of /api/messages. Titles are fixed per kind of problem; the
/// detail says what to change. Neither ever echoes the resident's text or a token.
/// </summary>
internal static class Problems
{
    private const string TypeBase = "https://careerbot.example.org/problems/";

    public static IResult UnsupportedMediaType(string? contentType) => Make(StatusCodes.Status415UnsupportedMediaType,
        "unsupported-media-type", "Unsupported content type",
        $"Send the activity as application/json (the request said '{Shorten(contentType ?? "nothing")}').");

    public static IResult TooLarge(int limit) => Make(StatusCodes.Status413PayloadTooLarge,
        "too-large", "Activity too large", $"The body is over the limit of {limit} bytes.");

    public static IResult Malformed(string detail) => Make(StatusCodes.Status400BadRequest,
        "malformed-activity", "Malformed activity", detail);

    public static IResult MissingField(string field, string why) => Make(StatusCodes.Status400BadRequest,
        "missing-field", $"Missing {field}", why);

    public static IResult TextTooLong(int length, int limit) => Make(StatusCodes.Status400BadRequest,
        "text-too-long", "Text too long", $"The text has {length} characters; the limit is {limit}.");

    public static IResult Unauthorized(string? why) => Make(StatusCodes.Status401Unauthorized,
        "unauthorized", "Unauthorized", why ?? "The request is not authorised for this bot.");

    /// <summary>Seconds a channel is asked to wait before it sends the activity again after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    public static IResult StateUnavailable() => new RetryAfterResult(Make(StatusCodes.Status503ServiceUnavailable,
        "state-unavailable", "Conversation state unavailable",
        $"The bot cannot reach its conversation store just now. Please retry the activity in {RetryAfterSeconds} seconds."), RetryAfterSeconds);

    public static IResult TurnFailed() => Make(StatusCodes.Status500InternalServerError,
        "turn-failed", "The turn failed", "The bot could not process this activity. The error is logged.");

    public static IResult Status(int status) => Make(status, "status-" + status, "The activity was not processed",
        $"The bot answered {status}.");

    private static IResult Make(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type);

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80];
}

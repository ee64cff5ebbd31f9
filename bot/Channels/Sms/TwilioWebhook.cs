using CareerBot.Bot.Conversation;
using CareerBot.Bot.Hosting;
using CareerBot.Bot.Protocol;
using CareerBot.Dialogs.Messages;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.Sms;

/// <summary>
/// POST /api/sms/twilio: Twilio's messaging webhook, for deployments without Azure Bot Service. Checks the
/// X-Twilio-Signature, turns the SMS into an "sms" activity for a conversation named by a hash of the sender's
/// number, runs it in process (expectReplies) and answers with TwiML. 404 while Twilio:AuthToken is unset.
/// </summary>
internal static class TwilioWebhook
{
    public const string Path = "/api/sms/twilio";
    public const string SignatureHeader = "X-Twilio-Signature";
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointConventionBuilder MapTwilioWebhook(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext http, IOptionsMonitor<TwilioOptions> options,
        IActivityProcessor processor, SmsNumberHasher hasher, TimeProvider clock, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TwilioWebhook));
        var settings = options.CurrentValue;
        if (string.IsNullOrEmpty(settings.AuthToken)) return Results.NotFound();
        if (!http.Request.HasFormContentType) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
        var url = string.IsNullOrWhiteSpace(settings.PublicUrl) ? RequestUrl(http.Request) : settings.PublicUrl.Trim();
        if (!TwilioSignature.IsValid(settings.AuthToken, url, fields, http.Request.Headers[SignatureHeader]))
        {
            logger.LogWarning("Twilio webhook: the signature does not match {Url}; refused", url);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var from = form["From"].ToString();
        if (from.Length == 0) return Results.BadRequest();
        var who = hasher.Hash(from);
        var conversationId = "sms-" + who;
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = form["MessageSid"].ToString() is { Length: > 0 } sid ? sid : null,
            ChannelId = SmsGate.ChannelId,
            Timestamp = clock.GetUtcNow(),
            From = new ChannelAccount("sms-user-" + who) { Role = "user" },
            Recipient = new ChannelAccount("careerbot", "CareerBot") { Role = "bot" },
            Conversation = new ConversationAccount(conversationId),
            Text = form["Body"].ToString(),
            Locale = "en-GB",
            DeliveryMode = "expectReplies",
        };

        ProcessResult result;
        try
        {
            result = await processor.ProcessAsync(inbound, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Twilio webhook: the turn for {ConversationId} failed", conversationId);
            return Reply([MessageCatalogue.Default.Get(MessageKeys.ErrorSorry)]);
        }
        var replies = (result.Replies ?? []).Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text)).ToList();
        if (result.StatusCode >= 500)
        {
            // The pipeline's apology comes back as the reply; Twilio does not retry, so the resident is told.
            logger.LogWarning("Twilio webhook: the turn for {ConversationId} answered {Status}", conversationId, result.StatusCode);
            if (replies.Count == 0) return Reply([MessageCatalogue.Default.Get(MessageKeys.ErrorSorry)]);
        }

        // With Twilio's Advanced Opt-Out on, Twilio has already answered the keyword itself (OptOutType is set):
        // the bot still records the STOP or START, but sends nothing, so the resident is not told twice.
        if (form["OptOutType"].ToString().Length > 0)
        {
            logger.LogInformation("Twilio webhook: {ConversationId} sent a keyword Twilio answered itself", conversationId);
            return Reply([]);
        }
        var parts = replies
            .SelectMany(a => ChannelReplyRenderer.Split(a.Text!, ChannelReplyRenderer.SmsPartLength))
            .ToList();
        logger.LogInformation("Twilio webhook: {ConversationId} gets {Parts} SMS", conversationId, parts.Count);
        return Reply(parts);
    }

    private static IResult Reply(IEnumerable<string> parts) => Results.Text(TwiML.Messages(parts), TwiML.ContentType);

    private static string RequestUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
}

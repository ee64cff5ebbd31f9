using System.Globalization;
using System.Text.Json;
using CareerBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Channels.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST endpoint under <c>/v3/directline</c>, as Web Chat (DirectLineJS) calls it:
/// tokens, conversations, activities with watermarks; the WebSocket stream is in <see cref="DirectLineStream"/>.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    public static RouteGroupBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<DirectLineRateLimits>();
        var group = app.MapGroup(DirectLineAddress.BasePath).RequireCors(CorsPolicy)
            .AddEndpointFilter(app.ServiceProvider.GetRequiredService<DirectLineOutage>());

        group.MapPost("/tokens/generate", GenerateAsync).AddEndpointFilter(limits.NewConversations);
        group.MapPost("/tokens/refresh", Refresh).AddEndpointFilter(limits.Requests);
        group.MapPost("/conversations", StartAsync).AddEndpointFilter(limits.NewConversations);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync).AddEndpointFilter(limits.Requests);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync).AddEndpointFilter(limits.Requests);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync).AddEndpointFilter(limits.Requests);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.RunAsync).AddEndpointFilter(limits.Requests);
        return group;
    }

    /// <summary>POST tokens/generate: a token for a new conversation (the secret is needed when one is configured).</summary>
    private static async Task<IResult> GenerateAsync(HttpContext http, DirectLineTokens tokens, IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        if (tokens.HasSecret && check.Verdict != TokenVerdict.Secret)
            return check.Verdict == TokenVerdict.Missing ? DirectLineProblems.SecretNeeded() : DirectLineProblems.BadToken();

        var body = await ReadAsync<TokenParameters>(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body.Problem is { } problem) return problem;
        if (UserIdProblem(body.Value?.User?.Id) is { } bad) return bad;

        var conversationId = DirectLineIds.Conversation();
        var userId = body.Value?.User?.Id ?? DirectLineIds.User();
        return TypedResults.Ok(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId),
            (int)tokens.Lifetime.TotalSeconds));
    }

    /// <summary>POST tokens/refresh: the same conversation and user, a new expiry. Expired: 403 (Web Chat's cue).</summary>
    private static IResult Refresh(HttpContext http, DirectLineTokens tokens)
    {
        var check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        if (Refused(check) is { } refused) return refused;
        if (check.Verdict != TokenVerdict.Valid) return DirectLineProblems.BadToken();
        var token = check.Token!;
        return TypedResults.Ok(new DirectLineConversationResponse(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId),
            (int)tokens.Lifetime.TotalSeconds));
    }

    /// <summary>
    /// POST conversations: starts the token's conversation (201, and the bot welcomes the user) or answers
    /// 200 when it has started already. With the secret, a new conversation and token are made.
    /// </summary>
    private static async Task<IResult> StartAsync(HttpContext http, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineTurns turns, DirectLineAddress address, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        if (Refused(check) is { } refused) return refused;

        var body = await ReadAsync<TokenParameters>(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body.Problem is { } problem) return problem;
        if (UserIdProblem(body.Value?.User?.Id) is { } bad) return bad;

        DirectLineToken granted;
        string token;
        if (check.Verdict == TokenVerdict.Secret)
        {
            var id = DirectLineIds.Conversation();
            token = tokens.Issue(id, body.Value?.User?.Id ?? DirectLineIds.User());
            granted = tokens.Check(token).Token!;
        }
        else
        {
            granted = check.Token!;
            token = tokens.Issue(granted.ConversationId, granted.UserId);
        }

        var fresh = await conversations.Log.TryStartAsync(granted.ConversationId, cancellationToken);
        var answer = new DirectLineConversationResponse(granted.ConversationId, token, (int)tokens.Lifetime.TotalSeconds,
            address.StreamUrl(http.Request, granted.ConversationId, token, watermark: null));
        if (!fresh) return TypedResults.Ok(answer);

        var user = new ChannelAccount(granted.UserId, body.Value?.User?.Name) { Role = "user" };
        await turns.StartAsync(conversations.Get(granted.ConversationId), user, LocaleOrNull(body.Value?.Locale),
            address.ServiceUrl(http.Request), cancellationToken);
        return TypedResults.Created($"{DirectLineAddress.BasePath}/conversations/{Uri.EscapeDataString(granted.ConversationId)}", answer);
    }

    /// <summary>GET conversations/{id}?watermark=: reconnect, with a fresh streamUrl that replays after the watermark.</summary>
    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineAddress address, CancellationToken cancellationToken)
    {
        if (Authorise(http, conversationId, tokens, out var check) is { } refused) return refused;
        if (!TryWatermark(watermark, out var after)) return DirectLineProblems.BadArgument("The watermark must be a whole number.");

        // Reading moves a dropped log's numbering on to the client's watermark.
        await conversations.Log.ReadAsync(conversationId, after, cancellationToken);
        conversations.Get(conversationId);
        // With the secret, the answer still carries a token (for this conversation), never the secret.
        var token = check.Token is { } t ? tokens.Issue(t.ConversationId, t.UserId) : tokens.Issue(conversationId, DirectLineIds.User());
        return TypedResults.Ok(new DirectLineConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds,
            address.StreamUrl(http.Request, conversationId, token, string.IsNullOrEmpty(watermark) ? null : after)));
    }

    /// <summary>POST conversations/{id}/activities: echo, run, answer {id} once the bot answered (or its time ran out).</summary>
    private static async Task<IResult> PostAsync(HttpContext http, string conversationId, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineTurns turns, DirectLineAddress address, IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        if (Authorise(http, conversationId, tokens, out var check) is { } refused) return refused;

        var body = await ReadAsync<Activity>(http.Request, options.Value.MaxActivityBytes, cancellationToken);
        if (body.Problem is { } problem) return problem;
        if (body.Value is not { } activity) return DirectLineProblems.BadArgument("The body must be an activity.");
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing or ActivityTypes.EndOfConversation))
            return DirectLineProblems.BadArgument("A client may post message, event, typing or endOfConversation activities.");

        var userId = check.Token?.UserId ?? activity.From?.Id;
        if (UserIdProblem(userId) is { } bad) return bad;
        var user = new ChannelAccount(userId ?? DirectLineIds.User(), activity.From?.Name) { Role = "user" };

        var conversation = conversations.Get(conversationId);
        var outcome = await turns.PostAsync(conversation, activity, user, address.ServiceUrl(http.Request), cancellationToken);
        return outcome.End switch
        {
            TurnEnd.Failed => DirectLineProblems.BotError(),
            TurnEnd.Unavailable => DirectLineProblems.Unavailable(),
            _ => TypedResults.Ok(new ResourceResponse(outcome.Id)),
        };
    }

    /// <summary>GET conversations/{id}/activities?watermark=: the activities after the watermark (polling).</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        if (Authorise(http, conversationId, tokens, out _) is { } refused) return refused;
        if (!TryWatermark(watermark, out var after)) return DirectLineProblems.BadArgument("The watermark must be a whole number.");

        conversations.Get(conversationId);
        var slice = await conversations.Log.ReadAsync(conversationId, after, cancellationToken);
        return TypedResults.Json(new ActivitySet(slice.Activities, slice.Watermark.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    /// <summary>Null when the request's bearer credential may act in the conversation; otherwise the problem answer.</summary>
    internal static IResult? Authorise(HttpContext http, string conversationId, DirectLineTokens tokens, out TokenCheck check)
    {
        check = tokens.CheckHeader(http.Request.Headers.Authorization.ToString());
        return Refused(check) ?? (check.Allows(conversationId) ? null : DirectLineProblems.OtherConversation());
    }

    /// <summary>The answer for a missing, expired or foreign credential; null for a valid token or the secret.</summary>
    internal static IResult? Refused(TokenCheck check) => check.Verdict switch
    {
        TokenVerdict.Missing => DirectLineProblems.MissingToken(),
        TokenVerdict.Expired => DirectLineProblems.ExpiredToken(),
        TokenVerdict.Invalid => DirectLineProblems.BadToken(),
        _ => null,
    };

    /// <summary>Watermarks are the log's sequence numbers; empty means from the start.</summary>
    internal static bool TryWatermark(string? text, out long watermark)
    {
        watermark = 0;
        if (string.IsNullOrEmpty(text)) return true;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark <= 999_999_999_999;
    }

    private static IResult? UserIdProblem(string? id) =>
        id is null || (id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '@'))
            ? null
            : DirectLineProblems.BadArgument("A user id has 1 to 64 letters, digits or the signs _ - . : @.");

    private static string? LocaleOrNull(string? locale) =>
        locale is { Length: > 0 and <= 20 } l && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? l : null;

    /// <summary>Reads an optional JSON body of at most <paramref name="limit"/> bytes.</summary>
    private static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, int limit, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > limit) return (null, DirectLineProblems.TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return (null, DirectLineProblems.TooLarge(limit));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineProblems.BadArgument("The body is not valid JSON for this call."));
        }
    }
}

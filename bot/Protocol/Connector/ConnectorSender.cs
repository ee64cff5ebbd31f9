using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CareerBot.Bot.Protocol.Auth;
using Polly;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// Sends one activity to POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}] through the
/// serviceUrl host's resilience pipeline, with the bot's bearer token when one is configured.
/// </summary>
internal sealed class ConnectorSender(
    IHttpClientFactory httpClients, ReplyAddresses addresses, IBotTokenProvider tokens)
{
    public const string HttpClientName = "BotConnector";

    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!addresses.TryResolve(activity, out Uri? uri, out ResiliencePipeline<HttpResponseMessage>? pipeline, out string? problem))
            return DeliveryResult.Failed(problem);

        byte[] body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        HttpClient client = httpClients.CreateClient(HttpClientName);

        // Polly's low-allocation form: a pooled context, and outcomes instead of exceptions inside the pipeline.
        ResilienceContext context = ResilienceContextPool.Shared.Get(cancellationToken);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(
                static (context, state) => state.Self.AttemptAsync(state.Client, state.Uri, state.Body, context.CancellationToken),
                context, (Self: this, Client: client, Uri: uri, Body: body));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        // A timeout, an open circuit, a network error or the bot stopping: thrown as before, for ReplyQueue to log.
        outcome.ThrowIfException();

        using HttpResponseMessage response = outcome.Result!;
        if (response.IsSuccessStatusCode)
            return DeliveryResult.Delivered;
        string correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values)
            ? string.Join(",", values) : "-";
        return DeliveryResult.Failed($"HTTP {(int)response.StatusCode} (operation {correlation})");
    }

    /// <summary>One attempt; never throws (what it meets is the outcome's exception).</summary>
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpClient client, Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            string? token = await tokens.GetTokenAsync(cancellationToken);
            HttpResponseMessage response;
            using (HttpRequestMessage request = NewRequest(uri, body, token))
                response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
            {
                // The token may have been revoked or rotated: fetch a fresh one and try once more.
                response.Dispose();
                tokens.Invalidate(token);
                token = await tokens.GetTokenAsync(cancellationToken);
                using HttpRequestMessage again = NewRequest(uri, body, token);
                response = await client.SendAsync(again, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            return Outcome.FromResult(response);
        }
        catch (Exception exception)
        {
            return Outcome.FromException<HttpResponseMessage>(exception);
        }
    }

    private static HttpRequestMessage NewRequest(Uri uri, byte[] body, string? token)
    {
        var content = new ByteArrayContent(body);
        // The same header text MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } writes, without building one.
        content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

/// <summary>What became of one activity.</summary>
internal sealed record DeliveryResult(bool Ok, string? Problem)
{
    public static DeliveryResult Delivered { get; } = new(true, null);
    public static DeliveryResult Failed(string problem) => new(false, problem);
}

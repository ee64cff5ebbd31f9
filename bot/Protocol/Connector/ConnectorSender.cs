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
    IHttpClientFactory httpClients, ConnectorPipelines pipelines, IBotTokenProvider tokens)
{
    public const string HttpClientName = "BotConnector";

    public async Task<DeliveryResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryBuildUri(activity, out Uri? uri, out string? problem))
            return DeliveryResult.Failed(problem);

        byte[] body = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
        HttpClient client = httpClients.CreateClient(HttpClientName);
        ResiliencePipeline<HttpResponseMessage> pipeline = pipelines.For(uri);

        using HttpResponseMessage response = await pipeline.ExecuteAsync(
            static async (state, token) => await state.Self.AttemptAsync(state.Client, state.Uri, state.Body, token),
            (Self: this, Client: client, Uri: uri, Body: body), cancellationToken);

        if (response.IsSuccessStatusCode)
            return DeliveryResult.Delivered;
        string correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values)
            ? string.Join(",", values) : "-";
        return DeliveryResult.Failed($"HTTP {(int)response.StatusCode} (operation {correlation})");
    }

    private async Task<HttpResponseMessage> AttemptAsync(HttpClient client, Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        string? token = await tokens.GetTokenAsync(cancellationToken);
        HttpResponseMessage response = await PostAsync(client, uri, body, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            // The token may have been revoked or rotated: fetch a fresh one and try once more.
            response.Dispose();
            tokens.Invalidate(token);
            token = await tokens.GetTokenAsync(cancellationToken);
            response = await PostAsync(client, uri, body, token, cancellationToken);
        }
        return response;
    }

    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, Uri uri, byte[] body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    internal static bool TryBuildUri(Activity activity, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        uri = null;
        string? conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            problem = "the activity has no conversation id";
            return false;
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out Uri? serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            problem = "the activity has no usable serviceUrl";
            return false;
        }
        string path = "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        uri = new Uri(serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path);
        problem = null;
        return true;
    }
}

/// <summary>What became of one activity.</summary>
internal sealed record DeliveryResult(bool Ok, string? Problem)
{
    public static DeliveryResult Delivered { get; } = new(true, null);
    public static DeliveryResult Failed(string problem) => new(false, problem);
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>Calls the Direct Line endpoint the way DirectLineJS (Web Chat) does, over real HTTP.</summary>
internal sealed class DirectLineClient(Uri address) : IDisposable
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<Session> GenerateAsync(CancellationToken cancellationToken, string? userId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + "/tokens/generate");
        if (userId is not null) request.Content = JsonContent.Create(new { user = new { id = userId } });
        using var response = await Http.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return new Session(json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!, null);
    }

    /// <summary>tokens/generate then POST conversations, as Web Chat starts.</summary>
    public async Task<Session> StartAsync(CancellationToken cancellationToken, string? userId = null)
    {
        var generated = await GenerateAsync(cancellationToken, userId);
        using var response = await SendAsync(HttpMethod.Post, Base + "/conversations", generated.Token, null, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.Equal(generated.ConversationId, json.GetProperty("conversationId").GetString());
        return new Session(generated.ConversationId, json.GetProperty("token").GetString()!, json.GetProperty("streamUrl").GetString());
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string? token, object activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", token, JsonContent.Create(activity), cancellationToken);

    /// <summary>Posts a message as Web Chat does (with a clientActivityID) and expects 200 {id}.</summary>
    public async Task<string> SayAsync(Session session, string text, CancellationToken cancellationToken)
    {
        using var response = await PostActivityAsync(session.ConversationId, session.Token, Message(text), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return json.GetProperty("id").GetString()!;
    }

    public static object Message(string text) => new
    {
        type = "message",
        text,
        from = new { id = "someone-else", name = "Priya" },
        locale = "en-GB",
        channelData = new { clientActivityID = "c-" + Guid.NewGuid().ToString("N") },
    };

    public Task<HttpResponseMessage> GetActivitiesAsync(string conversationId, string? token, string? watermark, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities" + (watermark is null ? "" : "?watermark=" + watermark),
            token, null, cancellationToken);

    /// <summary>One poll: the activities after <paramref name="watermark"/> and the new watermark.</summary>
    public async Task<(List<JsonElement> Activities, string Watermark)> PollAsync(Session session, string? watermark, CancellationToken cancellationToken)
    {
        using var response = await GetActivitiesAsync(session.ConversationId, session.Token, watermark, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (json.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToList(), json.GetProperty("watermark").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; test)");
        return await Http.SendAsync(request, cancellationToken);
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl, CancellationToken cancellationToken, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(new Uri(streamUrl), cancellationToken);
        return socket;
    }

    /// <summary>The next message on the socket: an ActivitySet, or null for an empty keep-alive.</summary>
    public static async Task<JsonElement?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException($"The server closed the stream: {received.CloseStatus} {received.CloseStatusDescription}");
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);
        if (message.Length == 0) return null;
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }

    public void Dispose() => Http.Dispose();

    /// <summary>A conversation as the client holds it.</summary>
    public sealed record Session(string ConversationId, string Token, string? StreamUrl);
}

using System.Net;
using System.Text.Json;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// Caches the outbound token until shortly before it expires; one fetch at a time, however many
/// replies ask at once.
/// </summary>
internal abstract class CachedBotToken(TimeProvider clock, TimeSpan refreshBefore) : IBotTokenProvider, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Entry? current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (current is { } entry && clock.GetUtcNow() < entry.RenewAt)
            return entry.Token;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && clock.GetUtcNow() < again.RenewAt)
                return again.Token;
            DateTimeOffset asked = clock.GetUtcNow();
            (string token, TimeSpan lifetime) = await FetchAsync(cancellationToken);
            // Renew ahead of expiry; a short-lived token is renewed half-way through its life.
            TimeSpan margin = lifetime > refreshBefore * 2 ? refreshBefore : lifetime / 2;
            current = new Entry(token, asked + lifetime - margin);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate(string token)
    {
        Entry? entry = current;
        if (entry is not null && entry.Token == token)
            Interlocked.CompareExchange(ref current, null, entry);
    }

    protected abstract Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken);

    /// <summary>Reads access_token and expires_in/expires_on from a token response, or explains what went wrong.</summary>
    protected async Task<(string Token, TimeSpan Lifetime)> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            bool transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
                || (int)response.StatusCode >= 500;
            throw new BotTokenException(
                $"The token endpoint answered {(int)response.StatusCode}: {ErrorText(body)}", transient);
        }
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            JsonElement root = json.RootElement;
            string token = root.GetProperty("access_token").GetString()
                ?? throw new BotTokenException("The token endpoint sent no access_token.", false);
            TimeSpan lifetime = Seconds(root, "expires_in") is { } inSeconds
                ? TimeSpan.FromSeconds(inSeconds)
                : Seconds(root, "expires_on") is { } on
                    ? DateTimeOffset.FromUnixTimeSeconds(on) - clock.GetUtcNow()
                    : TimeSpan.FromMinutes(10);
            return (token, lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BotTokenException("The token endpoint sent an answer that is not a token.", false, exception);
        }
    }

    private static long? Seconds(JsonElement root, string name) =>
        !root.TryGetProperty(name, out JsonElement value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetInt64()
        : long.TryParse(value.GetString(), out long parsed) ? parsed : null;

    private static string ErrorText(string body)
    {
        // Entra's error_description carries the AADSTS code that says what to fix (e.g. AADSTS700016).
        try
        {
            using JsonDocument json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("error_description", out JsonElement description))
                return description.GetString() ?? "";
            if (json.RootElement.TryGetProperty("error", out JsonElement error) && error.ValueKind == JsonValueKind.String)
                return error.GetString() ?? "";
        }
        catch (JsonException)
        {
        }
        return body.Length > 300 ? body[..300] : body;
    }

    public void Dispose() => gate.Dispose();

    private sealed record Entry(string Token, DateTimeOffset RenewAt);
}

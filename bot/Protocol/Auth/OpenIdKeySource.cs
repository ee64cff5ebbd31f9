using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CareerBot.Bot.Protocol.Auth;

/// <summary>
/// Signing keys from one OpenID metadata document, cached: fetched again after the refresh interval,
/// and at once when a token names a key id we do not have (at most once per five minutes, so forged
/// key ids cannot make us hammer the endpoint). A failed refresh keeps the keys we had.
/// </summary>
internal sealed class OpenIdKeySource
{
    private static readonly TimeSpan UnknownKeyRefreshGap = TimeSpan.FromMinutes(5);

    private readonly string metadataUrl;
    private readonly IDocumentRetriever documents;
    private readonly TimeSpan refreshInterval;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset fetchedAt;
    private DateTimeOffset lastUnknownKeyRefresh = DateTimeOffset.MinValue;

    public OpenIdKeySource(string metadataUrl, HttpClient client, TimeSpan refreshInterval, TimeProvider clock)
    {
        this.metadataUrl = metadataUrl;
        this.refreshInterval = refreshInterval;
        this.clock = clock;
        // Plain http only for a metadata endpoint on this machine (tests); anything else must be https.
        bool loopback = Uri.TryCreate(metadataUrl, UriKind.Absolute, out Uri? uri) && uri.IsLoopback;
        documents = new HttpDocumentRetriever(client) { RequireHttps = !loopback };
    }

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration? known = Volatile.Read(ref current);
        if (known is not null && clock.GetUtcNow() - fetchedAt < refreshInterval)
            return known;
        return await FetchAsync(force: false, cancellationToken);
    }

    /// <summary>The keys, fetched again if <paramref name="keyId"/> is not among them (and the gap allows).</summary>
    public async Task<OpenIdConnectConfiguration> GetWithKeyAsync(string? keyId, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration = await GetAsync(cancellationToken);
        if (string.IsNullOrEmpty(keyId) || Has(configuration, keyId))
            return configuration;
        return await FetchAsync(force: true, cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            DateTimeOffset now = clock.GetUtcNow();
            if (force)
            {
                if (current is not null && now - lastUnknownKeyRefresh < UnknownKeyRefreshGap)
                    return current;
                lastUnknownKeyRefresh = now;
            }
            else if (current is not null && now - fetchedAt < refreshInterval)
            {
                return current; // another caller fetched while this one waited
            }
            try
            {
                OpenIdConnectConfiguration fresh = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, documents, cancellationToken);
                fetchedAt = now;
                Volatile.Write(ref current, fresh);
                return fresh;
            }
            catch (Exception) when (current is not null && !cancellationToken.IsCancellationRequested)
            {
                // Keep the last good keys; try again after a short while rather than on every request.
                fetchedAt = now - refreshInterval + TimeSpan.FromMinutes(1);
                return current;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool Has(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareerBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// An Entra-like token endpoint on loopback: POST /{tenant}/oauth2/v2.0/token (client credentials) and
/// GET /msi/token (managed identity). Each token is "token-N"; the test chooses the lifetime or an error.
/// </summary>
public sealed class LocalTokenEndpoint : IAsyncDisposable
{
    private readonly ConcurrentQueue<TokenCall> calls = new();
    private LoopbackServer? server;
    private int issued;

    public Uri Authority => new(server!.Address.ToString().TrimEnd('/'));

    public string ManagedIdentityUrl => server!.Address + "msi/token";

    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>When set, calls are answered with this status and an Entra-style error body.</summary>
    public (int Status, string Description)? Error { get; set; }

    /// <summary>How many calls get <see cref="Error"/> (all, unless set).</summary>
    public int ErrorCount { get; set; } = int.MaxValue;

    public IReadOnlyList<TokenCall> Calls => [.. calls];

    public static async Task<LocalTokenEndpoint> StartAsync(CancellationToken cancellationToken)
    {
        var endpoint = new LocalTokenEndpoint();
        endpoint.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.ClientCredentialsAsync);
            app.MapGet("/msi/token", endpoint.ManagedIdentity);
        }, cancellationToken);
        return endpoint;
    }

    private async Task<IResult> ClientCredentialsAsync(HttpContext context, string tenant)
    {
        IFormCollection form = await context.Request.ReadFormAsync(context.RequestAborted);
        calls.Enqueue(new TokenCall(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString()), null));
        return Answer(expiresAsString: false);
    }

    private IResult ManagedIdentity(HttpContext context)
    {
        calls.Enqueue(new TokenCall("msi", context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers["Metadata"].ToString()));
        return Answer(expiresAsString: true);
    }

    private IResult Answer(bool expiresAsString)
    {
        if (Error is { } error && ErrorCount-- > 0)
            return Results.Json(new { error = "invalid_request", error_description = error.Description }, statusCode: error.Status);
        int n = Interlocked.Increment(ref issued);
        // IMDS sends expires_in as a string, Entra as a number.
        object expires = expiresAsString ? ExpiresInSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : ExpiresInSeconds;
        return Results.Json(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer", ["expires_in"] = expires, ["access_token"] = $"token-{n}",
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
    }
}

public sealed record TokenCall(string Tenant, IReadOnlyDictionary<string, string> Fields, string? MetadataHeader);

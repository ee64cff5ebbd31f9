using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Bot.Insights;

/// <summary>Checks the advisers' key in constant time.</summary>
internal static class InsightsKey
{
    /// <summary>
    /// True when <paramref name="presented"/> equals <paramref name="expected"/>. Both are hashed first so
    /// the comparison takes the same time whatever their lengths or the first differing character.
    /// </summary>
    public static bool Matches(string? presented, string expected)
    {
        Span<byte> given = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> wanted = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? ""), given);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), wanted);
        // An empty key never matches, whatever is sent.
        return CryptographicOperations.FixedTimeEquals(given, wanted) && presented is not null && expected.Length > 0;
    }

    /// <summary>The token of an "Authorization: Bearer ..." header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        const string scheme = "Bearer ";
        return header is not null && header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? header[scheme.Length..].Trim()
            : null;
    }
}

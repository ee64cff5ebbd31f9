using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Tests.Protocol;
using Microsoft.Extensions.Options;
using Xunit;

namespace CareerBot.Bot.Tests.DirectLine;

/// <summary>
/// The real bot behind a proxy (ForwardedHeaders settings): the per-IP limit on new chats counts the
/// resident's address from X-Forwarded-For when a trusted proxy sent it, and the connection's own address
/// otherwise. The test client on loopback plays the proxy, or a resident forging the header.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string ResidentA = "203.0.113.7";
    private const string ResidentB = "203.0.113.8";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:RateLimit:NewConversationsPerIpPerMinute"] = "2" };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task ForwardedFor_FromATrustedProxy_LimitsEachResidentByTheirOwnAddress()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel, Settings(
            ("ForwardedHeaders:Enabled", "true"), ("ForwardedHeaders:KnownProxies:0", "127.0.0.1")));

        var first = await NewChatAsync(bot, ResidentA, "https");
        var second = await NewChatAsync(bot, ResidentA, "https");
        // nginx appends the address it saw to whatever the resident sent: only that last entry counts.
        var forged = await NewChatAsync(bot, "198.51.100.1, " + ResidentA, "https");
        var other = await NewChatAsync(bot, ResidentB, "https");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            new[] { first.Status, second.Status, forged.Status, other.Status });
        // X-Forwarded-Proto from the proxy that ends TLS: the page is told to use https (and so wss).
        Assert.StartsWith("https://", first.Domain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedFor_FromAnUntrustedAddress_IsIgnored()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel, Settings(
            ("ForwardedHeaders:Enabled", "true"), ("ForwardedHeaders:KnownProxies:0", "10.9.8.7")));

        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { ResidentA, ResidentB, "203.0.113.9" })
            statuses.Add((await NewChatAsync(bot, claimed, "https")).Status);
        var plain = await NewChatAsync(bot, null, null);

        // Every request counts against the connection's own address, whatever it claims.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, plain.Status);
    }

    [Fact]
    public async Task ForwardedFor_WhenNotEnabled_IsIgnored()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel, Settings());

        var first = await NewChatAsync(bot, ResidentA, "https");
        var second = await NewChatAsync(bot, ResidentB, "https");
        var third = await NewChatAsync(bot, "203.0.113.9", "https");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], new[] { first.Status, second.Status, third.Status });
        Assert.StartsWith("http://", first.Domain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ForwardedHeaders:Enabled", "true")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    public async Task Settings_Incomplete_StopTheBotAtStart(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHostFixture.StartAsync(Cancel, new Dictionary<string, string?> { [key] = value }));

        Assert.Contains("ForwardedHeaders:", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string? Domain)> NewChatAsync(BotHostFixture bot, string? forwardedFor, string? proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        using var response = await bot.Http.SendAsync(request, Cancel);
        if (response.StatusCode != HttpStatusCode.OK) return (response.StatusCode, null);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (response.StatusCode, session.GetProperty("domain").GetString());
    }
}

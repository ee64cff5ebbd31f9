using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Tests.DirectLine;
using CareerBot.Bot.Tests.Protocol;
using Xunit;

namespace CareerBot.Bot.Tests.WebPage;

/// <summary>The chat page over HTTP on the real host: the page, Web Chat's bundle from the build, the token endpoint, the partner page.</summary>
public sealed class WebChatPageTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Root_ServesThePageWithWebChatFromThisSite()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);

        using var page = await bot.Http.GetAsync("/", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        using var bundle = await bot.Http.GetAsync("/webchat/webchat.js", Cancel);
        var script = await bundle.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/webchat/webchat.js?v=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);

        // The build brought Web Chat from npm: the real bundle, which defines window.WebChat.
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(script.Length > 1_000_000, $"webchat.js has only {script.Length} characters");
        Assert.Contains("createDirectLine", script, StringComparison.Ordinal);
        Assert.Contains("renderWebChat", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_ForThePage_WorksWithThisBotsDirectLine()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel);

        using var response = await bot.Http.PostAsync("/api/webchat/token", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var token = session.GetProperty("token").GetString()!;

        Assert.Equal(new Uri(bot.Address, "/v3/directline").ToString(), session.GetProperty("domain").GetString());
        Assert.True(session.GetProperty("webSocket").GetBoolean());
        Assert.StartsWith("dl_", session.GetProperty("userId").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        // The token starts its conversation; the real bot welcomes the user.
        using var client = new DirectLineClient(bot.Address);
        using var start = await client.SendAsync(HttpMethod.Post, DirectLineClient.Base + "/conversations", token, null, Cancel);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversation = new DirectLineClient.Session(session.GetProperty("conversationId").GetString()!, token, null);
        var (activities, _) = await client.PollAsync(conversation, null, Cancel);
        Assert.Contains(activities, a => a.GetProperty("from").GetProperty("role").GetString() == "bot"
            && a.GetProperty("text").GetString()!.Contains("CareerBot", StringComparison.Ordinal));
        Assert.All(activities, a => Assert.Equal("directline", a.GetProperty("channelId").GetString()));
    }

    [Fact]
    public async Task Token_InAzureModeWithoutASecret_Answers503()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel,
            new Dictionary<string, string?> { ["WebChat:DirectLine"] = "Azure" });

        using var response = await bot.Http.PostAsync("/api/webchat/token", null, Cancel);
        using var page = await bot.Http.GetAsync("/", Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("https://directline.botframework.com", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_ShowsPartnersHowToAddTheWidget()
    {
        await using var bot = await BotHostFixture.StartAsync(Cancel,
            new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://library.example.org" });

        using var page = await bot.Http.GetAsync("/embed.html", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("data-careerbot", html, StringComparison.Ordinal);
        Assert.Contains("/chat.js", html, StringComparison.Ordinal);
        // A listed partner may frame the chat; others may not.
        Assert.Contains("frame-ancestors 'self' https://library.example.org", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

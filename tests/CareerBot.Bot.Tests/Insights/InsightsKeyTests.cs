using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerBot.Bot.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

public sealed class InsightsKeyTests
{
    private const string Key = "advisers-key-0123456789abcdef";
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("/insights", null)]
    [InlineData("/insights/insights.js", null)]
    [InlineData("/insights/data", null)]
    [InlineData("/insights/data", "")]
    public async Task Get_NoKeyConfigured_Returns404(string path, string? configured)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await InsightsHost.StartAsync(configured, Clock, ct);
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        using var response = await client.GetAsync(path, ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    [InlineData("advisers-key-0123456789abcde")]
    [InlineData("advisers-key-0123456789abcdeff")]
    [InlineData("")]
    public async Task GetData_WrongOrMissingKey_Returns401Problem(string? presented)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await InsightsHost.StartAsync(Key, Clock, ct);
        using var client = host.Client();
        if (presented is not null)
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + presented);

        using var response = await client.GetAsync("/insights/data", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task GetData_RightKey_Returns200WithFigures()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await InsightsHost.StartAsync(Key, Clock, ct);
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        using var response = await client.GetAsync("/insights/data?days=7", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        JsonElement figures = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(7, figures.GetProperty("conversationsPerDay").GetArrayLength());
        Assert.Equal("2026-11-22", figures.GetProperty("to").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public async Task GetData_DaysOutOfRange_Returns400Problem(int days)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await InsightsHost.StartAsync(Key, Clock, ct);
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        using var response = await client.GetAsync($"/insights/data?days={days}", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetPage_KeyConfigured_ServesPageWithoutFiguresAndStrictHeaders()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await InsightsHost.StartAsync(Key, Clock, ct);
        using var client = host.Client();

        using var response = await client.GetAsync("/insights", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        string html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Enter the insights key", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KeyTooShort_FailsWithClearMessage()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => InsightsHost.StartAsync("short", Clock, TestContext.Current.CancellationToken));

        Assert.Contains("at least 16 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secret-key-1", "secret-key-1", true)]
    [InlineData("secret-key-1", "secret-key-2", false)]
    [InlineData(null, "secret-key-1", false)]
    [InlineData("", "", false)]
    public void Matches_Keys_ComparesWholeValue(string? presented, string expected, bool matches) =>
        Assert.Equal(matches, InsightsKey.Matches(presented, expected));
}

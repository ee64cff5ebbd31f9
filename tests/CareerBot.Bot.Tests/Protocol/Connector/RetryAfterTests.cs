using System.Net;
using System.Net.Http.Headers;
using CareerBot.Bot.Protocol.Connector;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_Seconds_ThatDelay()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(response, Now));
    }

    [Fact]
    public void From_Date_TimeUntilThen()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(42));
        Assert.Equal(TimeSpan.FromSeconds(42), RetryAfter.From(response, Now));
    }

    [Fact]
    public void From_DateInThePast_NoWait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(-1));
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(response, Now));
    }

    [Fact]
    public void From_NoHeader_Null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        Assert.Null(RetryAfter.From(response, Now));
        Assert.Null(RetryAfter.From(null, Now));
    }
}

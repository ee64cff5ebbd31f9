using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Insights;

/// <summary>Which calendar day it is for the figures (UK days by default, not UTC ones).</summary>
internal sealed class InsightCalendar(IOptions<InsightsOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo zone = Resolve(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);

    private static TimeZoneInfo Resolve(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // An image without time zone data: UTC is at most an hour off for the UK.
            return TimeZoneInfo.Utc;
        }
    }
}

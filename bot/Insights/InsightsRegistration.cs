namespace CareerBot.Bot.Insights;

/// <summary>Transcripts and the advisers' insight page.</summary>
internal static class InsightsRegistration
{
    public static WebApplicationBuilder AddInsights(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapInsights(this WebApplication app) => app;
}

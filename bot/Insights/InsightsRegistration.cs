using CareerBot.Bot.Hosting;
using CareerBot.Bot.Insights.Transcripts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Bot.Insights;

/// <summary>Transcripts and the advisers' insight page.</summary>
internal static class InsightsRegistration
{
    public static WebApplicationBuilder AddInsights(this WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InsightCalendar>();
        services.AddSingleton<RecentlyForgotten>();
        // The counts wait in memory and are written together once a second, off the turn's path.
        services.AddSingleton<IInsightStore>(sp => new BufferedInsightStore(InsightsStoreFactory.Create(sp),
            TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<InsightsOptions>>().Value.WriteEverySeconds),
            sp.GetRequiredService<ILogger<BufferedInsightStore>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivityObserver, InsightObserver>());

        services.AddOptions<TranscriptOptions>().BindConfiguration(TranscriptOptions.Section);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{TranscriptOptions.Section}:{nameof(TranscriptOptions.Folder)}"]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivityObserver, TranscriptWriter>());
        return builder;
    }

    public static WebApplication MapInsights(this WebApplication app)
    {
        app.MapInsightsPage();
        return app;
    }
}

namespace CareerBot.Bot.Search;

/// <summary>The catalogue index: build at start-up when missing or stale, reload, ICatalogueSearch.</summary>
internal static class SearchRegistration
{
    public static WebApplicationBuilder AddCatalogueIndex(this WebApplicationBuilder builder) => builder;
}

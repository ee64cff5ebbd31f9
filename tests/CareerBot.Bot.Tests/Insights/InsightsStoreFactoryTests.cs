using CareerBot.Bot.Insights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CareerBot.Bot.Tests.Insights;

public sealed class InsightsStoreFactoryTests
{
    private static IInsightStore Create(Dictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton(Options.Create(configuration.GetSection(InsightsOptions.Section).Get<InsightsOptions>() ?? new InsightsOptions()))
            .BuildServiceProvider();
        return InsightsStoreFactory.Create(services);
    }

    [Fact]
    public void Create_NoSettings_UsesSqliteBesideTheStateFile()
    {
        var store = Assert.IsType<SqliteInsightStore>(Create(new() { ["State:SqlitePath"] = "/srv/bot/state.db" }));

        Assert.Equal("/srv/bot/insights.db", store.DatabasePath);
    }

    [Fact]
    public void Create_StateInRedis_CountsInRedisToo() =>
        Assert.IsType<RedisInsightStore>(Create(new()
        {
            ["Storage:Kind"] = "Redis", ["Redis:ConnectionString"] = "127.0.0.1:1,abortConnect=false",
        }));

    [Fact]
    public void Create_StateInRedisUnderStorageRedis_CountsInRedisToo() =>
        Assert.IsType<RedisInsightStore>(Create(new()
        {
            ["Storage:Kind"] = "redis", ["Storage:Redis"] = "127.0.0.1:1,abortConnect=false",
        }));

    [Fact]
    public void Create_NewStatePathKey_UsesSqliteBesideIt()
    {
        var store = Assert.IsType<SqliteInsightStore>(Create(new() { ["Storage:SqlitePath"] = "/srv/bot/state/conversations.db" }));

        Assert.Equal("/srv/bot/state/insights.db", store.DatabasePath);
    }

    [Fact]
    public void Create_StateInRedisButStoreSqlite_UsesSqlite() =>
        Assert.IsType<SqliteInsightStore>(Create(new()
        {
            ["Storage:Kind"] = "Redis", ["Redis:ConnectionString"] = "127.0.0.1:1", ["Insights:Store"] = "Sqlite",
            ["Insights:DatabasePath"] = Path.Combine(Path.GetTempPath(), "never-opened.db"),
        }));

    [Fact]
    public void Create_StoreRedisWithoutConnection_FailsWithClearMessage()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Create(new() { ["Insights:Store"] = "Redis" }));

        Assert.Contains("Storage__Redis", error.Message, StringComparison.Ordinal);
    }
}

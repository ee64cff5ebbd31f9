using System.Net;
using CareerBot.Bot.Insights;
using CareerBot.Bot.Operations.Metrics;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace CareerBot.Bot.Tests.State;

/// <summary>Storage settings pick the store and lease; the host binds them as the deployment files set them.</summary>
public sealed class StateRegistrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("SearchIndex:DatabasePath", folder.File("catalogue.db"));
            web.UseSetting("SearchIndex:Watch", "false");
            // Never the default address (localhost:3978), should anything bind a real port.
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Insights:DatabasePath", folder.File("insights.db"));
            foreach ((string key, string value) in settings)
                web.UseSetting(key, value);
        });

    [Fact]
    public async Task Defaults_SqliteUnderTheContentRootAndInProcessLease()
    {
        await using var factory = Host();
        IServiceProvider services = factory.Services;

        Assert.IsType<TimedConversationStateStore>(services.GetRequiredService<IConversationStateStore>());
        Assert.IsType<TimedConversationLease>(services.GetRequiredService<IConversationLease>());
        var store = Assert.IsType<SqliteConversationStateStore>(Backing<IConversationStateStore>(services));
        string contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        Assert.Equal(Path.GetFullPath(Path.Combine(contentRoot, "state", "conversations.db")), store.DatabasePath);
        Assert.IsType<InProcessConversationLease>(Backing<IConversationLease>(services));
        Assert.Equal(30, services.GetRequiredService<IOptions<StorageOptions>>().Value.IdleDays);
    }

    [Fact]
    public async Task SqlitePath_Set_StateIsWrittenThereAndTheFolderIsCreated()
    {
        string path = folder.File(Path.Combine("nested", "state.db"));
        await using var factory = Host(("Storage:Kind", "SQLite"), ("Storage:SqlitePath", path), ("Storage:IdleDays", "7"));

        var store = factory.Services.GetRequiredService<IConversationStateStore>();
        Assert.NotNull(await store.WriteAsync("conv", "{}", null, TestContext.Current.CancellationToken));

        Assert.True(File.Exists(path));
        Assert.Equal(7, factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value.IdleDays);
    }

    [Fact]
    public async Task LegacyStatePath_StillHonoured()
    {
        await using var factory = Host(("State:SqlitePath", folder.File("old.db")));

        var store = Assert.IsType<SqliteConversationStateStore>(Backing<IConversationStateStore>(factory.Services));
        Assert.Equal(folder.File("old.db"), store.DatabasePath);
    }

    [Theory]
    [InlineData("Storage:Kind", "postgres")]
    [InlineData("Storage:IdleDays", "0")]
    [InlineData("Storage:Kind", "redis")]
    public async Task BadSetting_OptionsFailWithTheSettingNamed(string key, string value)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddConversationState();
        await using WebApplication app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KindRedis_AnyCase_RedisStoreAndLeaseAndInsightsShareTheConnection()
    {
        await using RedisServer redis = await RedisServer.StartAsync(TestContext.Current.CancellationToken);
        await using var factory = Host(("Storage:Kind", "Redis"), ("Storage:Redis", redis.ConnectionString),
            ("Insights:DatabasePath", ""));
        IServiceProvider services = factory.Services;

        Assert.IsType<RedisConversationStateStore>(Backing<IConversationStateStore>(services));
        Assert.IsType<RedisConversationLease>(Backing<IConversationLease>(services));
        var store = services.GetRequiredService<IConversationStateStore>();
        Assert.IsType<RedisInsightStore>(Assert.IsType<BufferedInsightStore>(services.GetRequiredService<IInsightStore>()).Inner);
        string? etag = await store.WriteAsync("conv", "{}", null, TestContext.Current.CancellationToken);
        Assert.Equal(new StoredState("{}", etag!),
            await new RedisConversationStateStore(() => redis.Connection, TimeSpan.FromDays(1),
                Polly.ResiliencePipeline.Empty).ReadAsync("conv", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task LegacyRedisConnectionString_StillHonoured()
    {
        await using RedisServer redis = await RedisServer.StartAsync(TestContext.Current.CancellationToken);
        await using var factory = Host(("Storage:Kind", "redis"), ("Redis:ConnectionString", redis.ConnectionString));

        var store = factory.Services.GetRequiredService<IConversationStateStore>();

        Assert.NotNull(await store.WriteAsync("conv", "{}", null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Redis_ConnectionIsOpenedAtStart_BeforeAnyTurn()
    {
        await using RedisServer redis = await RedisServer.StartAsync(TestContext.Current.CancellationToken);
        await using var factory = Host(("Storage:Kind", "redis"), ("Storage:Redis", redis.ConnectionString));

        // Services of a started host: nothing has asked for the store or sent a turn.
        var connection = factory.Services.GetRequiredService<StateRedisConnection>();

        Assert.True(connection.IsCreated);
        Assert.True(connection.Connection.IsConnected);
    }

    [Fact]
    public async Task Readiness_RedisStopsAndReturns_NotReadyThenReadyAgain()
    {
        await using RedisServer redis = await RedisServer.StartAsync(TestContext.Current.CancellationToken);
        await using var factory = Host(("urls", "http://127.0.0.1:0"), ("Storage:Kind", "redis"), ("Storage:Redis", redis.ConnectionString));
        factory.UseKestrel(0);
        factory.StartServer();
        using HttpClient client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client, HttpStatusCode.OK));

        await redis.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(client, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);

        await redis.RestartAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client, HttpStatusCode.OK));
    }

    /// <summary>The store or lease as chosen, without the timing decorator everyone else is given.</summary>
    private static T Backing<T>(IServiceProvider services) where T : notnull =>
        services.GetRequiredKeyedService<T>(StateRegistration.Backing);

    /// <summary>Asks /readyz until it answers <paramref name="wanted"/> (a minute at most); returns the last answer.</summary>
    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client, HttpStatusCode wanted)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            HttpStatusCode status = (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode;
            if (status == wanted || waited.Elapsed > TimeSpan.FromMinutes(1))
                return status;
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}

using CareerBot.Bot.Protocol;
using CareerBot.Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol.Connector;

/// <summary>The remembered reply addresses: the right URI for every serviceUrl, conversation and replyToId, within bounds.</summary>
public sealed class ReplyAddressesTests
{
    private static Uri Resolve(ReplyAddresses addresses, string? serviceUrl, string conversationId, string? replyToId = "in-1") =>
        Assert.IsType<Uri>(Resolve(addresses, serviceUrl, conversationId, replyToId, out _));

    private static Uri? Resolve(ReplyAddresses addresses, string? serviceUrl, string? conversationId, string? replyToId,
        out ResiliencePipeline<HttpResponseMessage>? pipeline)
    {
        Activity activity = SomeReply.To(serviceUrl!, conversationId!, "hi", replyToId) with
        {
            Conversation = conversationId is null ? null : new ConversationAccount(conversationId),
        };
        return addresses.TryResolve(activity, out Uri? uri, out pipeline, out _) ? uri : null;
    }

    [Theory]
    // A path with a trailing slash (Teams' regional serviceUrls), without one, or with several.
    [InlineData("https://smba.trafficmanager.net/amer/", "19:abc@thread.v2", "1701",
        "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.v2/activities/1701")]
    [InlineData("https://smba.trafficmanager.net/amer", "c", "r", "https://smba.trafficmanager.net/amer/v3/conversations/c/activities/r")]
    [InlineData("https://host.example/a/b//", "c", "r", "https://host.example/a/b/v3/conversations/c/activities/r")]
    // No path, a port, query and fragment dropped, host lowercased, default port dropped.
    [InlineData("http://127.0.0.1:3978", "c", "r", "http://127.0.0.1:3978/v3/conversations/c/activities/r")]
    [InlineData("http://localhost:3978/?x=1#top", "c", "r", "http://localhost:3978/v3/conversations/c/activities/r")]
    [InlineData("HTTPS://Host.Example:443/Teams/", "c", "r", "https://host.example/Teams/v3/conversations/c/activities/r")]
    // Odd characters in the conversation id and replyToId are escaped, never read as path, query or fragment.
    [InlineData("https://h.example/", "a:1;messageid=2@x", "in|0001",
        "https://h.example/v3/conversations/a%3A1%3Bmessageid%3D2%40x/activities/in%7C0001")]
    [InlineData("https://h.example/", "a b/c?d#e%f", "x/y?z",
        "https://h.example/v3/conversations/a%20b%2Fc%3Fd%23e%25f/activities/x%2Fy%3Fz")]
    [InlineData("https://h.example/", "été-日本", "ü", "https://h.example/v3/conversations/%C3%A9t%C3%A9-%E6%97%A5%E6%9C%AC/activities/%C3%BC")]
    // No replyToId (or an empty one): the conversation's activities route.
    [InlineData("https://h.example/", "c", null, "https://h.example/v3/conversations/c/activities")]
    [InlineData("https://h.example/", "c", "", "https://h.example/v3/conversations/c/activities")]
    public async Task TryResolve_ServiceUrlConversationReplyTo_TheReplyRoute(string serviceUrl, string conversationId, string? replyToId, string expected)
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        // Asked twice: once built, once remembered; both the same.
        Assert.Equal(expected, Resolve(addresses, serviceUrl, conversationId, replyToId).AbsoluteUri);
        Assert.Equal(expected, Resolve(addresses, serviceUrl, conversationId, replyToId).AbsoluteUri);
    }

    [Fact]
    public async Task TryResolve_ATurnsReplies_ShareOneUriUntilTheReplyToIdChanges()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        Uri typing = Resolve(addresses, "https://h.example/", "c", "turn-1");
        Uri message = Resolve(addresses, "https://h.example/", "c", "turn-1");
        Uri next = Resolve(addresses, "https://h.example/", "c", "turn-2");
        Uri proactive = Resolve(addresses, "https://h.example/", "c", null);
        Uri back = Resolve(addresses, "https://h.example/", "c", "turn-1");

        Assert.Same(typing, message);
        Assert.Equal("https://h.example/v3/conversations/c/activities/turn-2", next.AbsoluteUri);
        Assert.Equal("https://h.example/v3/conversations/c/activities", proactive.AbsoluteUri);
        Assert.Equal("https://h.example/v3/conversations/c/activities/turn-1", back.AbsoluteUri);
    }

    [Fact]
    public async Task TryResolve_SameIdsOnOtherServiceUrlsOrConversations_NeverMixedUp()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        Assert.Equal("https://one.example/v3/conversations/c/activities/r", Resolve(addresses, "https://one.example/", "c", "r").AbsoluteUri);
        Assert.Equal("https://two.example/v3/conversations/c/activities/r", Resolve(addresses, "https://two.example/", "c", "r").AbsoluteUri);
        Assert.Equal("https://one.example/x/v3/conversations/c/activities/r", Resolve(addresses, "https://one.example/x/", "c", "r").AbsoluteUri);
        Assert.Equal("https://one.example/v3/conversations/d/activities/r", Resolve(addresses, "https://one.example/", "d", "r").AbsoluteUri);
        // A conversation id that is another's prefix, and ids that would join into the same text.
        Assert.Equal("https://one.example/v3/conversations/cc/activities/r", Resolve(addresses, "https://one.example/", "cc", "r").AbsoluteUri);
        Assert.Equal("https://one.example/v3/conversations/c/activities/r", Resolve(addresses, "https://one.example/", "c", "r").AbsoluteUri);
    }

    [Fact]
    public async Task TryResolve_Pipelines_OnePerHostWhateverThePathOrCase()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        Resolve(addresses, "https://one.example/amer/", "c", "r", out var first);
        Resolve(addresses, "https://ONE.example/emea", "d", "r", out var sameHost);
        Resolve(addresses, "https://one.example:8443/", "c", "r", out var otherPort);
        Resolve(addresses, "https://two.example/amer/", "c", "r", out var otherHost);

        Assert.NotNull(first);
        Assert.Same(first, sameHost);
        Assert.NotSame(first, otherPort);
        Assert.NotSame(first, otherHost);
    }

    [Theory]
    [InlineData("not a url", "c", "the activity has no usable serviceUrl")]
    [InlineData("ftp://files.example/", "c", "the activity has no usable serviceUrl")]
    [InlineData("/relative/only", "c", "the activity has no usable serviceUrl")]
    [InlineData(null, "c", "the activity has no usable serviceUrl")]
    [InlineData("https://h.example/", "", "the activity has no conversation id")]
    [InlineData("https://h.example/", null, "the activity has no conversation id")]
    public async Task TryResolve_Unusable_SaysWhyAndRemembersNothing(string? serviceUrl, string? conversationId, string problem)
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();
        Activity activity = SomeReply.To(serviceUrl!, "x", "hi") with
        {
            Conversation = conversationId is null ? null : new ConversationAccount(conversationId),
        };

        Assert.False(addresses.TryResolve(activity, out Uri? uri, out var pipeline, out string? why));
        Assert.Null(uri);
        Assert.Null(pipeline);
        Assert.Equal(problem, why);
        Assert.Equal(0, addresses.ServiceUrlCount);
        Assert.Equal(0, addresses.ConversationCount);
    }

    [Fact]
    public async Task TryResolve_ManyConversations_BoundedAndStillRight()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        for (int i = 0; i < ReplyAddresses.MaxConversations * 2 + 17; i++)
        {
            Assert.Equal($"https://h.example/v3/conversations/conv-{i}/activities/in-{i}",
                Resolve(addresses, "https://h.example/", $"conv-{i}", $"in-{i}").AbsoluteUri);
            Assert.InRange(addresses.ConversationCount, 1, ReplyAddresses.MaxConversations);
        }
        Assert.Equal(1, addresses.ServiceUrlCount);
    }

    [Fact]
    public async Task TryResolve_ManyServiceUrls_BoundedAndStillRight()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        for (int i = 0; i < ReplyAddresses.MaxServiceUrls * 2 + 5; i++)
        {
            Assert.Equal($"https://h.example/region-{i}/v3/conversations/c/activities/r",
                Resolve(addresses, $"https://h.example/region-{i}/", "c", "r").AbsoluteUri);
            Assert.InRange(addresses.ServiceUrlCount, 1, ReplyAddresses.MaxServiceUrls);
        }
    }

    [Fact]
    public async Task TryResolve_ManyThreadsAtOnce_EachGetsItsOwnAddress()
    {
        await using var rig = ConnectorRig.Create();
        var addresses = rig.Services.GetRequiredService<ReplyAddresses>();

        // Few conversations and turns, many threads: the same entries are built, read and replaced at once.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (int i = 0; i < 5_000; i++)
            {
                int conversation = (i + thread) % 5;
                int turn = i / 3 % 4;
                string host = conversation % 2 == 0 ? "https://even.example/" : "https://odd.example/x";
                string expected = (conversation % 2 == 0 ? "https://even.example/" : "https://odd.example/x/")
                    + $"v3/conversations/c%3A{conversation}/activities/t{turn}";
                Assert.Equal(expected, Resolve(addresses, host, $"c:{conversation}", $"t{turn}").AbsoluteUri);
            }
        }, TestContext.Current.CancellationToken)));
    }
}

using System.Collections.Concurrent;
using Polly;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// Where a reply goes: POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}] and the resilience pipeline of
/// the serviceUrl's host. A turn sends about three replies to the same address, so the work is remembered instead of
/// done per reply: per serviceUrl string, its parsed base and pipeline; per serviceUrl and conversation, the
/// conversation's activities path and the last reply target's <see cref="Uri"/>. Both caches are bounded: one that
/// is full is emptied and fills again with what is in use.
/// </summary>
internal sealed class ReplyAddresses(ConnectorPipelines pipelines)
{
    /// <summary>Distinct serviceUrl strings remembered (a bot meets a handful).</summary>
    public const int MaxServiceUrls = 256;

    /// <summary>Conversations remembered (each about 1 KB: its path, and one URI).</summary>
    public const int MaxConversations = 4096;

    private readonly ConcurrentDictionary<string, ServiceEndpoint> services = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ConversationKey, ConversationTarget> conversations = new();

    // ConcurrentDictionary.Count takes every lock of the map; a count of additions is enough to bound it.
    private int conversationsAdded;

    internal int ServiceUrlCount => services.Count;

    internal int ConversationCount => conversations.Count;

    /// <summary>The reply's URI and pipeline, or why it cannot be sent.</summary>
    public bool TryResolve(Activity activity,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResiliencePipeline<HttpResponseMessage>? pipeline,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        uri = null;
        pipeline = null;
        string? conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            problem = "the activity has no conversation id";
            return false;
        }
        string? serviceUrl = activity.ServiceUrl;
        var key = new ConversationKey(serviceUrl ?? "", conversationId);
        if (!conversations.TryGetValue(key, out ConversationTarget? target))
        {
            if (!TryGetService(serviceUrl, out ServiceEndpoint? service))
            {
                problem = "the activity has no usable serviceUrl";
                return false;
            }
            target = new ConversationTarget(service, service.ConversationsUrl + Uri.EscapeDataString(conversationId) + "/activities");
            if (Interlocked.Increment(ref conversationsAdded) > MaxConversations)
            {
                conversations.Clear();
                Volatile.Write(ref conversationsAdded, 1);
            }
            // Another reply may have added an equal target meanwhile; either is right.
            target = conversations.GetOrAdd(key, target);
        }
        uri = target.UriFor(activity.ReplyToId);
        pipeline = target.Service.Pipeline;
        problem = null;
        return true;
    }

    private bool TryGetService(string? serviceUrl,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ServiceEndpoint? service)
    {
        if (serviceUrl is null)
        {
            service = null;
            return false;
        }
        if (services.TryGetValue(serviceUrl, out service))
            return true;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            // Not remembered: a bad serviceUrl is rare, and each would take a place in the cache.
            service = null;
            return false;
        }
        // Query and fragment dropped, a trailing slash or not: {scheme}://{host}{path}/v3/conversations/
        service = new ServiceEndpoint(parsed.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/v3/conversations/", pipelines.For(parsed));
        if (services.Count >= MaxServiceUrls)
            services.Clear();
        service = services.GetOrAdd(serviceUrl, service);
        return true;
    }

    private readonly record struct ConversationKey(string ServiceUrl, string ConversationId);

    private sealed record ServiceEndpoint(string ConversationsUrl, ResiliencePipeline<HttpResponseMessage> Pipeline);

    /// <summary>One conversation at one serviceUrl; the replies of a turn share a replyToId, so the last URI is kept.</summary>
    private sealed class ConversationTarget(ServiceEndpoint service, string activitiesUrl)
    {
        private volatile LastReply? last;

        public ServiceEndpoint Service { get; } = service;

        public Uri UriFor(string? replyToId)
        {
            LastReply? seen = last;
            if (seen is not null && string.Equals(seen.ReplyToId, replyToId, StringComparison.Ordinal))
                return seen.Uri;
            var uri = new Uri(string.IsNullOrEmpty(replyToId) ? activitiesUrl : activitiesUrl + "/" + Uri.EscapeDataString(replyToId));
            last = new LastReply(replyToId, uri);
            return uri;
        }

        private sealed record LastReply(string? ReplyToId, Uri Uri);
    }
}

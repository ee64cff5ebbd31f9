using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.Bot.Protocol.Connector;

/// <summary>
/// <see cref="IReplySender"/> on the Bot Connector API. Each conversation has its own queue and at most
/// one worker, so its activities go out strictly one after another in queue order, across turns;
/// different conversations are sent in parallel. A worker ends when its queue is empty. Memory is
/// bounded by <see cref="ConnectorOptions.MaxPendingActivities"/>: beyond it, EnqueueAsync waits.
/// </summary>
internal sealed partial class ReplyQueue : IReplySender, IDisposable
{
    private readonly ConcurrentDictionary<QueueKey, ConversationQueue> queues = new();
    private readonly ConnectorSender sender;
    private readonly ReplyDeliveryStats stats;
    private readonly ILogger<ReplyQueue> logger;
    private readonly SemaphoreSlim capacity;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock idleLock = new();
    private TaskCompletionSource idle = NewIdle(completed: true);
    private int pending;

    public ReplyQueue(ConnectorSender sender, ReplyDeliveryStats stats, IOptions<ConnectorOptions> options,
        ILogger<ReplyQueue> logger)
    {
        this.sender = sender;
        this.stats = stats;
        this.logger = logger;
        capacity = new SemaphoreSlim(options.Value.MaxPendingActivities, options.Value.MaxPendingActivities);
    }

    public async ValueTask EnqueueAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (Activity activity in activities)
        {
            // One slot per activity, taken just before it is queued, so waiting callers never deadlock.
            await capacity.WaitAsync(cancellationToken);
            Add(activity);
        }
    }

    /// <summary>Completes when nothing is queued or being sent, or when <paramref name="cancellationToken"/> fires.</summary>
    public async Task WaitUntilIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task idleTask;
            lock (idleLock)
                idleTask = idle.Task;
            await idleTask.WaitAsync(cancellationToken);
            if (Volatile.Read(ref pending) == 0)
                return;
        }
    }

    /// <summary>Stops sending; whatever is still queued is logged as not delivered.</summary>
    public void Abandon() => stopping.Cancel();

    private void Add(Activity activity)
    {
        var key = new QueueKey(activity.ChannelId ?? "", activity.Conversation?.Id ?? "");
        lock (idleLock)
        {
            if (pending++ == 0)
                idle = NewIdle(completed: false);
        }
        stats.OnQueued();
        while (true)
        {
            ConversationQueue queue = queues.GetOrAdd(key, static (k, owner) => new ConversationQueue(owner, k), this);
            bool startWorker;
            lock (queue)
            {
                if (queue.Retired)
                    continue; // its worker just ended and removed it; use a new one
                queue.Items.Enqueue(activity);
                startWorker = !queue.Running;
                queue.Running = true;
            }
            // Unsafe: the worker must not capture the ExecutionContext of the request that queued the first reply.
            // It outlives that request and sends later turns' replies too; with the request's Activity.Current,
            // HttpClient made a child Activity for every POST and sent a traceparent parented on whichever request
            // started the worker, and logging scopes of that request stuck to it. Nothing on the send path reads
            // AsyncLocals (the sender, Polly pipeline, token provider and stats get what they need as arguments),
            // so the worker runs on the default, empty context.
            if (startWorker)
                ThreadPool.UnsafeQueueUserWorkItem(static q => _ = q.Owner.RunAsync(q), queue, preferLocal: false);
            return;
        }
    }

    private async Task RunAsync(ConversationQueue queue)
    {
        while (true)
        {
            Activity activity;
            lock (queue)
            {
                if (!queue.Items.TryDequeue(out activity!))
                {
                    queue.Running = false;
                    queue.Retired = true;
                    queues.TryRemove(new KeyValuePair<QueueKey, ConversationQueue>(queue.Key, queue));
                    return;
                }
            }
            await DeliverAsync(activity);
        }
    }

    private async Task DeliverAsync(Activity activity)
    {
        try
        {
            DeliveryResult result;
            try
            {
                result = await sender.SendAsync(activity, stopping.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                result = DeliveryResult.Failed("the bot was shutting down");
            }
            catch (Exception exception)
            {
                result = DeliveryResult.Failed(exception.GetType().Name + ": " + exception.Message);
            }

            if (result.Ok)
            {
                stats.OnSent();
            }
            else
            {
                stats.OnFailed();
                LogNotDelivered(activity.Conversation?.Id, activity.Id, activity.ReplyToId, activity.Type, result.Problem);
            }
        }
        finally
        {
            capacity.Release();
            lock (idleLock)
            {
                if (--pending == 0)
                    idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
            source.SetResult();
        return source;
    }

    [LoggerMessage(Level = LogLevel.Error, EventId = 4101,
        Message = "Reply not delivered to conversation {ConversationId} (activity {ActivityId}, reply to {ReplyToId}, type {ActivityType}): {Problem}")]
    private partial void LogNotDelivered(string? conversationId, string? activityId, string? replyToId, string? activityType, string? problem);

    // Workers may still be finishing, so the token source and semaphore are left to the GC.
    public void Dispose() => stopping.Cancel();

    /// <summary>A conversation of a channel (compared as ordinal strings, with no key text built per activity).</summary>
    private readonly record struct QueueKey(string ChannelId, string ConversationId);

    private sealed class ConversationQueue(ReplyQueue owner, QueueKey key)
    {
        public ReplyQueue Owner { get; } = owner;
        public QueueKey Key { get; } = key;
        public Queue<Activity> Items { get; } = new();
        public bool Running { get; set; }
        public bool Retired { get; set; }
    }
}

using CareerBot.Bot.Protocol;
using CareerBot.Bot.State;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Bot.Hosting;

internal sealed partial class ActivityPipeline
{
    /// <summary>
    /// Read, run, write with the ETag; on a conflict (another writer got there first) read again and
    /// run again, discarding the earlier outcome. Runs under the conversation's lease; when the lease read
    /// the state as it was taken, that is the first read, and the lease writes the state too (letting go of the
    /// shared lease in the same step; this process's queue for the conversation is held until the replies are queued).
    /// </summary>
    private async Task<TurnRun> RunTurnAsync(Activity activity, TurnKind kind, string key, IAsyncDisposable held,
        CancellationToken cancellationToken)
    {
        var welcomed = kind == TurnKind.Join ? (activity.Type == ActivityTypes.Event ? activity.From : JoiningUser(activity))?.Id : null;
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var stored = attempt == 1 && held is ILeaseWithState read ? read.State : await store.ReadAsync(key, cancellationToken);
            var record = written.Read(key, stored);
            if (record is not null && record.HasApplied(activity.Id))
                return new TurnRun(null, attempt, "the activity was already applied");
            if (welcomed is not null && record?.WelcomeShownTo == welcomed)
                return new TurnRun(null, attempt, "the welcome is already showing");

            var outcome = await engine.RunTurnAsync(TurnFor(activity, kind, record is null), record?.Dialog, cancellationToken);
            if (outcome.State is null)
            {
                // Forget me: nothing of the conversation is kept, not even the activity ids.
                await store.DeleteAsync(key, cancellationToken);
                written.Forget(key);
                return new TurnRun(outcome, attempt, null);
            }

            var next = (record ?? new ConversationRecord()).After(outcome.State, activity.Id, time.GetUtcNow(), welcomed);
            var payload = next.ToJson();
            var etag = held is ILeaseWithState writer
                ? await writer.WriteAndReleaseAsync(payload, stored?.ETag, cancellationToken)
                : await store.WriteAsync(key, payload, stored?.ETag, cancellationToken);
            if (etag is not null)
            {
                written.Written(key, etag, next);
                return new TurnRun(outcome, attempt, null);
            }
            LogConflict(logger, activity.Conversation!.Id, attempt);
        }
        throw new StateUnavailableException($"The state of a conversation changed under {MaxWriteAttempts} attempts in a row.");
    }

    /// <summary>Inbound endOfConversation: the channel closed the conversation, so its state goes.</summary>
    private async Task<ProcessResult> EndAsync(Activity activity, CancellationToken cancellationToken)
    {
        var expectReplies = IsExpectReplies(activity);
        try
        {
            var key = KeyOf(activity);
            await using (await lease.AcquireAsync(key, cancellationToken))
            {
                await store.DeleteAsync(key, cancellationToken);
                written.Forget(key);
            }
        }
        catch (StateUnavailableException ex)
        {
            LogStateUnavailable(logger, ex, activity.Conversation!.Id);
            return new ProcessResult(StatusCodes.Status503ServiceUnavailable, expectReplies ? [] : null);
        }
        return new ProcessResult(StatusCodes.Status200OK, expectReplies ? [] : null);
    }

    /// <param name="Outcome">The engine's outcome, or null when the activity was skipped.</param>
    /// <param name="Attempts">How many runs it took (more than 1 after write conflicts).</param>
    /// <param name="Why">Why it was skipped.</param>
    private sealed record TurnRun(TurnOutcome? Outcome, int Attempts, string? Why);
}

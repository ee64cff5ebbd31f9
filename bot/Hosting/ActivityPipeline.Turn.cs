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
    /// With <paramref name="known"/> (this instance wrote the state last, see <see cref="WrittenRecords.Known"/>) the
    /// first run starts from that record and its ETag without a read; a conflict then makes the turn read and run again.
    /// </summary>
    private async Task<TurnRun> RunTurnAsync(Activity activity, TurnKind kind, string key, IAsyncDisposable held,
        (string ETag, ConversationRecord Record)? known, CancellationToken cancellationToken)
    {
        var welcomed = kind == TurnKind.Join ? (activity.Type == ActivityTypes.Event ? activity.From : JoiningUser(activity))?.Id : null;
        var leased = held as ILeaseWithState;
        var trustFailed = false;
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            string? expectedETag;
            ConversationRecord? record;
            bool fromMemory;
            if (attempt == 1 && known is { } mine)
            {
                (expectedETag, record, fromMemory) = (mine.ETag, mine.Record, true);
            }
            else
            {
                var stored = attempt == 1 && leased is not null ? leased.State
                    : leased is not null ? await leased.ReadAgainAsync(cancellationToken)
                    : await store.ReadAsync(key, cancellationToken);
                expectedETag = stored?.ETag;
                record = written.Read(key, stored, out fromMemory);
            }
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
            var etag = leased is not null
                ? await leased.WriteAndReleaseAsync(payload, expectedETag, cancellationToken)
                : await store.WriteAsync(key, payload, expectedETag, cancellationToken);
            if (etag is not null)
            {
                written.Written(key, etag, next, fromMemory, trustFailed);
                return new TurnRun(outcome, attempt, null);
            }
            trustFailed |= attempt == 1 && known is not null;
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

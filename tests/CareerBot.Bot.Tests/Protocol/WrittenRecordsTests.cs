using CareerBot.Bot.Hosting;
using CareerBot.Bot.State;
using CareerBot.Bot.Tests.Insights;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// The records an instance wrote, kept so the next turn need not parse them again: used only while the store still
/// holds that write (same ETag), for a limited time and number of conversations, and dropped when a conversation is
/// forgotten. A payload that does not parse shows when a record came from memory instead.
/// </summary>
public sealed class WrittenRecordsTests : IDisposable
{
    private const string Unreadable = "{ not a record";
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
    private readonly ManualClock clock = new(Start);
    private readonly WrittenRecords records;

    public WrittenRecordsTests() => records = new WrittenRecords(clock, capacity: 3, keepFor: TimeSpan.FromMinutes(10));

    public void Dispose() => records.Dispose();

    /// <summary>A write by a turn that read the store and did not find this instance's own write.</summary>
    private void Write(string key, string etag, ConversationRecord record) =>
        records.Written(key, etag, record, fromMemory: false, trustFailed: false);

    private ConversationRecord? ReadBack(string key, StoredState? stored) => records.Read(key, stored, out _);

    private static ConversationRecord RecordOf(int turns) => new() { Turns = turns, LastSeen = Start, Recent = ["a" + turns] };

    [Fact]
    public void Read_StoreStillHoldsTheWriteFromHere_TheWrittenRecordWithoutParsing()
    {
        var written = RecordOf(3);
        Write("webchat/a", "etag-1", written);

        Assert.Same(written, ReadBack("webchat/a", new StoredState(Unreadable, "etag-1")));
    }

    [Fact]
    public void Read_AnotherWriteSince_ParsesWhatIsStored()
    {
        Write("webchat/a", "etag-1", RecordOf(3));
        string theirs = RecordOf(4).ToJson();

        var read = ReadBack("webchat/a", new StoredState(theirs, "etag-2"));

        Assert.Equal(4, read?.Turns);
        Assert.Null(ReadBack("webchat/a", new StoredState(Unreadable, "etag-2")));
    }

    [Fact]
    public void Read_NothingStored_Null()
    {
        Write("webchat/a", "etag-1", RecordOf(3));

        Assert.Null(ReadBack("webchat/a", null));
    }

    [Fact]
    public void Read_OtherConversationWithTheSameETag_NotTheWrittenRecord()
    {
        Write("webchat/a", "etag-1", RecordOf(3));

        Assert.Null(ReadBack("webchat/b", new StoredState(Unreadable, "etag-1")));
    }

    [Fact]
    public void Read_LongerThanKeepForAfterTheWrite_ParsesAgain()
    {
        var written = RecordOf(3);
        Write("webchat/a", "etag-1", written);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Same(written, ReadBack("webchat/a", new StoredState(Unreadable, "etag-1")));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(ReadBack("webchat/a", new StoredState(Unreadable, "etag-1")));
    }

    [Fact]
    public void Forget_Conversation_NoLongerHeld()
    {
        Write("webchat/a", "etag-1", RecordOf(3));
        Write("webchat/b", "etag-2", RecordOf(5));

        records.Forget("webchat/a");

        Assert.Null(ReadBack("webchat/a", new StoredState(Unreadable, "etag-1")));
        Assert.NotNull(ReadBack("webchat/b", new StoredState(Unreadable, "etag-2")));
        Assert.Equal(1, records.Count);
    }

    [Fact]
    public void Written_MoreConversationsThanCapacity_HoldsNoMoreThanCapacity()
    {
        for (int i = 0; i < 10; i++)
            Write("webchat/" + i, "etag-" + i, RecordOf(i));

        Assert.InRange(records.Count, 1, 3);
    }

    [Fact]
    public void Known_WrittenAfterAReadOfItsOwnWrite_Trusted()
    {
        var first = RecordOf(1);
        records.Written("webchat/a", "etag-1", first, fromMemory: false, trustFailed: false);
        Assert.Null(records.Known("webchat/a"));

        var second = RecordOf(2);
        records.Written("webchat/a", "etag-2", second, fromMemory: true, trustFailed: false);

        Assert.Equal(("etag-2", second), records.Known("webchat/a"));
        Assert.Null(records.Known("webchat/b"));
    }

    [Fact]
    public void Known_AfterAWriteOnTrustFailed_NotTrustedAgainWhileHeld()
    {
        records.Written("webchat/a", "etag-1", RecordOf(1), fromMemory: true, trustFailed: false);
        Assert.NotNull(records.Known("webchat/a"));

        records.Written("webchat/a", "etag-2", RecordOf(2), fromMemory: false, trustFailed: true);
        Assert.Null(records.Known("webchat/a"));
        records.Written("webchat/a", "etag-3", RecordOf(3), fromMemory: true, trustFailed: false);

        Assert.Null(records.Known("webchat/a"));
        // The record itself still serves a read that finds its ETag.
        Assert.Equal(3, ReadBack("webchat/a", new StoredState(Unreadable, "etag-3"))?.Turns);
    }

    [Fact]
    public void Known_ForgottenOrExpired_NotKnown()
    {
        records.Written("webchat/a", "etag-1", RecordOf(1), fromMemory: true, trustFailed: false);
        records.Written("webchat/b", "etag-2", RecordOf(2), fromMemory: true, trustFailed: false);

        records.Forget("webchat/a");
        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(records.Known("webchat/a"));
        Assert.Null(records.Known("webchat/b"));
    }

    [Fact]
    public void Read_ReportsWhetherTheRecordCameFromMemory()
    {
        Write("webchat/a", "etag-1", RecordOf(3));

        records.Read("webchat/a", new StoredState(Unreadable, "etag-1"), out bool mine);
        records.Read("webchat/a", new StoredState(RecordOf(4).ToJson(), "etag-2"), out bool theirs);

        Assert.True(mine);
        Assert.False(theirs);
    }

    [Fact]
    public void Known_AfterAWriteOnTrustFailedAnywhere_NoConversationTrustedForAMinute()
    {
        records.Written("webchat/a", "etag-1", RecordOf(1), fromMemory: true, trustFailed: false);
        records.Written("webchat/b", "etag-2", RecordOf(2), fromMemory: true, trustFailed: false);

        records.Written("webchat/c", "etag-3", RecordOf(3), fromMemory: false, trustFailed: true);

        Assert.Null(records.Known("webchat/a"));
        clock.Advance(WrittenRecords.TrustPause - TimeSpan.FromSeconds(1));
        Assert.Null(records.Known("webchat/b"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(records.Known("webchat/a"));
        Assert.NotNull(records.Known("webchat/b"));
        Assert.Null(records.Known("webchat/c"));
    }
}

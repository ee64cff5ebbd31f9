namespace CareerBot.Bot.Insights;

/// <summary>
/// Where the anonymous insight counts live: a SQLite file by default, Redis when several instances
/// should share one set of figures. Implementations count each fact once per conversation.
/// </summary>
internal interface IInsightStore
{
    /// <summary>Counts each fact (and the conversation itself when asked) once per conversation, on <paramref name="day"/>.</summary>
    Task RecordAsync(string channelId, string conversationId, DateOnly day, bool countConversation,
        IReadOnlyCollection<InsightFact> facts, CancellationToken cancellationToken);

    /// <summary>Several turns' facts at once (in order); stores that can write them together do so.</summary>
    async Task RecordManyAsync(IReadOnlyList<InsightRecord> records, CancellationToken cancellationToken)
    {
        foreach (InsightRecord r in records)
            await RecordAsync(r.ChannelId, r.ConversationId, r.Day, r.CountConversation, r.Facts, cancellationToken);
    }

    /// <summary>Every count between two days, inclusive.</summary>
    Task<IReadOnlyList<InsightCount>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Deletes what links this conversation to its facts. The anonymous counts stay.</summary>
    Task ForgetAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}

/// <summary>One turn's facts, as <see cref="IInsightStore.RecordAsync"/> takes them.</summary>
internal sealed record InsightRecord(string ChannelId, string ConversationId, DateOnly Day, bool CountConversation,
    IReadOnlyCollection<InsightFact> Facts)
{
    /// <summary>Nothing to count: the conversation is not counted and no fact came.</summary>
    public bool IsEmpty => !CountConversation && Facts.Count == 0;

    /// <summary>What to count once for this conversation: the conversation itself first (when asked), then the facts.</summary>
    public IEnumerable<InsightFact> ToCount =>
        CountConversation ? Facts.Prepend(new InsightFact(InsightKinds.Conversation, "")) : Facts;
}

/// <summary>How many conversations had one fact on one day.</summary>
internal sealed record InsightCount(DateOnly Day, string Kind, string Value, long Count);

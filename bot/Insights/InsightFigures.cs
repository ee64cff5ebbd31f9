namespace CareerBot.Bot.Insights;

/// <summary>What the insight page shows, for one range of days. Every number counts conversations.</summary>
public sealed record InsightFigures
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    /// <summary>Unmatched words below this count are left out.</summary>
    public required int MinimumWordCount { get; init; }
    public required long TotalConversations { get; init; }
    /// <summary>One entry per day, including days with none.</summary>
    public required IReadOnlyList<DayCount> ConversationsPerDay { get; init; }
    /// <summary>The questions, most reached first: how far people get.</summary>
    public required IReadOnlyList<StepFigure> DropOff { get; init; }
    public required IReadOnlyList<ValueCount> TopInterests { get; init; }
    public required IReadOnlyList<ValueCount> QualificationLevels { get; init; }
    public required IReadOnlyList<ValueCount> SuggestionsShown { get; init; }
    /// <summary>Words residents typed that matched nothing, typed in at least <see cref="MinimumWordCount"/> conversations.</summary>
    public required IReadOnlyList<ValueCount> UnmatchedWords { get; init; }
    /// <summary>What residents asked about (a topic such as "dbs", "pay", "course_cost"), most asked first.</summary>
    public required IReadOnlyList<ValueCount> QuestionsAsked { get; init; }
    /// <summary>Conversations where a resident in danger was given help lines, by kind ("self_harm", "abuse").</summary>
    public required IReadOnlyList<ValueCount> UrgentHelp { get; init; }
}

public sealed record DayCount(DateOnly Day, long Count);

public sealed record ValueCount(string Value, long Count);

/// <param name="Step">The question's name as the dialogs give it.</param>
/// <param name="Reached">Conversations that got to this question.</param>
/// <param name="LeftHere">Conversations that got here but not to the next question (null for the last).</param>
/// <param name="PercentOfFirst">Reached as a share of the first question, 0-100.</param>
public sealed record StepFigure(string Step, long Reached, long? LeftHere, double PercentOfFirst);

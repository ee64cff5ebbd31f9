namespace CareerBot.Bot.Insights;

/// <summary>Turns stored counts into the page's figures.</summary>
internal static class InsightCalculator
{
    public const int TopCount = 10;

    public static InsightFigures Calculate(
        IReadOnlyList<InsightCount> counts, DateOnly from, DateOnly to, int minimumWordCount)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Dictionary<DateOnly, long> perDay = counts.Where(c => c.Kind == InsightKinds.Conversation)
            .GroupBy(c => c.Day).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var days = new List<DayCount>();
        for (DateOnly day = from; day <= to; day = day.AddDays(1))
            days.Add(new DayCount(day, perDay.GetValueOrDefault(day)));

        List<ValueCount> steps = Totals(counts, InsightKinds.Step).Where(v => !InsightKinds.SideSteps.Contains(v.Value)).ToList();
        var dropOff = new List<StepFigure>(steps.Count);
        for (int i = 0; i < steps.Count; i++)
        {
            long? leftHere = i + 1 < steps.Count ? Math.Max(0, steps[i].Count - steps[i + 1].Count) : null;
            double percent = steps[0].Count == 0 ? 0 : Math.Round(100.0 * steps[i].Count / steps[0].Count, 1);
            dropOff.Add(new StepFigure(steps[i].Value, steps[i].Count, leftHere, percent));
        }

        return new InsightFigures
        {
            From = from,
            To = to,
            MinimumWordCount = minimumWordCount,
            TotalConversations = days.Sum(d => d.Count),
            ConversationsPerDay = days,
            DropOff = dropOff,
            TopInterests = Totals(counts, InsightKinds.Interest).Take(TopCount).ToList(),
            QualificationLevels = Totals(counts, InsightKinds.Level).OrderBy(v => v.Value, StringComparer.Ordinal).ToList(),
            SuggestionsShown = Totals(counts, InsightKinds.Shown).Take(TopCount).ToList(),
            UnmatchedWords = Totals(counts, InsightKinds.Unmatched)
                .Where(v => v.Count >= minimumWordCount).Take(TopCount * 2).ToList(),
            QuestionsAsked = Totals(counts, InsightKinds.Asked).Take(TopCount * 2).ToList(),
            UrgentHelp = Totals(counts, InsightKinds.Crisis),
        };
    }

    // Most first; ties by name so the page does not shuffle between loads.
    private static List<ValueCount> Totals(IEnumerable<InsightCount> counts, string kind) =>
        counts.Where(c => c.Kind == kind)
            .GroupBy(c => c.Value, StringComparer.Ordinal)
            .Select(g => new ValueCount(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
}

namespace CareerBot.SearchIndex.Index;

/// <summary>How far an index build has got.</summary>
/// <param name="Stage">What is happening ("roles", "courses", "optimise", "done").</param>
/// <param name="Done">Records done in this stage.</param>
/// <param name="Total">Records in this stage.</param>
public sealed record IndexBuildProgress(string Stage, int Done, int Total);

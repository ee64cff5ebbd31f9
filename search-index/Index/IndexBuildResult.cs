namespace CareerBot.SearchIndex.Index;

/// <summary>What a finished build made.</summary>
public sealed record IndexBuildResult(string Path, int Roles, int Courses, long Bytes, TimeSpan Elapsed, string DataVersion);

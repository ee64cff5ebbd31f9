namespace CareerBot.SearchIndex.Query;

/// <summary>ESOL levels, as colleges and residents name them (Pre-entry, Entry 1-3, Level 1-2).</summary>
public enum EsolLevel
{
    PreEntry,
    Entry1,
    Entry2,
    Entry3,
    Level1,
    Level2,
}

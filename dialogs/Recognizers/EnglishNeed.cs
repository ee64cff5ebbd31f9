using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>The resident said their English is a barrier ("my English is not good"), with the ESOL level when they named one.</summary>
public sealed record EnglishNeed(EsolLevel? Level = null);

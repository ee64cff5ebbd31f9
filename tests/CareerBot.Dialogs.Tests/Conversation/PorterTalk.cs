using CareerBot.Dialogs.Conversation;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// The talk the hours, times and travel checks start from: the real dialogs and place list, a catalogue of one porter
/// job, and the greeting done.
/// </summary>
internal static class PorterTalk
{
    /// <summary>Every pattern that says a time of day or week (not full- or part-time, nor bank).</summary>
    public static readonly WorkPatterns TimeFlags = WorkPatterns.Days | WorkPatterns.Evenings | WorkPatterns.Nights
        | WorkPatterns.Weekends | WorkPatterns.Weekdays | WorkPatterns.SchoolHours;

    public static async Task<TestTalk> JoinAsync()
    {
        var talk = new TestTalk();
        talk.Engine = new ConversationEngine(talk.Search, CatalogueData.LoadPlaces());
        talk.Catalogue.Roles.Add(FakeCatalogue.Role("porter", "Hospital porter", "support services", "You move patients around the hospital."));
        await talk.JoinAsync();
        return talk;
    }
}

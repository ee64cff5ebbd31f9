using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A whole chat on the real catalogue for the wishes tests: the first message, then a plain answer to each question
/// the bot asks, until the results. Kinds of work are named by the ids of the jobs that meet them.
/// </summary>
internal static class WishChat
{
    public const string Menu = "What would you like to do next?";

    public static readonly Dictionary<string, string[]> Jobs = new(StringComparer.Ordinal)
    {
        ["care"] = ["care-worker", "home-care-worker", "senior-care-worker", "support-worker-ld", "personal-assistant-care", "reablement-worker",
            "activities-coordinator", "healthcare-support-worker", "mental-health-support-worker", "maternity-support-worker", "care-coordinator"],
        ["driving"] = ["driver", "pts-driver", "emergency-care-assistant"],
        ["cleaning"] = ["domestic-assistant", "ward-housekeeper", "domestic-supervisor"],
        ["kitchen"] = ["catering-assistant", "cook-chef", "ward-host", "catering-team-leader"],
        ["porter"] = ["porter", "theatre-porter", "portering-supervisor"],
        ["warehouse"] = ["stores-assistant", "stores-supervisor"],
        ["admin"] = ["admin-assistant", "ward-clerk", "medical-records-clerk", "business-admin-apprentice", "practice-administrator",
            "booking-coordinator", "medical-secretary", "recruitment-assistant", "clinical-coder"],
        ["reception"] = ["receptionist", "gp-receptionist"],
        ["pharmacy"] = ["pharmacy-assistant", "pharmacy-services-apprentice", "medicines-counter-assistant", "pharmacy-technician"],
        ["it"] = ["it-apprentice", "it-service-desk", "data-analyst"],
        ["security"] = ["security-officer"],
        ["laundry"] = ["laundry-assistant"],
        ["blood"] = ["phlebotomist", "healthcare-science-practitioner"],
    };

    /// <summary>Says <paramref name="first"/>, then answers each question plainly until the results menu.</summary>
    public static async Task<(TestTalk Talk, RecordingSearch Search, string Said)> ToResultsAsync(ICatalogueSearch catalogue, string first)
    {
        var search = new RecordingSearch(catalogue);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(first);
        var said = talk.AllText;
        for (var i = 0; i < 12 && talk.LastText != Menu; i++)
        {
            var asked = talk.LastText;
            await talk.SayAsync(
                asked.Contains("qualifications", StringComparison.Ordinal) ? "none"
                : asked.Contains("hours a week", StringComparison.Ordinal) ? "any hours"
                : asked.Contains("When can you work", StringComparison.Ordinal) ? "any time"
                : asked.Contains("start", StringComparison.Ordinal) ? "now"
                : asked.Contains("Where do you live", StringComparison.Ordinal) ? "Birmingham"
                : asked.Contains("How far", StringComparison.Ordinal) ? "10 miles"
                : asked.Contains("?", StringComparison.Ordinal) && asked.Contains("Do you", StringComparison.Ordinal) ? "yes"
                : "none");
            said += "\n" + talk.AllText;
        }
        Assert.Equal(Menu, talk.LastText);
        return (talk, search, said);
    }

    /// <summary>The ids of the results shown by the last search (its first page).</summary>
    public static async Task<List<string>> ShownAsync(ICatalogueSearch catalogue, RecordingSearch search)
    {
        var results = await catalogue.SearchAsync(search.Profiles[^1], TestContext.Current.CancellationToken);
        return [.. results.Items.Select(s => s.Id)];
    }

    /// <summary>True when one of <paramref name="shown"/> meets the kind.</summary>
    public static bool Meets(IEnumerable<string> shown, string kind) => shown.Any(Jobs[kind].Contains);
}

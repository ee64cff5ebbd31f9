namespace CareerBot.Dialogs.Conversation;

/// <summary>Jargon words a resident may ask about, and the catalogue message that explains each.</summary>
public static class Glossary
{
    private static readonly Dictionary<string, string> Terms = new(StringComparer.Ordinal)
    {
        ["nvq"] = "glossary.nvq", ["nvqs"] = "glossary.nvq", ["national vocational qualification"] = "glossary.nvq",
        ["dbs"] = "glossary.dbs", ["dbs check"] = "glossary.dbs", ["dbs checks"] = "glossary.dbs", ["crb"] = "glossary.dbs",
        ["band"] = "glossary.band", ["bands"] = "glossary.band", ["band 2"] = "glossary.band", ["band two"] = "glossary.band",
        ["band 1"] = "glossary.band_1", ["band 3"] = "glossary.band_3", ["band 4"] = "glossary.band_4", ["band 5"] = "glossary.band_5",
        ["band 6"] = "glossary.band_6", ["band 7"] = "glossary.band_7", ["band one"] = "glossary.band_1", ["band three"] = "glossary.band_3",
        ["band four"] = "glossary.band_4", ["band five"] = "glossary.band_5", ["band six"] = "glossary.band_6", ["band seven"] = "glossary.band_7",
        ["agenda for change"] = "glossary.band", ["afc"] = "glossary.band", ["nhs band"] = "glossary.band",
        ["apprenticeship"] = "glossary.apprenticeship", ["apprenticeships"] = "glossary.apprenticeship", ["apprentice"] = "glossary.apprenticeship",
        ["shift"] = "glossary.shift", ["shifts"] = "glossary.shift",
        ["esol"] = "glossary.esol", ["gcse"] = "glossary.gcse", ["gcses"] = "glossary.gcse",
        ["functional skills"] = "glossary.functional", ["fs"] = "glossary.functional",
        ["level"] = "glossary.level", ["levels"] = "glossary.level", ["rqf"] = "glossary.level", ["level 2"] = "glossary.level",
        ["entry level"] = "glossary.level",
        ["care certificate"] = "glossary.care_certificate",
        ["enic"] = "glossary.enic", ["uk enic"] = "glossary.enic", ["naric"] = "glossary.enic", ["uk naric"] = "glossary.enic",
        ["nhs"] = "glossary.nhs", ["btec"] = "glossary.btec",
        ["hca"] = "glossary.hca", ["healthcare assistant"] = "glossary.hca", ["hcsw"] = "glossary.hca",
        ["bank"] = "glossary.bank", ["bank work"] = "glossary.bank", ["bank staff"] = "glossary.bank",
        ["bank job"] = "glossary.bank", ["bank jobs"] = "glossary.bank", ["bank shift"] = "glossary.bank", ["bank shifts"] = "glossary.bank",
        ["bank worker"] = "glossary.bank", ["bank contract"] = "glossary.bank",
        ["part time"] = "glossary.part_time", ["full time"] = "glossary.full_time", ["cv"] = "glossary.cv",
    };

    public static IReadOnlyCollection<string> MessageKeys => Terms.Values.Distinct().ToList();

    /// <summary>The message key for a term (already normalised), or null.</summary>
    public static string? Find(string term) => Terms.GetValueOrDefault(term.Trim());
}

using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Query;

/// <summary>Turns catalogue records into the cards the dialogs show.</summary>
internal static class Cards
{
    public static RoleCard Role(RoleRecord r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Family = r.Family,
        Summary = r.Summary,
        OtherNames = r.OtherNames,
        Tasks = r.Tasks,
        EntryRequirements = r.EntryRequirements,
        MinQualificationLevel = r.MinQualificationLevel,
        AfcBand = r.AfcBand,
        PayLow = r.PayLow,
        PayHigh = r.PayHigh,
        PayYear = r.PayYear,
        HoursPatterns = r.HoursPatterns,
        DbsCheck = r.DbsCheck is { } dbs && !dbs.StartsWith("no", StringComparison.OrdinalIgnoreCase),
        DrivingLicence = r.DrivingLicence is "yes" or "usually",
        EmployerTypes = r.EmployerTypes,
        ProgressionIds = r.Progression,
        Places = r.Places,
        ApplyHint = r.Where,
    };

    public static CourseCard Course(CourseRecord c, CatalogueIndex index) => new()
    {
        Id = c.Id,
        Title = c.Title,
        Level = c.Level,
        Kind = c.Kind,
        Summary = c.Summary,
        Length = c.Length,
        Modes = c.Modes,
        Cost = c.Cost,
        EntryRequirements = c.EntryRequirements,
        MinAge = c.MinAge,
        Providers = c.Providers.Select(p => index.Providers.TryGetValue(p, out var pr) ? pr.Name : p).ToList(),
        ProviderPlaces = c.Providers.Select(p => index.Providers.TryGetValue(p, out var pr)
            ? new CourseProvider(pr.Name, pr.Type, pr.Town, pr.Borough, pr.Latitude, pr.Longitude) : new CourseProvider(p, "", null, "")).ToList(),
        AvailableEverywhere = c.AvailableEverywhere,
        EntryLevel = c.EntryLevel,
        LeadsToRoleIds = c.LeadsToRoles,
        LeadsToCourseIds = c.LeadsToCourses,
    };
}

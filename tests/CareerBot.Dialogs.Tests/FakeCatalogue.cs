using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Tests;

/// <summary>A small in-memory catalogue: finds roles whose words or family match the profile.</summary>
internal sealed class FakeCatalogue : ICatalogueSearch
{
    public List<RoleCard> Roles { get; } =
    [
        Role("porter", "Hospital porter", "support services", "You move patients and equipment around the hospital.", band: "2", pay: 24465),
        Role("care-worker", "Care worker (care home)", "social care", "You help older people in a care home.", pay: 23875, dbs: true),
        Role("home-care-worker", "Home care worker", "social care", "You visit people at home and help them.", pay: 23500),
        Role("senior-care-worker", "Senior care worker", "social care", "You lead a small care team.", pay: 25000),
        Role("activities-coordinator", "Activities co-ordinator", "social care", "You plan games and trips in a care home.", pay: 23000),
        Role("admin-assistant", "Admin assistant", "admin", "You do office work for a hospital team.", band: "2", pay: 24465),
        Role("it-apprentice", "IT support apprentice", "digital", "You fix computers and help staff.", pay: 18000),
    ];

    public List<SearchProfile> Profiles { get; } = [];
    public Exception? Throw { get; set; }

    public static RoleCard Role(string id, string title, string family, string summary, string? band = null, int? pay = null, bool dbs = false) => new()
    {
        Id = id, Title = title, Family = family, Summary = summary, AfcBand = band, PayLow = pay, DbsCheck = dbs,
        HoursPatterns = ["full-time", "part-time", "nights"], Tasks = ["Help people."],
    };

    public Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        if (Throw is not null) throw Throw;
        Profiles.Add(profile);
        var words = (profile.Text ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Concat(profile.InterestWords).ToList();
        var matches = Roles.Where(r =>
            (profile.Families.Count == 0 || profile.Families.Contains(r.Family)) &&
            (words.Count == 0 || words.Any(w => (r.Title + " " + r.Summary + " " + r.Family + " " + string.Join(' ', r.OtherNames)).Contains(w, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var unmatched = words.Where(w => !Roles.Any(r => (r.Title + " " + r.Summary).Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        var page = matches.Skip(profile.Offset).Take(profile.Limit).Select(r => new Suggestion
        {
            Kind = ResultKind.Role, Id = r.Id, Title = r.Title, Score = 1, Role = r,
            Why = [new MatchReason(MatchKind.Interest, words.FirstOrDefault() ?? r.Family, "title")],
        }).ToList();
        var named = words.Where(w => Roles.Any(r => (r.Title + " " + r.Summary + " " + r.Family + " " + string.Join(' ', r.OtherNames)).Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
        return Task.FromResult(new SearchResults { Items = page, Total = matches.Count, UnmatchedWords = unmatched, WorkWords = named });
    }

    public Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.FirstOrDefault(r => r.Id == id));

    public Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken) => Task.FromResult<CourseCard?>(null);

    public Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CourseCard>>([new CourseCard { Id = "c1", Title = "Care course", Level = "Level 2", Kind = "course", Cost = "Free." }]);
}

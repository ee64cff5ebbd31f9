using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.Bench.Index;

/// <summary>Makes a big catalogue for benchmarks: the real records plus generated ones from the same words.</summary>
internal static class SyntheticCatalogue
{
    public static CatalogueData Generate(CatalogueData real, int total, int seed)
    {
        var random = new Random(seed);
        var words = real.Roles.SelectMany(r => Split(r.Title + " " + r.Summary + " " + string.Join(' ', r.Tasks)))
            .Concat(real.Courses.SelectMany(c => Split(c.Title + " " + c.Summary)))
            .Distinct().ToArray();
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => words[random.Next(words.Length)]));

        var extra = Math.Max(0, total - real.Roles.Count - real.Courses.Count);
        var roleCount = extra / 2;
        var roles = new List<RoleRecord>(real.Roles);
        for (var i = 0; i < roleCount; i++)
        {
            var template = real.Roles[random.Next(real.Roles.Count)];
            roles.Add(template with
            {
                Id = $"synthetic-role-{i}",
                Title = Words(2, 4),
                OtherNames = [Words(1, 2), Words(1, 2)],
                Summary = Words(6, 12) + ".",
                Tasks = [Words(3, 6) + ".", Words(3, 6) + ".", Words(3, 6) + "."],
                MinQualificationLevel = random.Next(0, 7),
                Progression = [],
            });
        }
        var courses = new List<CourseRecord>(real.Courses);
        for (var i = 0; i < extra - roleCount; i++)
        {
            var template = real.Courses[random.Next(real.Courses.Count)];
            courses.Add(template with
            {
                Id = $"synthetic-course-{i}",
                Title = Words(2, 5),
                Summary = Words(5, 10) + ".",
                EntryLevel = random.Next(0, 4),
                LeadsToRoles = [roles[random.Next(roles.Count)].Id, roles[random.Next(roles.Count)].Id],
            });
        }
        return new CatalogueData
        {
            Roles = roles,
            Courses = courses,
            Providers = real.Providers,
            PlaceRecords = real.PlaceRecords,
            Synonyms = real.Synonyms,
            Version = $"synthetic-{total}-{seed}",
        };
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split([' ', ',', '.', '(', ')', '/', ';'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
}

using System.Globalization;
using System.Text.Json;
using CareerBot.Bench.Index;
using CareerBot.Bench.Scale;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bench.Dialogs;

/// <summary>
/// Not a timing: writes what the bot says for a large, varied set of inputs (the persona scripts, generated
/// dialogs and searches on the real catalogue and on a big generated one) to a file, one JSON line per
/// turn or query. Run it before and after a performance change and compare the files: any difference is a bug.
/// Options: --out FILE (default outputs.jsonl), --dialogs N (generated dialogs, default 2000),
/// --queries N (generated searches, default 4000), --seed N.
/// </summary>
public sealed class OutputsBenchmark : IBenchmark
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public string Name => "outputs";

    public string Description => "Writes replies and search results for many scripted and generated inputs, to compare before/after [--out FILE] [--dialogs N] [--queries N]";

    /// <summary>Things residents type at any point: answers, interruptions, typos and nonsense.</summary>
    private static readonly string[] AnyTime =
    [
        "hi", "Hello", "help", "back", "start again", "thanks", "thank you", "what does NVQ mean?", "what is DBS", "blorptastic",
        "wxyzzy", "change my hours", "change my place", "change an answer", "Change an answer", "More jobs", "More about a job",
        "courses 1", "courses 2", "details 3", "details 1", "1", "2", "3", "4", "5", "16", "30", "yes", "no", "not sure",
        "I am not sure", "skip", "Skip", "now", "Now", "In a month", "next week", "1st March", "in the summer", "Any time",
        "Days", "Nights", "nites", "Weekends", "Full-time", "Part-time", "part time", "Less than 16 hours", "20 hours",
        "None", "Nothing", "English and maths", "A work course", "Level 2", "Level 3 or higher", "From another country",
        "GCSEs", "an NVQ level 3", "a degree from abroad", "I have a driving licence", "Birmingham", "Dudley", "Coventry",
        "Walsall", "Wolverhampton", "Sandwell", "Solihull", "West Bromwich", "B15", "WV1 4AB", "DY1", "Brum", "Londonn",
        "Up to 3 miles", "Up to 5 miles", "Up to 10 miles", "Any distance", "5", "10 miles", "far", "nurse", "carer",
        "cleaning", "hospitle poter", "something with computers", "Caring for people", "Behind the scenes",
        "Helping in hospital", "I like helping old people", "work in a chemist", "Medicines", "Driving or stores",
        "Office work", "At a desk", "Computers and IT", "More choices", "Kind of work", "IT", "I like IT and computers",
        "kitchen", "porter", "radiografer", "helthcare asistant nights", "pharmacy", "admin", "reception", "driving",
        "look after old people part time", "I want to be a doctor", "midwife", "physio", "paramedic", "lab work",
        "catering", "security", "gardening", "maths", "english course", "esol", "apprenticeship", "", "   ", "??",
        "porter\" NEAR(* AND ( care", "bye", "stop", "forget me", "Hi", "restart", "more", "details", "courses",
        "change", "hours", "place", "qualifications", "interest", "tell me more", "show more", "a few hours", "any",
    ];

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArgs(args);
        var outPath = options.Text("out", "outputs.jsonl");
        var dialogCount = options.Int("dialogs", 2000);
        var queryCount = options.Int("queries", 4000);
        var seed = options.Int("seed", 7);
        var folder = Directory.CreateTempSubdirectory("careerbot-bench-outputs-").FullName;
        try
        {
            await using var output = new StreamWriter(outPath);
            var data = CatalogueData.LoadEmbedded();
            var realPath = Path.Combine(folder, "catalogue.db");
            await IndexBenchRunner.BuildAsync(data, realPath, cancellationToken);
            using (var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(realPath, cancellationToken)))
            {
                var search = new CatalogueSearch(holder);
                var engine = new ConversationEngine(search, data.Places);
                var turns = await DialogsAsync(engine, output, dialogCount, seed, cancellationToken);
                var queries = await SearchesAsync(search, data, output, "real", queryCount, seed, cancellationToken);
                queries += await LookupsAsync(search, data, output, cancellationToken);
                Console.WriteLine($"real catalogue: {turns} turns, {queries} searches and lookups");
            }

            // A big generated catalogue takes the other query path (titles first) and loads documents lazily.
            var big = SyntheticCatalogue.Generate(data, 12_000, 42);
            var bigPath = Path.Combine(folder, "big.db");
            await IndexBenchRunner.BuildAsync(big, bigPath, cancellationToken);
            using (var holder = new CatalogueIndexHolder(await CatalogueIndex.OpenAsync(bigPath, cancellationToken)))
            {
                var search = new CatalogueSearch(holder);
                var queries = await SearchesAsync(search, data, output, "big", queryCount / 4, seed + 1, cancellationToken);
                var engine = new ConversationEngine(search, data.Places);
                var turns = await DialogsAsync(engine, output, dialogCount / 10, seed + 1, cancellationToken);
                Console.WriteLine($"big catalogue: {turns} turns, {queries} searches");
            }
            Console.WriteLine($"written to {Path.GetFullPath(outPath)}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> DialogsAsync(ConversationEngine engine, StreamWriter output, int generated, int seed, CancellationToken cancellationToken)
    {
        var turns = 0;
        var channels = new[] { ChannelKind.Emulator, ChannelKind.WebChat, ChannelKind.Sms, ChannelKind.Teams };
        var followUps = new[] { "More jobs", "More about a job", "1", "courses 1", "details 2", "courses 3", "More jobs", "More jobs", "change", "hours", "Nights" };
        foreach (var (script, i) in Scripts.All.Select((s, i) => (s, i)))
        {
            var inputs = new List<string?> { null };
            inputs.AddRange(script);
            inputs.AddRange(followUps);
            turns += await TalkAsync(engine, output, "script-" + i, ChannelKind.Emulator, inputs, cancellationToken);
        }

        var random = new Random(seed);
        for (var d = 0; d < generated; d++)
        {
            // Mostly a script's answers with some replaced or followed by anything a resident might type.
            var script = Scripts.All[random.Next(Scripts.All.Count)];
            var inputs = new List<string?> { random.Next(4) == 0 ? Pick(random, AnyTime) : null };
            foreach (var answer in script)
            {
                inputs.Add(random.Next(6) == 0 ? Pick(random, AnyTime) : answer);
                if (random.Next(8) == 0) inputs.Add(Pick(random, AnyTime));
            }
            var extra = random.Next(7);
            for (var k = 0; k < extra; k++) inputs.Add(random.Next(2) == 0 ? Pick(random, followUps) : Pick(random, AnyTime));
            turns += await TalkAsync(engine, output, "gen-" + d, channels[random.Next(channels.Length)], inputs, cancellationToken);
        }
        return turns;
    }

    private static async Task<int> TalkAsync(ConversationEngine engine, StreamWriter output, string id, ChannelKind channel,
        List<string?> inputs, CancellationToken cancellationToken)
    {
        DialogSnapshot? state = null;
        var step = 0;
        foreach (var text in inputs)
        {
            var outcome = await engine.RunTurnAsync(new Turn
            {
                Text = text ?? "", LocalTime = Now, Channel = channel, ConversationId = id, IsConversationStart = text is null,
            }, state, cancellationToken);
            state = outcome.State;
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id, step = step++, text, outcome.Replies, state = outcome.State?.Json, outcome.Signals, action = outcome.Action.ToString(),
            }, Json));
        }
        return inputs.Count;
    }

    private static async Task<int> SearchesAsync(CatalogueSearch search, CatalogueData data, StreamWriter output, string label,
        int count, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var words = data.Roles.SelectMany(r => r.Title.Split(' ').Concat(r.OtherNames).Concat(r.Tasks.Take(1)))
            .Concat(data.Courses.Select(c => c.Title))
            .Concat(data.Synonyms.SelectMany(s => s.Words))
            .Concat(AnyTime)
            .Concat(["nights", "part time", "full time", "weekends", "school hours", "bank", "the", "and", "I", "like", "course", "college"])
            .Where(w => w.Length > 0).Distinct().ToArray();
        var families = data.Families.Concat(["care", "admin", "nursing", "x", "Support Services", ""]).ToArray();
        var places = data.Places.Select(p => p.Name).Concat(["B15", "WV1 4AB", "DY1 1AA", "b152tt", "Brum", "Nowhere", "", "  "]).ToArray();
        var certificates = new[] { "gcse-english", "gcse-maths", "care-certificate", "driving-licence", "esol-e3", "overseas-degree" };
        var n = 0;
        foreach (var q in IndexBenchRunner.Queries) await WriteSearchAsync(search, output, label, n++, q, cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(0, 5)).Select(_ => Typo(random, Pick(random, words))));
            var profile = new SearchProfile
            {
                Text = random.Next(10) == 0 ? null : text,
                InterestWords = random.Next(4) == 0 ? [Pick(random, words), Pick(random, words)] : [],
                Families = random.Next(4) == 0 ? [Pick(random, families)] : [],
                ExcludedFamilies = random.Next(8) == 0 ? [Pick(random, families)] : [],
                QualificationLevel = random.Next(4) == 0 ? null : random.Next(0, 9),
                Certificates = random.Next(3) == 0 ? [Pick(random, certificates), Pick(random, certificates)] : [],
                MinHoursPerWeek = random.Next(5) == 0 ? random.Next(0, 40) : null,
                MaxHoursPerWeek = random.Next(5) == 0 ? random.Next(5, 50) : null,
                Patterns = (WorkPatterns)(random.Next(3) == 0 ? random.Next(0, 1024) : 0),
                Place = random.Next(2) == 0 ? Pick(random, places) : null,
                MaxMiles = random.Next(2) == 0 ? new[] { 0.5, 1, 3, 5, 10, 20, 100, -1 }[random.Next(8)] : null,
                Limit = random.Next(3) == 0 ? random.Next(1, 60) : 3,
                Offset = random.Next(4) == 0 ? random.Next(0, 30) : 0,
            };
            await WriteSearchAsync(search, output, label, n++, profile, cancellationToken);
        }
        return n;
    }

    private static async Task WriteSearchAsync(CatalogueSearch search, StreamWriter output, string label, int n, SearchProfile profile, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(profile, cancellationToken);
        await output.WriteLineAsync(JsonSerializer.Serialize(new { search = label, n, profile, results }, Json));
    }

    private static async Task<int> LookupsAsync(CatalogueSearch search, CatalogueData data, StreamWriter output, CancellationToken cancellationToken)
    {
        var n = 0;
        foreach (var role in data.Roles)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { role = role.Id, card = await search.GetRoleAsync(role.Id, cancellationToken) }, Json));
            await output.WriteLineAsync(JsonSerializer.Serialize(new { coursesFor = role.Id, courses = await search.CoursesForRoleAsync(role.Id, cancellationToken) }, Json));
            n += 2;
        }
        foreach (var course in data.Courses)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { course = course.Id, card = await search.GetCourseAsync(course.Id, cancellationToken) }, Json));
            n++;
        }
        return n;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Now and then a typo: a letter dropped, doubled or swapped.</summary>
    private static string Typo(Random random, string word)
    {
        if (word.Length < 4 || random.Next(5) != 0) return word;
        var at = random.Next(1, word.Length - 1);
        return random.Next(3) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, word[at].ToString(CultureInfo.InvariantCulture)),
            _ => word[..(at - 1)] + word[at] + word[at - 1] + word[(at + 1)..],
        };
    }
}

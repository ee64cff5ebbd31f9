using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Bot.Cli;

/// <summary>
/// <c>search "words" [--level N] [--hours N] [--days DAYS] [--near PLACE --miles N] [--limit N] [--json] [--index PATH] [--data DIR]</c>:
/// the same query the bot runs, for advisers and tests. Builds the index first when it is missing or stale. The days
/// are read as the dialogs read them ("tue,thu", "weekdays", "not fridays"), so the index is tried as a resident uses it.
/// </summary>
internal static class SearchCommand
{
    private static readonly HashSet<string> Flags = ["json"];
    private static readonly HashSet<string> Valued = ["level", "hours", "days", "near", "miles", "limit", "index", "data"];

    private const string Usage =
        "Usage: search \"words\" [--level N] [--hours N] [--days DAYS] [--near PLACE --miles N] [--limit N] [--json]\n" +
        "  --days: the only days they can work, as a resident says them: \"tue,thu\", \"weekdays\", \"not fridays\".";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CliArgs.Parse(args.Skip(1), Flags, Valued);
        if (parsed.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }
        var profile = ProfileFrom(parsed);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) await Console.Error.WriteLineAsync(e);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        using var manager = await CliCatalogue.OpenAsync(parsed);
        if (manager is null) return 1;

        var search = new CatalogueSearch(manager.Holder);
        var results = await search.SearchAsync(profile, CancellationToken.None);
        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine(parsed.Has("json") ? ToJson(results) : ToText(results));
        return 0;
    }

    internal static SearchProfile ProfileFrom(CliArgs parsed)
    {
        var level = parsed.GetInt("level", 0, 8);
        var hours = parsed.GetInt("hours", 1, 80);
        var miles = parsed.GetDouble("miles", 0, 200);
        var limit = parsed.GetInt("limit", 1, CatalogueSearch.MaxLimit) ?? 5;
        if (parsed.Has("miles") && !parsed.Has("near")) parsed.Errors.Add("--miles needs --near PLACE.");
        return new SearchProfile
        {
            Text = string.Join(' ', parsed.Words),
            QualificationLevel = level,
            MaxHoursPerWeek = hours,
            MinHoursPerWeek = hours is >= 35 ? hours : null,
            Days = Days(parsed),
            Place = parsed.Get("near"),
            MaxMiles = miles ?? (parsed.Has("near") ? 10 : null),
            Limit = limit,
        };
    }

    /// <summary>The days of <c>--days</c>, read as the dialogs read "When can you work?"; none when not given.</summary>
    private static IReadOnlyList<DayOfWeek> Days(CliArgs parsed)
    {
        if (parsed.Get("days") is not { } said) return [];
        var heard = new AvailabilityRecognizer().Recognise(said);
        if (heard is { Succeeded: true, Value: { } when } && CareerPromptRecognizer.TimesFrom(when) is { Days.Count: > 0 } times) return times.Days;
        parsed.Errors.Add("--days must name some days of the week, like \"tue,thu\", \"weekdays\" or \"not fridays\".");
        return [];
    }

    /// <summary>One JSON array, best first: kind, id, title, score, why (and more).</summary>
    internal static string ToJson(SearchResults results) =>
        JsonSerializer.Serialize(results.Items.Select(s => new JsonItem(
            s.Kind == ResultKind.Role ? "role" : "course", s.Id, s.Title, s.Score,
            s.Why.Select(w => new JsonWhy(w.Kind, w.Answer, w.Field, w.Detail)).ToList(),
            s.CanStartNow,
            s.Pathway is { } p ? new JsonPathway(p.Id, p.Title) : null)).ToList(), Json);

    /// <summary>"matched title"; for hours, whether the role offers them ("not offered", "may fit").</summary>
    private static string Matched(MatchReason w) => w.Field switch
    {
        MatchReason.HoursMissing => "not offered",
        MatchReason.HoursMaybe => "may fit",
        _ => "matched " + w.Field,
    };

    internal static string ToText(SearchResults results)
    {
        var sb = new StringBuilder();
        foreach (var fix in results.Corrections) sb.AppendLine(CultureInfo.InvariantCulture, $"(read \"{fix.Typed}\" as \"{fix.Used}\")");
        if (results.UnmatchedWords.Count > 0) sb.AppendLine(CultureInfo.InvariantCulture, $"(no match for: {string.Join(", ", results.UnmatchedWords)})");
        if (results.Items.Count == 0) sb.AppendLine("No results.");
        var n = 0;
        foreach (var s in results.Items)
        {
            n++;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{n}. {s.Title} [{(s.Kind == ResultKind.Role ? "role" : "course")} {s.Id}] score {s.Score:0.000}");
            var summary = s.Role?.Summary ?? s.Course?.Summary;
            if (summary is not null) sb.AppendLine("   " + summary);
            if (!s.CanStartNow && s.Pathway is { } p) sb.AppendLine(CultureInfo.InvariantCulture, $"   Start with: {p.Title} -> {s.Title}");
            foreach (var w in s.Why) sb.AppendLine(CultureInfo.InvariantCulture, $"   why: {w.Kind} \"{w.Answer}\" {Matched(w)}{(w.Detail is null ? "" : $" ({w.Detail})")}");
        }
        sb.Append(CultureInfo.InvariantCulture, $"{results.Total} result(s) in all.");
        return sb.ToString();
    }

    private sealed record JsonItem(string Kind, string Id, string Title, double Score, List<JsonWhy> Why, bool CanStartNow, JsonPathway? Pathway);

    private sealed record JsonWhy(MatchKind Kind, string Answer, string Field, string? Detail);

    private sealed record JsonPathway(string Id, string Title);
}

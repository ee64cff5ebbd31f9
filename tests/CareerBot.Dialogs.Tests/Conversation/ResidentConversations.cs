using System.Text.RegularExpressions;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Whole conversations as residents have them, from the first message to the results and after, on the real dialogs,
/// the real catalogue and the real place list. What a careers adviser expects of each, written as a list of checks
/// (separated by ";"), and checked at the end:
/// <c>kind=KEY</c> the kind of work (<c>kind=-</c> none: own words or all kinds); <c>text~w</c> the resident's words
/// about the work hold w; <c>none</c> no qualifications; <c>level=N</c>; <c>hours=full|part|any</c>;
/// <c>hmax=N</c> at most N hours a week; <c>times~Flag</c> a part of the day or pattern (Nights, Mornings, Weekends,
/// Days, Evenings); <c>start=now</c>; <c>start</c> a start was kept; <c>place~name</c>; <c>miles=N</c>; <c>age=N</c>;
/// <c>english</c> English help noted; <c>results</c> the results menu is the last thing on screen;
/// <c>said~words</c> some reply said these words; <c>never~words</c> no reply said them; <c>last~words</c> the last turn's replies hold these words.
/// Whatever the list says, every conversation is also checked for what a resident must never see: "Sorry" after an
/// answer the bot should understand (<c>sorry</c> allows it), one question twice in one turn, a main question asked
/// again after it was answered (<c>again=QUESTION</c> allows one, for a resident who asked to change it), and the
/// bot saying back work the resident did not name ("I will look for jobs in porter, cleaning and kitchen work"
/// to "i'd like cleaning").
/// </summary>
internal static class ResidentConversations
{
    public const string Menu = "What would you like to do next?";

    /// <summary>Main questions by the start of their text.</summary>
    public static readonly IReadOnlyDictionary<string, string> Questions = new Dictionary<string, string>
    {
        ["interest"] = "What kind of work do you like?",
        ["qualifications"] = "What qualifications do you have?",
        ["hours"] = "How many hours a week can you work?",
        ["times"] = "When can you work?",
        ["start"] = "When can you start work?",
        ["place"] = "Where do you live?",
        ["miles"] = "How far can you travel to work?",
    };

    public static async Task RunAsync(ICatalogueSearch search, string expect, string[] turns)
    {
        var talk = new TestTalk(search);
        talk.Engine = new ConversationEngine(search, CatalogueData.LoadPlaces());
        var log = new List<string>();
        var problems = new List<string>();
        var checks = expect.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var allowSorry = checks.Contains("sorry");
        var again = checks.Where(c => c.StartsWith("again=", StringComparison.Ordinal)).Select(c => c[6..]).ToList();
        var typed = new List<string>();

        // SMS and some web chats send no "joined" event: the first message is the first the bot hears.
        if (!checks.Contains("nojoin"))
        {
            await talk.JoinAsync();
            Record(talk, log, problems, "(joins)", null, again);
        }
        foreach (var turn in turns)
        {
            typed.Add(turn);
            log.Add("> " + turn);
            var before = DialogStateSerializer.Read(talk.State)?.Answers;
            await talk.SayAsync(turn);
            Record(talk, log, problems, turn, before, again);
            foreach (var r in talk.Last.Replies)
            {
                if (!allowSorry && r.Text.StartsWith("Sorry", StringComparison.Ordinal))
                    problems.Add($"said Sorry to \"{turn}\": {r.Text}");
                if (Regex.Match(r.Text, "^Good\\. I will look for (?:jobs in (.+)|\"(.+)\" jobs)\\.$") is { Success: true } m && !typed.Any(IsButtonLabel) && !log.Any(l => l.Contains("You may like", StringComparison.Ordinal)))
                    foreach (var w in ContentWords(m.Groups[1].Value + " " + m.Groups[2].Value).Where(w => !Said(typed, w)))
                        problems.Add($"said back \"{w}\" the resident did not say: {r.Text}");
                foreach (var line in r.Cards.SelectMany(c => c.Lines))
                    foreach (Match q in Regex.Matches(line, "You said \"([^\"]+)\""))
                        foreach (var w in ContentWords(q.Groups[1].Value).Where(w => !Said(typed, w)))
                            problems.Add($"a card says the resident said \"{w}\": {line}");
            }
        }

        var state = DialogStateSerializer.Read(talk.State) ?? throw new InvalidOperationException("no state");
        var a = state.Answers;
        var lastTurn = string.Join("\n", talk.Last.Replies.Select(r => r.Text));
        var everything = string.Join("\n", log);
        var botSaid = string.Join("\n", log.Where(l => !l.StartsWith("> ", StringComparison.Ordinal)));
        foreach (var check in checks)
        {
            var (name, op, value) = Split(check);
            var ok = name switch
            {
                "sorry" or "again" or "nojoin" => true,
                "kind" => value == "-" ? a.InterestKey is null : a.InterestKey == value,
                "text" => a.InterestText?.Contains(value, StringComparison.OrdinalIgnoreCase) == (op == "~"),
                "none" => a.Qualifications is { None: true },
                "level" => a.Qualifications?.Level == int.Parse(value),
                "hours" => value switch
                {
                    "full" => a.HoursPattern.HasFlag(WorkPatterns.FullTime),
                    "part" => a.HoursPattern.HasFlag(WorkPatterns.PartTime),
                    _ => a.Hours is null && a.HoursPattern == WorkPatterns.None,
                },
                "hmax" => a.Hours is { } h && h.Max <= int.Parse(value),
                "times" => a.Times is { } t && (Enum.TryParse<DayParts>(value, out var part) && t.Parts.HasFlag(part)
                    || Enum.TryParse<WorkPatterns>(value, out var pattern) && t.Patterns.HasFlag(pattern)) == (op == "~"),
                "start" => value == "now" ? a.Start is { Now: true } : a.Start is not null,
                "place" => a.Place?.Name.Contains(value, StringComparison.OrdinalIgnoreCase) == true,
                "miles" => a.MaxMiles == double.Parse(value),
                "age" => a.Age == int.Parse(value),
                "english" => a.English is not null,
                "results" => state.Facts.ResultsSeen && talk.LastText == Menu,
                "said" => botSaid.Contains(value, StringComparison.OrdinalIgnoreCase),
                "last" => lastTurn.Contains(value, StringComparison.OrdinalIgnoreCase),
                "never" => !botSaid.Contains(value, StringComparison.OrdinalIgnoreCase),
                _ => throw new ArgumentException("unknown check " + check),
            };
            if (!ok) problems.Add("expected " + check);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n---\n" + everything + "\n---\n" + a);
    }

    /// <summary>Whether the answers already hold what a main question asks.</summary>
    private static bool Known(CareerAnswers a, string question) => question switch
    {
        "interest" => a.InterestKey is not null || a.InterestText is not null,
        "qualifications" => a.Qualifications is not null,
        "hours" => a.Hours is not null || a.HoursPattern != WorkPatterns.None,
        "times" => a.Times is not null,
        "start" => a.Start is not null,
        "place" => a.Place is { Name.Length: > 0 },
        _ => a.MaxMiles is not null,
    };

    private static void Record(TestTalk talk, List<string> log, List<string> problems, string turn, CareerAnswers? before, List<string> again)
    {
        var questionsThisTurn = new HashSet<string>();
        foreach (var r in talk.Last.Replies)
        {
            log.Add("  " + r.Text + (r.Choices.Count > 0 ? " [" + string.Join(" | ", r.Choices.Select(c => c.Label)) + "]" : "")
                + (r.Cards.Count > 0 ? " {" + string.Join(" | ", r.Cards.Select(c => c.Title)) + "}" : ""));
            if (!r.ExpectsInput) continue;
            if (!questionsThisTurn.Add(r.Text)) problems.Add($"asked twice in one turn after \"{turn}\": {r.Text}");
            foreach (var (key, q) in Questions)
                if (r.Text.StartsWith(q, StringComparison.Ordinal) && before is not null && Known(before, key) && !again.Remove(key))
                    problems.Add($"asked \"{key}\" again after \"{turn}\", though it knew the answer");
        }
    }

    private static (string Name, string Op, string Value) Split(string check)
    {
        var at = check.IndexOfAny(['=', '~', '!']);
        return at < 0 ? (check, "", "") : (check[..at], check[at].ToString(), check[(at + 1)..]);
    }

    private static readonly HashSet<string> Filler = ["and", "in", "for", "jobs", "job", "work", "the", "a", "of", "like", "people"];

    private static IEnumerable<string> ContentWords(string said) =>
        Regex.Split(said.ToLowerInvariant(), "[^a-z]+").Where(w => w.Length > 1 && !Filler.Contains(w));

    /// <summary>
    /// A word of the bot's is one the resident said when a typed word shares its stem (care, caring, carer), or is that
    /// word misspelt (clening, farmacy: one letter wrong, two in a longer word).
    /// A word typed in two ("ware house") or inside words typed with no spaces ("iwantporterjob") was said too.
    /// </summary>
    private static bool Said(List<string> typed, string word)
    {
        var stem = Stem(word);
        return typed.Select(t => Regex.Split(t.ToLowerInvariant(), "[^a-z]+").Where(w => w.Length > 0).ToList())
            .Any(ws => ws.Any(w => Stem(w) == stem || Misspelt(w, word) || (w.Length >= word.Length + 4 && w.Contains(word, StringComparison.Ordinal)))
                || ws.Zip(ws.Skip(1), (a, b) => a + b).Any(w => w == word || Misspelt(w, word)));
    }

    private static bool Misspelt(string typed, string word)
    {
        if (typed.Length < 4 || word.Length < 4) return false;
        var allowed = Math.Min(typed.Length, word.Length) >= 6 ? 2 : 1;
        if (Math.Abs(typed.Length - word.Length) > allowed) return false;
        var previous = Enumerable.Range(0, word.Length + 1).ToArray();
        for (var i = 1; i <= typed.Length; i++)
        {
            var current = new int[word.Length + 1];
            current[0] = i;
            for (var j = 1; j <= word.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (typed[i - 1] == word[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[word.Length] <= allowed;
    }

    private static string Stem(string word)
    {
        var w = Regex.Replace(word, "(ing|ers|er|es|s|e)$", "");
        return w.Length > 4 ? w[..4] : w;
    }

    private static readonly string[] Buttons =
        ["caring for people", "helping in hospital", "behind the scenes", "driving or stores", "office work", "computers and it", "medicines",
         // A kind's own key word typed alone is taken as its button (see FirstAnswerTests).
         "care", "hospital", "behind", "driving", "office", "computers"];

    /// <summary>A button's label typed, or its number: the Test channel numbers the buttons, as SMS does.</summary>
    private static bool IsButtonLabel(string typed) =>
        Buttons.Contains(typed.Trim().ToLowerInvariant()) || typed.Trim() is { Length: 1 } n && n[0] is >= '1' and <= '4';
}

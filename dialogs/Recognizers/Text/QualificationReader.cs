namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Finds qualification items in tokens: kinds (GCSE, Functional Skills, ESOL, NVQ, BTEC, A level, degree...), levels
/// ("level 2", "L3", "entry 3"), English and maths with grades (9-1, A*-G), "none", and another country.
/// </summary>
/// <param name="t">The tokens.</param>
/// <param name="skip">Spans already read as something else (tickets: "food hygiene level 2" is no Level 2).</param>
internal sealed class QualificationReader(IReadOnlyList<Token> t, IReadOnlyList<(int From, int To)>? skip = null)
{
    private static readonly (string[] Words, string Kind, int? Level)[] Kinds =
    [
        (["english", "for", "speakers", "of", "other", "languages"], "esol", null),
        (["access", "to", "higher", "education"], "access", 3), (["access", "to", "he"], "access", 3), (["access", "course"], "access", 3),
        (["international", "baccalaureate"], "ib", 3), (["care", "certificate"], "care-certificate", null),
        (["functional", "skills"], "fs", null), (["functional", "skill"], "fs", null), (["key", "skills"], "fs", null),
        (["skills", "for", "life"], "esol", null), (["city", "and", "guilds"], "body", null), (["city", "&", "guilds"], "body", null),
        (["c", "&", "g"], "body", null), (["o", "levels"], "gcse", null), (["o", "level"], "gcse", null),
        (["as", "levels"], "a-level", 3), (["as", "level"], "a-level", 3), (["a", "levels"], "a-level", 3), (["alevels"], "a-level", 3),
        (["alevel"], "a-level", 3), (["t", "levels"], "t-level", 3), (["t", "level"], "t-level", 3),
        (["foundation", "degree"], "foundation-degree", 5), (["nursing", "degree"], "degree", 6), (["degree", "in", "nursing"], "degree", 6),
        (["driving", "licence"], "driving-licence", null), (["driving", "license"], "driving-licence", null), (["full", "licence"], "driving-licence", null),
        (["high", "school", "diploma"], "overseas-school", null), (["secondary", "school", "certificate"], "overseas-school", null),
        (["school", "leaving", "certificate"], "overseas-school", null), (["leaving", "certificate"], "overseas-school", null),
        (["btec", "first"], "btec", 2), (["btec", "national"], "btec", 3), (["extended", "diploma"], "btec", 3),
        (["intermediate", "apprenticeship"], "apprenticeship", 2), (["advanced", "apprenticeship"], "apprenticeship", 3),
        (["higher", "apprenticeship"], "apprenticeship", 4), (["degree", "apprenticeship"], "apprenticeship", 6),
        (["bachelors", "degree"], "degree", 6), (["masters", "degree"], "masters", 7), (["university", "degree"], "degree", 6),
        (["post", "graduate"], "masters", 7),
    ];

    private static readonly Dictionary<string, (string Kind, int? Level)> KindWords = new(StringComparer.Ordinal)
    {
        ["gcse"] = ("gcse", null), ["gcses"] = ("gcse", null), ["gsce"] = ("gcse", null), ["gsces"] = ("gcse", null), ["gcsc"] = ("gcse", null),
        ["gcsce"] = ("gcse", null), ["gce"] = ("gcse", null), ["cse"] = ("gcse", null), ["igcse"] = ("gcse", null),
        ["esol"] = ("esol", null), ["nvq"] = ("nvq", null), ["nvqs"] = ("nvq", null), ["svq"] = ("nvq", null), ["qcf"] = ("rqf", null),
        ["rqf"] = ("rqf", null), ["btec"] = ("btec", null), ["btecs"] = ("btec", null), ["cache"] = ("body", null), ["ncfe"] = ("body", null),
        ["highfield"] = ("body", null), ["pearson"] = ("body", null), ["diploma"] = ("diploma", null), ["certificate"] = ("certificate", null),
        ["apprenticeship"] = ("apprenticeship", null), ["hnc"] = ("hnc", 4), ["certhe"] = ("hnc", 4), ["hnd"] = ("hnd", 5), ["diphe"] = ("hnd", 5),
        ["degree"] = ("degree", 6), ["bachelor"] = ("degree", 6), ["bachelors"] = ("degree", 6), ["bsc"] = ("degree", 6), ["beng"] = ("degree", 6),
        ["llb"] = ("degree", 6), ["graduate"] = ("degree", 6), ["graduated"] = ("degree", 6), ["bpharm"] = ("degree", 6),
        ["masters"] = ("masters", 7), ["master"] = ("masters", 7), ["msc"] = ("masters", 7), ["mba"] = ("masters", 7), ["mpharm"] = ("masters", 7),
        ["pgce"] = ("masters", 7), ["postgraduate"] = ("masters", 7), ["phd"] = ("phd", 8), ["doctorate"] = ("phd", 8),
        ["matric"] = ("overseas-school", null), ["matriculation"] = ("overseas-school", null), ["waec"] = ("overseas-school", null),
        ["wassce"] = ("overseas-school", null), ["neco"] = ("overseas-school", null), ["baccalaureate"] = ("overseas-school", null),
        ["bac"] = ("overseas-school", null), ["bacc"] = ("overseas-school", null),
        ["qualifcation"] = ("qualification", null),
    };

    /// <summary>Upper-case only: "BA", "MA", "BEd" are degrees, "ba" and "ma" are not.</summary>
    private static readonly Dictionary<string, (string Kind, int Level)> CaseSensitive = new(StringComparer.Ordinal)
    {
        ["BA"] = ("degree", 6), ["BEd"] = ("degree", 6), ["MA"] = ("masters", 7), ["IB"] = ("ib", 3), ["FS"] = ("fs", 0), ["BN"] = ("degree", 6),
    };

    public static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        ["english"] = "english", ["eng"] = "english", ["englsh"] = "english", ["inglish"] = "english", ["engish"] = "english",
        ["englis"] = "english", ["literacy"] = "english", ["maths"] = "maths", ["math"] = "maths", ["mathematics"] = "maths",
        ["mats"] = "maths", ["numeracy"] = "maths", ["meths"] = "maths", ["mathes"] = "maths",
    };

    public static readonly string[] Negators = ["no", "not", "dont", "never", "without", "failed", "didnt", "havent", "fail", "nor", "neither", "cant"];
    private static readonly string[] ClauseEnds = [".", ",", ";", "but", "!", "?", "although", "though", "however"];
    private static readonly string[] OverseasWords = ["abroad", "overseas", "foreign"];
    private static readonly string[][] OverseasPhrases =
    [
        ["my", "country"], ["my", "home", "country"], ["back", "home"], ["another", "country"], ["other", "country"],
        ["outside", "the", "uk"], ["outside", "uk"], ["not", "from", "the", "uk"], ["not", "from", "uk"], ["not", "uk"], ["home", "country"],
    ];
    private static readonly string[] QualNouns =
        ["degree", "diploma", "certificate", "qualification", "qualifications", "nurse", "nursing", "doctor", "teacher", "school", "university", "papers", "licence", "bachelor", "masters", "midwife", "pharmacist"];
    private static readonly string[][] NonePhrases =
    [
        ["no", "qualifications"], ["no", "qualification"], ["no", "quals"], ["no", "certificates"], ["no", "papers"], ["not", "any"],
        ["dont", "have", "any"], ["do", "not", "have", "any"], ["havent", "got", "any"], ["have", "not", "got", "any"], ["none", "at", "all"],
        ["never", "went", "to", "school"], ["nothing", "at", "all"], ["none"], ["nothing"], ["nothin"], ["nun"], ["nada"], ["non"],
        // As learners say it: "no school", "i no have", "me not have".
        ["no", "school"], ["no", "schooling"], ["not", "go", "to", "school"], ["not", "go", "school"], ["didnt", "go", "to", "school"],
        ["no", "have"], ["not", "have"], ["no", "got"], ["nothing", "have"],
    ];

    /// <summary>Words that say what follows is wanted or still being done: "im doing", "studying for", "want to get".</summary>
    private static readonly string[] NotYetWords =
        ["doing", "studying", "study", "want", "wanna", "need", "hoping", "hope", "planning", "plan", "going", "gonna", "starting", "start",
         "trying", "towards", "nearly", "almost", "still", "currently", "enrolled", "like", "halfway", "midway"];
    /// <summary>Words that say what follows is held ("i have", "passed my"); not after "nearly" or "almost".</summary>
    private static readonly string[] HeldWords = ["have", "got", "passed", "pass", "done", "finished", "completed", "hold", "achieved", "gained", "did", "has"];

    public List<QualItem> Items { get; } = [];
    public (int From, int To)? NoneAt { get; private set; }
    public string? Country { get; private set; }
    public (int From, int To)? CountrySpan { get; private set; }
    public bool OverseasSaid { get; private set; }
    public (int From, int To)? OverseasAt { get; private set; }
    public bool Profession { get; private set; }
    /// <summary>The resident is not sure what they hold ("i think i have", "maybe level 2", "not sure").</summary>
    public bool Hedged { get; private set; }

    public QualificationReader Read()
    {
        var levels = new List<(int Level, string? Entry, int From, int To, bool NotYet)>();
        var negate = false;
        var notYet = false;
        var unfinished = new List<int>();
        var hedges = new List<(int From, int To)>();
        for (var i = 0; i < t.Count;)
        {
            if (SkipFrom(i) is { } after) { i = after; continue; }
            if (t[i].IsAny(ClauseEnds)) negate = notYet = false;
            // "i have level 1 and im doing level 2": each part says for itself whether it is held.
            if (t[i].IsAny(HeldWords)) notYet = i > 0 && t[i - 1].IsAny("nearly", "almost");
            else if (t[i].IsAny(NotYetWords)) notYet = true;
            // "i want care work nvq 2": the wish was for the work; what follows says what they have.
            else if (t[i].IsAny("work", "job", "jobs")) notYet = false;
            // "never passed any exams", "failed all my exams", "left school at 15": nothing held, said without "none".
            if (NoneSaidAt(i) is { } afterSaid)
            {
                NoneAt ??= (i, afterSaid);
                i = afterSaid;
                continue;
            }
            if (NumberPhrases.Prefix(t, i, NonePhrases) is { } afterNone)
            {
                // "not any GCSEs" rules GCSEs out; "none" alone is no qualifications.
                if (afterNone < t.Count && (KindAt(afterNone) is not null || Subjects.ContainsKey(t[afterNone].Text)))
                    negate = true;
                else
                    NoneAt ??= (i, afterNone);
                i = afterNone;
                continue;
            }
            // "i think i have", "not sure": said, but the resident is not sure it is held.
            if (HedgeAt(i) is { } afterHedge)
            {
                hedges.Add((i, afterHedge));
                i = afterHedge;
                continue;
            }
            // "havent finished my nvq", "failed maths": said, but not held; not "none".
            if (UnfinishedAt(i) is { } afterUnfinished)
            {
                unfinished.Add(i);
                notYet = true;
                negate = false;
                i = afterUnfinished;
                continue;
            }
            if (t[i].IsAny(Negators)) { negate = true; i++; continue; }
            if (OverseasAt is null && (t[i].IsAny(OverseasWords) ? i + 1 : NumberPhrases.Prefix(t, i, OverseasPhrases)) is { } afterOverseas)
            {
                OverseasSaid = true;
                OverseasAt = (i, afterOverseas);
                i = afterOverseas;
                continue;
            }
            if (CountryAt(i) is { } country) { i = country; continue; }
            if (LevelAt(i) is { } level) { levels.Add((level.Level, level.Entry, i, level.Next, notYet)); i = level.Next; continue; }
            if (KindAt(i) is { } kind)
            {
                var item = new QualItem { Kind = kind.Kind, Level = kind.Level, From = i, To = kind.Next, Negated = negate, NotYet = notYet };
                // "NVQ2", "NVQ 3", "BTEC 2": a number straight after a course with levels is its level.
                var n = kind.Next;
                if (kind.Kind is "nvq" or "btec" or "rqf" or "diploma" or "certificate" or "apprenticeship" && kind.Level is null &&
                    n < t.Count && t[n].IsNumber && decimal.IsInteger(t[n].Number) && t[n].Number is >= 1 and <= 8 && t[n].Text.Length == 1)
                    item = item with { Level = (int)t[n].Number, To = n + 1 };
                Items.Add(item);
                i = item.To;
                continue;
            }
            if (Subjects.TryGetValue(t[i].Text, out var subject) && !(i + 1 < t.Count && t[i + 1].IsAny("for", "speakers")))
            {
                Items.Add(new QualItem { Kind = "subject", Subject = subject, From = i, To = i + 1, Negated = negate, NotYet = notYet });
                i++;
                continue;
            }
            if (t[i].IsAny("nurse", "nursing", "midwife", "doctor", "pharmacist", "nurses")) Profession = true;
            i++;
        }
        // "nvq 2 but not finished", "level 2 care, didnt complete it": the words after it say it is not held.
        foreach (var at in unfinished)
        {
            if (Items.Any(x => x.From > at && !CrossesClause(at, x.From)) || levels.Any(l => l.From > at && !CrossesClause(at, l.From))) continue;
            var start = ClauseBefore(at);
            for (var k = 0; k < Items.Count; k++)
                if (Items[k].From >= start && Items[k].To <= at) Items[k] = Items[k] with { NotYet = true, Negated = false };
            for (var k = 0; k < levels.Count; k++)
                if (levels[k].From >= start && levels[k].To <= at) levels[k] = levels[k] with { NotYet = true };
        }
        // A doubt is about what it is said with: "i think i have nvq 2", "level 2 maybe"; not "I have GCSEs grade 4. I want
        // to work in a hospital maybe admin".
        Hedged = hedges.Any(h => (Items.Count == 0 && levels.Count == 0)
            || Items.Any(x => !CrossesClause(Math.Min(h.To, x.To), Math.Max(h.From, x.From)))
            || levels.Any(l => !CrossesClause(Math.Min(h.To, l.To), Math.Max(h.From, l.From))));
        Attach(levels);
        return this;
    }

    /// <summary>Words for all of one's exams or qualifications, held by no level or subject ("exams", "anything").</summary>
    private static readonly string[] AnyExamWords = ["exams", "exam", "exames", "exms", "tests", "qualifications", "quals", "anything", "nothing", "any"];
    /// <summary>Words between a "not" and the exams it is about: "never passed any", "didnt do my", "failed all my".</summary>
    private static readonly string[] NoneGapWords =
        ["pass", "passed", "do", "did", "done", "sit", "sat", "take", "took", "taken", "get", "got", "have", "any", "my", "all", "the", "of", "them", "even", "really"];
    /// <summary>Words that say school was not finished: "didnt finish school", "never went to school".</summary>
    private static readonly string[] SchoolDoneWords = ["finish", "finished", "complete", "completed", "go", "went", "attend", "attended", "pass", "passed"];
    private static readonly string[] SchoolWords = ["school", "skool", "secondary"];
    private static readonly string[] LeftWords = ["left", "leave", "quit", "dropped", "drop"];
    /// <summary>The youngest age at which school ends with exams (GCSEs are taken at 16).</summary>
    private const int ExamAge = 16;

    /// <summary>
    /// "None" said in other words: a "not" or "failed" with all the exams or anything ("never passed any exams", "didnt do
    /// any exams", "failed all my exams", "didnt pass anything at school"), school not finished ("didnt finish school",
    /// "never went to school"), or school left before the exams ("left school at 15", "left school early", "dropped out of
    /// school"). Not a named course or subject ("not any GCSEs" rules GCSEs out; "failed my maths" is read as unfinished),
    /// nor school hours ("i cant do school hours"). The token after the words, or null.
    /// </summary>
    private int? NoneSaidAt(int i)
    {
        if (t[i].IsAny(Negators) || t[i].IsAny(FailWords))
        {
            var k = i + 1;
            var school = false;
            while (k < t.Count && k <= i + 4)
            {
                if (t[k].IsAny(AnyExamWords) && !(t[k].Is("any") && k + 1 < t.Count && !t[k + 1].IsAny(ClauseEnds) && !t[k + 1].IsAny(SchoolWords)))
                    return AtSchool(k + 1);
                if (school && t[k].IsAny(SchoolWords) && !(k + 1 < t.Count && t[k + 1].IsAny("hours", "hour", "run", "time", "times", "holidays", "hols")))
                    return k + 1;
                if (t[k].IsAny(SchoolDoneWords)) school = true;
                else if (!t[k].IsAny(NoneGapWords) && !t[k].IsAny("to", "at", "in")) return null;
                k++;
            }
            return null;
        }
        if (!t[i].IsAny(LeftWords)) return null;
        var s = i + 1;
        if (s < t.Count && t[s].Is("out")) s++;
        if (s < t.Count && t[s].Is("of")) s++;
        if (s < t.Count && t[s].Is("my")) s++;
        if (s >= t.Count || !t[s].IsAny(SchoolWords)) return null;
        s++;
        if (t[i].IsAny("dropped", "drop") || t[i].Is("quit")) return s;
        if (s < t.Count && t[s].IsAny("early", "young")) return s + 1;
        // "left school at 15", "left school aged 14", "left school when i was 15".
        var n = s;
        if (n < t.Count && t[n].IsAny("at", "aged", "age")) n++;
        else if (NumberPhrases.Prefix(t, n, ["when", "i", "was"]) is { } was) n = was;
        else return null;
        if (n < t.Count && t[n].Is("age")) n++;
        return NumberWords.Cardinal(t, n) is { } age && age.Min == age.Max && age.Min is >= 5 and < ExamAge ? age.Next : null;
    }

    /// <summary>"at school", "in school", "from school" after words of none: the end of those words.</summary>
    private int AtSchool(int k) =>
        k + 1 < t.Count && t[k].IsAny("at", "in", "from") && t[k + 1].IsAny(SchoolWords) ? k + 2 : k;

    private static readonly string[] HedgeWords = ["think", "thinks", "maybe", "might", "probably", "prob", "possibly", "perhaps", "guess", "unsure", "dunno", "mayb", "prolly"];
    private static readonly string[][] HedgePhrases =
        [["not", "sure"], ["im", "not", "sure"], ["dont", "know"], ["do", "not", "know"], ["cant", "remember"], ["dont", "remember"], ["not", "certain"]];

    /// <summary>Words of not being sure ("i think", "maybe", "not sure", "cant remember"); the token after them, or null.</summary>
    private int? HedgeAt(int i)
    {
        if (t[i].IsAny(HedgeWords)) return i + 1;
        return NumberPhrases.Prefix(t, i, HedgePhrases);
    }

    private static readonly string[] FailWords = ["failed", "fail", "failing", "flunked", "unfinished", "incomplete", "uncompleted"];
    private static readonly string[] NotDoneWords = ["not", "havent", "hasnt", "didnt", "never", "havnt", "hadnt", "couldnt", "didn", "aint"];
    private static readonly string[] FinishWords =
        ["finish", "finished", "finnish", "finnished", "finised", "finshed", "complete", "completed", "compleat", "completing", "finishing", "pass", "passed", "done"];
    private static readonly string[] MeantimeWords = ["yet", "quite", "fully", "actually", "even", "get", "got", "to", "manage", "managed", "been", "able"];
    private static readonly string[] SentenceEnds = [".", ";", "!", "?"];
    private static readonly string[] ClauseJoins = ["but", ",", "and", "i", "it", "its", "im", "have", "has", "is", "was", "yet", "still", "though", "although", "however"];

    /// <summary>
    /// Words that say a qualification is not held, though begun or sat: "failed", "incomplete", "not finished",
    /// "havent finished", "didnt get to complete", "never passed". The token after them, or null.
    /// </summary>
    private int? UnfinishedAt(int i)
    {
        if (t[i].IsAny(FailWords)) return i + 1;
        if (!t[i].IsAny(NotDoneWords)) return null;
        var k = i + 1;
        while (k < t.Count && k <= i + 3 && t[k].IsAny(MeantimeWords)) k++;
        // "never passed any exams", "havent done any": none, not a course begun.
        if (k >= t.Count || !t[k].IsAny(FinishWords) || (k + 1 < t.Count && t[k + 1].IsAny("any", "anything", "none", "nothing"))) return null;
        return k + 1;
    }

    /// <summary>The first token of the words the ones before <paramref name="at"/> belong to ("nvq 2 in care" of "nvq 2 in care but i didnt finish").</summary>
    private int ClauseBefore(int at)
    {
        var k = at - 1;
        while (k >= 0 && t[k].IsAny(ClauseJoins)) k--;
        // Back to the start of its clause, or to a word that says what is held before it ("i have level 1 and ...").
        while (k >= 0 && !t[k].IsAny(ClauseEnds) && !t[k].IsAny(SentenceEnds) && !t[k].IsAny(HeldWords) && !t[k].IsAny("and", "&", "plus", "also")) k--;
        return k + 1;
    }

    private int? SkipFrom(int i)
    {
        if (skip is null) return null;
        foreach (var (from, to) in skip)
            if (i >= from && i < to) return to;
        return null;
    }

    private int? CountryAt(int i)
    {
        foreach (var words in Countries.Phrases)
        {
            if (NumberPhrases.Prefix(t, i, words) is not { } next) continue;
            var key = string.Join(' ', words);
            if (Countries.Adjectives.Contains(key) && !(next < t.Count && t[next].IsAny(QualNouns))) return null;
            Country ??= Countries.Names[key];
            CountrySpan ??= (i, next);
            return next;
        }
        if (t[i].IsWord && t[i].Text.Length >= 6 && t[i].Original.Length > 0 && char.IsUpper(t[i].Original[0]) &&
            Fuzzy.Best(t[i].Text, Countries.FuzzyWords, 85) is { Word: { } near } && !Countries.Adjectives.Contains(near))
        {
            Country ??= Countries.Names[near];
            CountrySpan ??= (i, i + 1);
            return i + 1;
        }
        return null;
    }

    private sealed record LevelFound(int Level, string? Entry, int Next);

    /// <summary>"level 2", "lvl 3", "L2", "level two", "entry 3", "E3", "entry level", "pre-entry".</summary>
    private LevelFound? LevelAt(int i)
    {
        var w = t[i].Text;
        if (w is "level" or "lvl" or "lv" or "levels" || (w == "l" && i + 1 < t.Count && t[i + 1].Joined))
        {
            if (NumberWords.Cardinal(t, i + 1) is { } n && decimal.IsInteger(n.Min) && n.Min is >= 1 and <= 8)
                return new((int)n.Min, null, n.Next);
            return null;
        }
        if (w is "entry" or "e" && (w == "entry" || (i + 1 < t.Count && t[i + 1].Joined)))
        {
            var k = i + 1;
            if (k < t.Count && t[k].Is("level")) k++;
            if (NumberWords.Cardinal(t, k) is { } n && n.Min is >= 1 and <= 3 && decimal.IsInteger(n.Min))
                return new(0, "e" + (int)n.Min, n.Next);
            if (w == "entry") return new(0, null, k);
        }
        if (w == "pre" && i + 2 < t.Count && t[i + 1].Is("-") && t[i + 2].Is("entry")) return new(0, "pre", i + 3);
        return null;
    }

    private sealed record KindFound(string Kind, int? Level, int Next);

    private KindFound? KindAt(int i)
    {
        // "a level 2 course" is a Level 2 course, not an A level.
        if (t[i].Is("a") && i + 2 < t.Count && t[i + 1].Is("level") && (t[i + 2].IsNumber || NumberWords.IsNumberWord(t[i + 2].Text))) return null;
        foreach (var (words, kind, level) in Kinds)
            if (NumberPhrases.Prefix(t, i, words) is { } next) return new(kind, level, next);
        if (KindWords.TryGetValue(t[i].Text, out var k)) return new(k.Kind, k.Level, i + 1);
        if (CaseSensitive.TryGetValue(t[i].Original, out var c)) return new(c.Kind, c.Kind == "fs" ? null : c.Level, i + 1);
        if (t[i].IsWord && t[i].Text.Length >= 8 && Fuzzy.Best(t[i].Text, ["qualification", "qualifications", "certificate", "apprenticeship", "functional"], 85) is { Word: { } near })
            return near.StartsWith("qualification", StringComparison.Ordinal) ? new("qualification", null, i + 1)
                : near == "functional" ? (i + 1 < t.Count && t[i + 1].Text.StartsWith("skill", StringComparison.Ordinal) ? new("fs", null, i + 2) : null)
                : new(near, null, i + 1);
        return null;
    }

    /// <summary>Gives each level to the nearest kind in its clause that lacks one; a lone level stays a plain RQF level.</summary>
    private void Attach(List<(int Level, string? Entry, int From, int To, bool NotYet)> levels)
    {
        foreach (var level in levels)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var k = 0; k < Items.Count; k++)
            {
                var item = Items[k];
                if (item.Level is not null && item.Kind != "subject") continue;
                if (item.Kind is "subject" or "driving-licence" or "care-certificate" or "overseas-school") continue;
                var distance = item.To <= level.From ? level.From - item.To : item.From - level.To;
                if (distance < 0 || distance > 5 || CrossesClause(Math.Min(item.To, level.To), Math.Max(item.From, level.From))) continue;
                if (distance < bestDistance) (best, bestDistance) = (k, distance);
            }
            if (best >= 0)
            {
                Items[best] = Items[best] with { Level = level.Level, Entry = level.Entry, From = Math.Min(Items[best].From, level.From), To = Math.Max(Items[best].To, level.To) };
            }
            else
            {
                var negated = level.From > 0 && t[level.From - 1].IsAny(Negators);
                Items.Add(new QualItem { Kind = "rqf", Level = level.Level, Entry = level.Entry, From = level.From, To = level.To, Negated = negated, NotYet = level.NotYet });
            }
        }
    }

    public bool CrossesClause(int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(t.Count, to); k++)
            if (t[k].IsAny(ClauseEnds) || t[k].Is("and")) return true;
        return false;
    }
}

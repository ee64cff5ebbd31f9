using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Index;

namespace CareerBot.Dialogs.Conversation;

/// <summary>What a resident's own words say about the work they want (see <see cref="WorkWords.Read"/>).</summary>
public sealed record WorkWish
{
    /// <summary>The words about the work wanted, in order, lower case: what is left for the search.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
    /// <summary>Words said after "not", "no", "don't", "anything but": never searched for.</summary>
    public IReadOnlyList<string> NotWords { get; init; } = [];
    /// <summary>Kinds of work (<see cref="InterestKinds"/> keys) named in the wanted words.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    /// <summary>Kinds of work named in the unwanted words, and not wanted as well.</summary>
    public IReadOnlyList<string> NotKinds { get; init; } = [];
    /// <summary>"I don't know", "anything", "you choose".</summary>
    public bool NotSure { get; init; }
    /// <summary>"job", "work": the resident wants work, though maybe no kind was said ("I need a job").</summary>
    public bool WantsWork { get; init; }
    /// <summary>"hello", "good morning".</summary>
    public bool Greeting { get; init; }
    /// <summary>"I look after my mum", "I am a carer for my son": an unpaid family carer.</summary>
    public bool FamilyCarer { get; init; }
    /// <summary>
    /// The person the work is for, when not the resident ("a job for my wife", "my son wants porter work"): "wife",
    /// "son". Their name is no word of work.
    /// </summary>
    public string? ForSomeone { get; init; }
    /// <summary>A word for work we have no jobs in (children, teaching, volunteering), or null.</summary>
    public string? NotOurs { get; init; }

    /// <summary>
    /// Words that name the job the resident wants to be, as they typed them: the word after "be a", "become", "work as
    /// a" (the last of its words: "worker" of "be a care worker"), or a word shaped like a worker's name ("doctor",
    /// "dentist", "surgeon", "optician") with no word of work after it. Not work done before ("i was a doctor").
    /// </summary>
    public IReadOnlyList<string> JobNouns { get; init; } = [];

    /// <summary>
    /// How many words of another language were left out ("kaam", "praca", "chahiye"): never searched for, and when
    /// nothing else is said, the bot says it reads English only.
    /// </summary>
    public int Foreign { get; init; }
    /// <summary>A word of work was spelt right here ("kitchin", "hsptl", "farmasy"): the words are not as typed.</summary>
    public bool Respelt { get; init; }

    /// <summary>Every word of work was said as work done before ("i work before in shop", "i was a waiter").</summary>
    public bool OnlyPast { get; init; }

    /// <summary>
    /// Two to four kinds of work asked for apart, with "and", "or" or "/" ("care work and driving": "care", "driving";
    /// "porter, driver or warehouse"), each its wanted words; empty when the words are one wish ("hospital admin").
    /// </summary>
    public IReadOnlyList<string> Wishes { get; init; } = [];

    /// <summary>The wanted words as one text for the search: the wishes joined by "and" when there are several.</summary>
    public string Text => Wishes.Count >= 2 ? string.Join(" and ", Wishes) : string.Join(' ', Words);
}

/// <summary>
/// Reads a resident's own words about work. The rules:
/// <list type="bullet">
/// <item>Words that say nothing about the work (question words, pronouns, "can", "still", "want", "job", "work",
/// "paid", greetings, filler) are dropped; when nothing is left the answer says no kind of work.</item>
/// <item>"I don't know", "not sure", "anything", "whatever", "you choose" mark the resident as not sure.</item>
/// <item>Words after "not", "no", "don't", "can't", "never", "without", "except", "apart from", "anything but" up
/// to the end of the part ("," "." "but", or a new wish: "I want", "maybe", "instead") are not wanted: they are
/// taken out of the search, and a kind of work they name is left out.</item>
/// <item>"I look after my mum", "carer for my son": a family carer; those words are not a wish for work.</item>
/// <item>Children, teaching, nursery: not work we have jobs in.</item>
/// </list>
/// </summary>
public static partial class WorkWords
{
    /// <summary>Words that carry nothing about the kind of work.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "i", "im", "ive", "id", "ill", "me", "my", "mine", "myself", "you", "your", "u", "ur", "ya", "it", "its", "this", "that",
        "these", "those", "them", "they", "we", "us", "our", "he", "she", "his", "her", "someone", "somebody", "anyone",
        "is", "are", "was", "were", "be", "been", "being", "am", "m", "do", "does", "did", "doing", "done", "can", "could", "would", "will",
        "should", "shall", "may", "might", "must", "have", "has", "had", "having", "get", "got", "getting", "go", "going", "gonna", "gotta",
        "what", "whats", "wat", "wot", "which", "who", "where", "when", "how", "why", "much", "many", "there", "here", "theres",
        "job", "jobs", "jb", "work", "wrk", "working", "works", "role", "roles", "position", "career", "careers", "vacancy", "vacancies",
        "employment", "field", "sector", "line",
        "kind", "type", "sort", "something", "somthing", "sumthing", "smth", "stuff", "things", "thing", "some", "one", "ones", "other",
        "another", "different", "instead", "else", "new", "also", "too", "just", "really", "very", "only", "mainly", "mostly", "maybe",
        "perhaps", "probably", "bit", "little", "lot", "lots", "more", "most", "all", "every", "each", "same", "own",
        "in", "at", "on", "with", "for", "of", "to", "from", "and", "or", "but", "if", "as", "by", "into", "about", "like", "than", "then",
        "so", "because", "cos", "coz", "cuz", "out", "up", "over", "around", "after", "before",
        "want", "wanted", "wants", "wanna", "like", "likes", "liked", "love", "prefer", "looking", "look", "lookin", "find", "finding",
        "show", "see", "know", "think", "interested", "interest", "intrested", "try", "trying", "need", "needs", "needed", "enjoy", "fancy",
        "keen", "happy", "ready", "able", "start", "starting", "begin", "available", "availble", "help", "helping", "give", "tell", "let",
        "please", "pls", "plz", "plse", "ok", "okay", "yes", "yeah", "yep", "ye", "well", "hi", "hello", "hey", "hiya", "thanks", "thank",
        "again", "now", "still", "today", "soon", "asap", "currently", "moment", "right", "straight", "away", "fast", "quick", "quickly",
        "urgent", "urgently", "immediately", "desperate", "desperately", "already",
        "paid", "pay", "money", "salary", "wage", "wages", "earn", "earning", "income", "full", "part", "time", "good", "nice", "decent",
        "proper", "real", "easy", "um", "erm", "er", "hmm", "ah", "oh", "tbh", "lol", "mate", "sir", "miss", "bro", "bot", "chatbot", "careerbot", "please",
        "become", "becoming", "make", "making", "able", "person", "people", "place", "somewhere", "anywhere", "company", "fine",
        "near", "nearby", "close", "local", "locally", "area", "around", "town", "city",
        "used", "country", "salam", "salaam",
        // Saying sorry, being polite, thinking aloud: no work ("sorry, porter", "ok so erm", "i guess driving").
        "sorry", "soz", "sry", "apologies", "apologise", "apologize", "excuse", "pardon", "bother", "bothering", "disturb",
        "disturbing", "guess", "suppose", "reckon", "mean", "basically", "actually", "literally", "honestly", "anyway", "anyways",
        "alright", "cheers", "ta", "kindly", "dear", "madam", "hm", "uh", "uhm", "umm", "ehm", "err", "errm", "ermm",
        // Swearing and cursing: feelings, never a word of work ("this is bullshit just give me cleaning jobs").
        "fuck", "fucking", "fuckin", "fking", "fkn", "fcking", "effing", "shit", "shite", "shitty", "bullshit", "crap", "crappy",
        "bloody", "damn", "dammit", "hell", "bs", "wtf", "ffs", "omg", "jeez", "bollocks", "arse", "pissed", "sodding",
        // Pay, said as a wish: read on its own (see PayReader), never a word of work.
        "pays", "paying", "pound", "pounds", "quid", "hour", "hours", "hourly", "year", "years", "yearly", "annual", "month", "monthly",
        "week", "weekly", "least", "minimum", "atleast", "salaries",
        // Text-speak and learners' spellings of the words above ("u hav jobs 4 me", "wnt wrk", "plz hlp"): no work.
        "hav", "hv", "hve", "av", "wnt", "wnat", "wana", "wanting", "nid", "ned", "needing", "hlp", "halp", "pliz", "plis", "plss", "plzz",
        "pleas", "thnx", "thanx", "tnx", "thx", "ty", "giv", "gv", "sum", "sumthin", "mi", "lukin", "luking", "lookng", "searching", "search",
        "seeking", "werk", "wark", "wurk", "jobz", "jobss", "jobe", "wrkin", "wrking", "kn", "cn", "cud", "wud", "shud", "gud", "gd",
    };

    /// <summary>
    /// Words of other languages residents mix in ("kaam chahiye", "szukam praca", "vreau munca"): never searched for.
    /// The first group means work or a job, so a wish for work was said.
    /// </summary>
    private static readonly HashSet<string> ForeignWork = new(StringComparer.Ordinal)
    {
        "kaam", "naukri", "nokri", "naukari", "nokari", "rozgar", "kaaj", "chakri", "praca", "pracy", "prace", "robota", "roboty",
        "shughl", "shogl", "shoghl", "wazifa", "wazeefa", "munca", "lucru", "slujba", "serviciu", "shaqo", "trabajo", "trabajar",
        "trabalho", "arbeit", "travail",
    };

    /// <summary>Words of other languages that say a wish ("mujhe", "chahiye", "szukam", "vreau", "quiero"): counted as words the bot cannot read.</summary>
    private static readonly HashSet<string> ForeignWish = new(StringComparer.Ordinal)
    {
        "mujhe", "mujhay", "mereko", "chahiye", "chahie", "chaiye", "chahye", "chaheye", "karna", "karni", "dhundh", "szukam", "potrzebuje",
        "chce", "ureed", "abghi", "vreau", "caut", "quiero", "necesito", "busco",
    };

    /// <summary>Greetings and polite words of other languages ("bhai", "ji", "shukran", "gracias"): left out, and not counted.</summary>
    private static readonly HashSet<string> ForeignPolite = new(StringComparer.Ordinal)
    {
        "mera", "meri", "hai", "hain", "bhai", "ji", "acha", "theek", "prosze", "dzien", "dobry", "shukran", "marhaba", "habibi", "yalla",
        "inshallah", "multumesc", "buna", "hola", "gracias",
    };

    /// <summary>A sound made while thinking ("ummm", "errr", "hmmm") or a filler word said long ("pleaseee", "sooo").</summary>
    private static bool IsSound(string word) =>
        ThinkingSound().IsMatch(word) || (Stretched().IsMatch(word) && Filler.Contains(Stretched().Replace(word, "$1")));

    /// <summary>"I don't know", "anything", "you choose": the resident is not sure (longest first).</summary>
    private static readonly string[] NotSurePhrases =
    [
        "i do not know", "i dont know", "do not know", "dont know", "dont no", "dunno", "dno", "not sure", "unsure", "no idea", "idk",
        "i do not mind", "i dont mind", "do not mind", "dont mind", "not bothered", "doesnt matter", "does not matter", "dont care",
        "you choose", "u choose", "you decide", "u decide", "you pick", "u pick", "up to you", "upto you", "you tell me", "u tell me",
        "help me choose", "help me decide", "no preference", "open to anything", "im easy", "i am easy", "not fussy", "either",
        "whatever", "whatevers", "what ever", "anything", "any thing", "everything", "any job", "any jobs", "any work", "any kind",
        "any type", "all jobs", "all kinds", "any",
    ];

    /// <summary>Words that start an unwanted part. "dont know" and the like are read as not sure first.</summary>
    private static readonly HashSet<string> NotCues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "without", "except", "excluding", "besides", "hate", "dont", "doesnt", "didnt", "cant", "cannot",
        "wont", "nothing", "nor", "neither", "avoid",
    };

    /// <summary>Words of when and how far, said after "not" ("no nights", "not too far"): never work not wanted.</summary>
    private static readonly HashSet<string> NotWorkWords = new(StringComparer.Ordinal)
    {
        "night", "nights", "nightshift", "nightshifts", "evening", "evenings", "morning", "mornings", "afternoon", "afternoons", "early",
        "earlies", "late", "lates", "shift", "shifts", "weekend", "weekends", "weekday", "weekdays", "day", "days", "monday", "mondays",
        "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday", "thursdays", "friday", "fridays", "saturday", "saturdays", "sunday",
        "sundays", "sat", "sats", "sun", "suns", "far", "travel", "travelling", "distance", "commute", "long", "overnight", "overnights",
    };

    /// <summary>Words right after a "not" word that belong to it ("don't want", "not with", "no more").</summary>
    private static readonly HashSet<string> CueFollowers = new(StringComparer.Ordinal)
    {
        "want", "wanna", "like", "fancy", "do", "enjoy", "love", "to", "be", "a", "an", "the", "any", "with", "in", "on", "as", "doing",
        "work", "working", "more", "really", "too", "much", "for", "around", "near", "about", "involving",
    };

    /// <summary>Words that end an unwanted part: a new wish begins ("no care, I want office").</summary>
    private static readonly HashSet<string> WishWords = new(StringComparer.Ordinal)
    {
        "want", "wanna", "like", "love", "prefer", "rather", "instead", "maybe", "perhaps", "enjoy", "fancy", "looking", "interested",
        "intrested", "happy", "but", "so", "only", "just", "please", "pls", "plz", "ok", "okay", "fine",
    };

    /// <summary>Extra words for the kinds of work, besides the buttons' own words. Weak words decide only alone.</summary>
    private static readonly (string Kind, string Phrase, string[] Parts, bool Weak)[] KindPhrases = MakeKindPhrases();

    /// <summary>Words that say what follows was done before ("i was", "i used to", "i worked as").</summary>
    private static readonly HashSet<string> PastCues = new(StringComparer.Ordinal)
    {
        "was", "were", "worked", "used", "previously", "before", "formerly", "retired", "trained", "qualified",
    };

    /// <summary>Work we have no jobs in.</summary>
    private static readonly HashSet<string> NotOursWords = new(StringComparer.Ordinal)
    {
        "children", "child", "childrens", "childern", "kids", "kid", "teaching", "teacher", "teach", "nursery", "childcare",
        "childminder", "childminding", "nanny", "babysitting", "babysitter", "babysit", "pupils", "toddlers",
    };

    /// <summary>Unpaid work: we have paid jobs only. "food bank" is read as "food foodbank" (the bank is no bank shifts).</summary>
    private static readonly HashSet<string> VolunteerWords = new(StringComparer.Ordinal)
    {
        "volunteer", "volunteers", "volunteering", "volunteered", "voluntary", "voluntry", "volunter", "volenteer", "charity", "charities", "unpaid",
        "foodbank", "foodbanks",
    };

    /// <summary>A word that carries nothing about the work, also with its "g" dropped ("helpin", "wantin").</summary>
    private static bool IsFiller(string word) =>
        Filler.Contains(word) || IsSound(word) || (word.Length > 4 && word.EndsWith("in", StringComparison.Ordinal) && Filler.Contains(word + "g"))
        || AboutThemselves.Contains(word) || (Countries.Names.ContainsKey(word) && !Countries.Adjectives.Contains(word));

    /// <summary>
    /// Words a resident new to the country says about themselves with a wish for work ("i am refugee from eritrea, i want
    /// work"): no work's name. A country's name counts too (not its adjective: "polish" is also cleaning).
    /// </summary>
    private static readonly HashSet<string> AboutThemselves = new(StringComparer.Ordinal)
    {
        "refugee", "refugees", "asylum", "seeker", "seekers", "immigrant", "migrant", "newcomer", "arrived", "came", "come", "uk",
        "england", "britain",
    };

    /// <summary>True when <paramref name="word"/> names work we have no jobs in ("kids", "teaching").</summary>
    public static bool IsNotOurs(string word) => NotOursWords.Contains(word) || VolunteerWords.Contains(word);

    /// <summary>True when <paramref name="word"/> asks for unpaid work ("volunteer", "charity", "food bank").</summary>
    public static bool IsVolunteer(string? word) => word is not null && VolunteerWords.Contains(word);

    /// <summary>The first part of the keys of the messages that say we have no jobs of that kind, for <paramref name="notOurs"/>.</summary>
    public static string NotOursKey(string? notOurs) => IsVolunteer(notOurs) ? "interest.volunteer" : "interest.not_ours";

    private static (string, string, string[], bool)[] MakeKindPhrases()
    {
        var list = new List<(string, string, bool)>();
        void Add(string kind, bool weak, params string[] phrases)
        {
            foreach (var p in phrases) list.Add((kind, PromptWords.Normalise(p), weak));
        }
        foreach (var kind in InterestKinds.All)
            foreach (var s in kind.Synonyms)
                if (s != "it") Add(kind.Key, false, s);
        Add("care", false, "help people", "helping people", "help others", "helping others", "care for people", "look after people",
            "looking after people", "look after others", "old people", "older people", "elderly", "elderly people", "the elderly",
            "care home", "care homes", "home care", "support worker", "carer", "carers", "care assistant", "caring job", "care job");
        Add("care", true, "care");
        Add("hospital", false, "health care assistant", "healthcare", "health care", "nursing assistant", "ward", "wards", "patient");
        Add("hospital", true, "hospital", "hospitals", "in hospital", "nhs hospital");
        Add("behind", false, "clean", "cleaners", "cleaning job", "porters", "portering", "cook", "cooking", "chef", "food", "laundry",
            "domestic", "housekeeping", "housekeeper", "security", "maintenance", "handyman", "caretaker");
        // "I can drive" may only say they have a licence: it decides only when no other kind is named.
        Add("driving", true, "drive");
        Add("driving", false, "drivers", "van", "vans", "deliveries", "delivering", "forklift", "logistics", "courier", "lorry");
        Add("office", false, "administration", "clerk", "secretary", "typing", "data entry", "phones", "call centre", "front desk");
        Add("computers", false, "technology", "laptops", "digital", "computing", "coding", "programming");
        Add("medicines", false, "pharmacist", "dispensing");
        // Longest first, so "health care" wins over "care".
        // Each phrase split into its words once, here: matching runs for every word of every answer read for work.
        return [.. list.Distinct().OrderByDescending(p => p.Item2.Count(c => c == ' ')).ThenByDescending(p => p.Item2.Length)
            .Select(p => (p.Item1, p.Item2, p.Item2.Split(' '), p.Item3))];
    }

    /// <summary>Reads <paramref name="text"/> (as typed; it is normalised here).</summary>
    /// <remarks>
    /// One answer is read for work by several readers in one turn (the facts, the question's recognizer, the
    /// worries), often in the same words: the last few texts read on this thread are kept with their wish. A wish is
    /// a record no reader changes, and depends on the text alone, so a kept one is the same as a new read.
    /// </remarks>
    public static WorkWish Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new WorkWish();
        var recent = _recent ??= new RecentWish[RecentCount];
        foreach (var kept in recent)
            if (kept is not null && string.Equals(kept.Text, text, StringComparison.Ordinal)) return kept.Wish;
        var wish = ReadNew(text);
        recent[_nextRecent] = new RecentWish(text, wish);
        _nextRecent = (_nextRecent + 1) % RecentCount;
        return wish;
    }

    private const int RecentCount = 4;
    [ThreadStatic] private static RecentWish?[]? _recent;
    [ThreadStatic] private static int _nextRecent;

    private sealed record RecentWish(string Text, WorkWish Wish);

    private static WorkWish ReadNew(string text)
    {
        // "IT" in capitals is computing, not the pronoun.
        var raw = CapitalIt().Replace(text, " computers ");
        // "driver/porter", "kitchen & cleaning": two wishes, as with "or" and "and".
        if (raw.Contains('/', StringComparison.Ordinal) || raw.Contains('&', StringComparison.Ordinal)) raw = WishSign().Replace(raw, m => m.Value.Contains('&', StringComparison.Ordinal) ? " and " : " or ");
        var familyCarer = false;
        string? forSomeone = null;
        var notSure = false;
        var greeting = false;
        var wantsWork = false;
        var wanted = new List<string>();
        var unwanted = new List<string>();
        var wantedTokens = new List<string>();
        var pastNotOurs = new List<string>();
        var pastWords = new HashSet<string>(StringComparer.Ordinal);
        var unwantedTokens = new List<string>();
        var foreign = 0;
        var respelt = false;
        // The wish each wanted word was said in: a new one after "and", "or", "plus", and after a part once one of those was said.
        var wishOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var wishAt = 0;
        var wishHasWords = false;
        var wishesApart = false;
        foreach (var part in Parts().Split(raw))
        {
            // "IWANTCLEANINGJOB": words typed with no spaces are read as the words they run together.
            var n = " " + Unglue(PromptWords.Normalise(part)) + " ";
            if (n.Length <= 2) continue;
            if (FamilyCarerWords().IsMatch(n))
            {
                familyCarer = true;
                n = FamilyCarerWords().Replace(n, " ");
            }
            // "a job for my wife", "my son wants porter work": the work is for someone else; who they are is no work.
            if (ForSomeoneElse().Match(n) is { Success: true } other)
            {
                forSomeone ??= other.Groups["who"].Value;
                n = n.Remove(other.Index, other.Length).Insert(other.Index, " ");
            }
            // "i am from syria", "i come from poland": where they are from is no work.
            n = FromCountry().Replace(n, " ");
            // "wheelchair user", "im 7 months pregnant", "i have epilepsy", "just out of prison": the resident's health,
            // body or past, no work; unless the part is about others ("support for people with epilepsy").
            if (!AboutOthers().IsMatch(n)) n = ResidentFacts().Replace(n, " ");
            // "fuck off", "piss off", "screw this": the insult's other words are no work either.
            n = InsultTail().Replace(n, " ");
            // "go back to work", "returning to work": work, of a kind not said yet ("back" is no work).
            n = BackToWork().Replace(n, " work ");
            // "im a single mum with 2 kids", "i just left school", "i have a job already": the resident's life, no work;
            // what they want is work, of a kind not said yet.
            if (LifeNow().IsMatch(n))
            {
                wantsWork = true;
                n = LifeNow().Replace(n, " ");
            }
            // "a course with childcare", "help with child care": help the resident needs, not work with children.
            if (n.Contains("care", StringComparison.Ordinal)) n = ChildcareHelp().Replace(n, " ");
            // "i have entry 2", "done level 1": a course level the resident has stays said as had, for the search.
            n = HaveLevel().Replace(n, " passed $1 ");
            // "it course", "it training": lower-case "it" before a word of learning or work is computing.
            n = ItCourse().Replace(n, " computers $1 ");
            // "anything but cleaning", "any job except kitchen": the "but" starts the unwanted part.
            n = AnythingBut().Replace(n, " anything except ");
            // "the food bank": a place of unpaid work, not bank shifts; the food stays a word of work.
            n = n.Replace(" food bank ", " food foodbank ", StringComparison.Ordinal).Replace(" food banks ", " food foodbank ", StringComparison.Ordinal);
            foreach (var phrase in NotSurePhrases)
            {
                var padded = " " + phrase + " ";
                if (!n.Contains(padded, StringComparison.Ordinal)) continue;
                notSure = true;
                n = n.Replace(padded, " . ", StringComparison.Ordinal);
            }
            var negated = false;
            var justCued = false;
            var inPast = false;
            // "i work before in shop", "i work in shop before": a part that says work done before and no wish is all
            // past, wherever the word that says so stands.
            var partPast = false;
            var partWish = false;
            var partWanted = new List<string>();
            var previous = "";
            foreach (var typed in n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (typed == ".")
                {
                    // A not-sure phrase stood here: it ends nothing, but is no word of work.
                    continue;
                }
                // Words of another language ("kaam", "praca", "chahiye"): never searched for or said back.
                if (ForeignWork.Contains(typed))
                {
                    foreign++;
                    wantsWork = true;
                    continue;
                }
                if (ForeignWish.Contains(typed))
                {
                    foreign++;
                    continue;
                }
                if (ForeignPolite.Contains(typed)) continue;
                // A word of work spelt by sound or with its vowels left out ("kitchin", "hsptl", "farmasy"), and the
                // bare doing word of a worker's work ("clean"), as the kind of work spells them ("cleaner").
                var word = Respell(typed);
                if (!ReferenceEquals(word, typed)) respelt = true;
                var after = previous;
                previous = word;
                if (PastCues.Contains(word)) partPast = true;
                else if (word is "want" or "wanna" or "wnt" or "wana" or "looking" or "need" or "now" or "like" or "would" or "id" or "interested" or "prefer") partWish = true;
                if (NotCues.Contains(word))
                {
                    negated = true;
                    justCued = true;
                    continue;
                }
                if (negated && justCued && CueFollowers.Contains(word)) continue;
                justCued = false;
                if (negated && WishWords.Contains(word)) negated = false;
                // "i was a teacher", "i used to teach, now i want care": work done before is no wish.
                if (PastCues.Contains(word)) inPast = true;
                else if (word is "now" or "want" or "wanna" or "looking" or "but" or "would" or "id") inPast = false;
                if (word is "hi" or "hello" or "hey" or "hiya" or "heya" or "helo" or "hallo" or "salam" or "salaam")
                    greeting = true;
                if (word is "job" or "jobs" or "jb" or "work" or "wrk" or "working" or "career" or "employment" or "vacancy" or "vacancies"
                    or "money" or "earn" or "earning" or "income" or "wage" or "wages")
                    wantsWork = true;
                (negated ? unwantedTokens : wantedTokens).Add(word);
                if (!negated && wishHasWords && word is "and" or "or" or "plus" or "nor")
                {
                    wishAt++;
                    wishHasWords = false;
                    wishesApart = true;
                }
                // A number is no work, but the number of a course level is ("english level 1", "entry 3").
                var levelNumber = after is "level" or "entry" && word.Length == 1 && char.IsDigit(word[0]);
                // Swear words are no work, and are never said back ("Good. I will look for ...").
                if (!levelNumber && (IsFiller(word) || word.All(char.IsDigit) || word.Length == 1 || RudeWords.IsRude(word))) continue;
                if (inPast && !negated && NotOursWords.Contains(word)) pastNotOurs.Add(word);
                if (inPast && !negated) pastWords.Add(word);
                // A word said again ("porter porter porter") is one wish, searched and said back once.
                // "not nights", "no weekends", "not too far": when and how far, read with the times and the travel.
                if (negated && NotWorkWords.Contains(word)) continue;
                var into = negated ? unwanted : wanted;
                if (!into.Contains(word))
                {
                    into.Add(word);
                    if (!negated)
                    {
                        wishOf[word] = wishAt;
                        wishHasWords = true;
                    }
                }
                if (!negated) partWanted.Add(word);
            }
            if (partPast && !partWish) pastWords.UnionWith(partWanted);
            if (wishHasWords)
            {
                wishAt++;
                wishHasWords = false;
            }
            // A part ends an unwanted run.
            wantedTokens.Add("|");
            unwantedTokens.Add("|");
        }

        var (kinds, phrases) = KindsIn(wantedTokens);
        var notKinds = KindsIn(unwantedTokens).Kinds.Where(k => !kinds.Contains(k)).ToList();
        // "I like to help people": the kind's own words are the words to search, though each alone says nothing.
        if (wanted.Count == 0) wanted.AddRange(phrases.SelectMany(p => p.Split(' ')));
        // Two kinds ("helping old people and cooking"): the search alone must find both, so a kind's phrase keeps its
        // small words ("old people", not "old"; "help people" before "cooking"), where it was said.
        else if (kinds.Count >= 2) KeepPhrases(wanted, phrases);
        // One kind named by a phrase with a small word in it ("care old people me"): the phrase whole, not "care old".
        // Only said with other words: "old" alone is said back as the kind.
        else if (kinds.Count == 1)
            KeepPhrases(wanted, phrases.FindAll(p => p.Contains(' ', StringComparison.Ordinal) && p.Split(' ').Any(w => w.Length > 3 && IsFiller(w))
                && wanted.Exists(w => !p.Split(' ').Contains(w))));
        // Work we have no jobs in, said as work done before, when work we have is named too ("i was a teacher in my
        // country, now i want work in hospital"): the wish is the work named, and the past work is left out.
        if (kinds.Count > 0 && pastNotOurs.Count > 0) wanted.RemoveAll(pastNotOurs.Contains);
        // Work done before, said with work wanted now ("i worked cleaner before, now want kitchen"): the wish is the
        // work wanted now. Only work done before: the nearest work to it.
        if (pastWords.Count > 0 && wanted.Count > 0 && !wanted.TrueForAll(pastWords.Contains))
        {
            wanted.RemoveAll(pastWords.Contains);
            (kinds, phrases) = KindsIn(wantedTokens.FindAll(t => !pastWords.Contains(t)));
        }
        var notOurs = wanted.FirstOrDefault(NotOursWords.Contains) ?? wanted.FirstOrDefault(VolunteerWords.Contains);
        return new WorkWish
        {
            Wishes = wishesApart && notOurs is null ? WishesOf(wanted, wishOf) : [],
            Words = wanted, NotWords = unwanted, Kinds = kinds, NotKinds = notKinds, NotSure = notSure, Greeting = greeting, WantsWork = wantsWork,
            FamilyCarer = familyCarer, NotOurs = notOurs, ForSomeone = forSomeone, Foreign = foreign, Respelt = respelt, OnlyPast = wanted.Count > 0 && wanted.TrueForAll(pastWords.Contains), JobNouns = [.. JobNounsIn(wantedTokens).Where(w => wanted.Contains(w) && !pastWords.Contains(w))],
        };
    }

    /// <summary>Most wishes read apart: a longer list is one search of all its words.</summary>
    private const int MostWishes = 4;

    /// <summary>
    /// The wanted words by the wish they were said in, in order; a word the reading added (the rest of a phrase: "people"
    /// of "old people") goes with the word before it, else after it. Empty for fewer than two wishes or more than
    /// <see cref="MostWishes"/>.
    /// </summary>
    private static List<string> WishesOf(List<string> wanted, Dictionary<string, int> wishOf)
    {
        if (wanted.Count < 2) return [];
        var at = new int[wanted.Count];
        var last = -1;
        for (var i = 0; i < wanted.Count; i++)
            last = at[i] = wishOf.TryGetValue(wanted[i], out var w) ? w : last;
        var nextKnown = -1;
        for (var i = wanted.Count - 1; i >= 0; i--)
        {
            if (at[i] >= 0 && wishOf.ContainsKey(wanted[i])) nextKnown = at[i];
            else if (at[i] < 0) at[i] = Math.Max(nextKnown, 0);
        }
        var groups = new SortedDictionary<int, List<string>>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!groups.TryGetValue(at[i], out var words)) groups[at[i]] = words = [];
            words.Add(wanted[i]);
        }
        // A wish names a kind of work ("porter", "care"); other words ("sam" of "hi im sam ... and want porter job")
        // go with the wish before them, else the one after.
        var wishes = new List<string>(groups.Count);
        var pending = "";
        foreach (var words in groups.Values)
        {
            var text = string.Join(' ', words);
            if (KindsIn(words).Kinds.Count == 0)
            {
                if (wishes.Count > 0) wishes[^1] += " " + text;
                else pending = pending.Length == 0 ? text : pending + " " + text;
                continue;
            }
            wishes.Add(pending.Length == 0 ? text : pending + " " + text);
            pending = "";
        }
        return wishes.Count is < 2 or > MostWishes ? [] : wishes;
    }

    /// <summary>The kinds' one-word phrases of four letters or more, with their sound keys: what a typo is spelt right to.</summary>
    private static readonly (string Word, string Key)[] KindWords = [.. KindPhrases
        .Where(p => p.Parts.Length == 1 && p.Phrase.Length >= 4 && p.Phrase.All(char.IsAsciiLetterLower))
        .Select(p => p.Phrase).Distinct().Select(w => (w, SoundKey.Of(w)))];

    private static readonly HashSet<string> KindWordSet = new(KindWords.Select(k => k.Word), StringComparer.Ordinal);

    /// <summary>
    /// The bare doing word of a worker's work ("clean" of "cleaner" and "cleaning"), to the worker's name: "job hospital
    /// clean" is a hospital cleaner, a job said back and searched by its name. Not a weak word ("drive" may only say a
    /// licence), nor a worker's own name ("cook").
    /// </summary>
    private static readonly Dictionary<string, string> Doing = KindPhrases
        .Where(p => p.Parts.Length == 1 && !p.Weak && KindWordSet.Contains(p.Phrase + "ing") && KindWordSet.Contains(p.Phrase + "er"))
        .Select(p => p.Phrase).Distinct().ToDictionary(w => w, w => w + "er", StringComparer.Ordinal);

    /// <summary>
    /// A word as the kinds of work spell it: a typo ("kitchin", "hospitel"), spelt by sound ("farmasy", "kompyuter") or
    /// with the vowels left out ("hsptl", "kchn"), or a bare doing word ("clean" is "cleaner"); else the word itself (the same
    /// object). Only words that are no English word: "kitten" is not "kitchen".
    /// </summary>
    private static string Respell(string word)
    {
        if (Doing.TryGetValue(word, out var doing)) return doing;
        if (word.Length < 3 || word.Length > 30 || KindWordSet.Contains(word) || IsFiller(word) || NotCues.Contains(word)) return word;
        var noVowels = SoundKey.NoVowels(word);
        if ((!noVowels && word.Length < 4) || !LowerLetters(word) || EnglishWords.IsWord(word)) return word;
        // A typo of a word of learning is that word ("coures" is a course, not carers): the search spells it right.
        foreach (var learning in LearningWords)
            if (Fuzzy.Word(word, learning, 80) >= 80) return word;
        var key = SoundKey.Of(word);
        string? best = null;
        var bestScore = 0;
        foreach (var (known, knownKey) in KindWords)
        {
            var score = Math.Max(SoundKey.Alike(word, key, known, knownKey) ? 90 : 0, noVowels ? 0 : Fuzzy.Word(word, known, 80));
            if (score > bestScore) (best, bestScore) = (known, score);
        }
        return bestScore >= 80 && best is not null ? best : word;
    }

    /// <summary>
    /// A bare doing word as the work a kind of work names ("drive" is "driving", "clean" is "cleaning", "cook" is
    /// "cooking"); else the word itself ("porter", "care").
    /// </summary>
    public static string AsWork(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // A worker's name ("porter", "driver") or a kind's own name ("care") is said as it is.
        if (word.Length < 3 || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("er", StringComparison.Ordinal)
            || InterestKinds.Find(word) is not null) return word;
        var ing = (word.EndsWith('e') ? word[..^1] : word) + "ing";
        return KindWordSet.Contains(ing) ? ing : word;
    }

    /// <summary>Words of learning, which a typo may be meant for as well as a kind's word.</summary>
    private static readonly string[] LearningWords = ["course", "courses", "class", "classes", "college", "lesson", "lessons", "training", "learning"];

    /// <summary>Lower-case letters a to z only.</summary>
    private static bool LowerLetters(string word)
    {
        foreach (var c in word)
            if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>Longest word read for words typed with no spaces.</summary>
    private const int LongestGlued = 30;

    /// <summary>
    /// Normalised text with each long word that is no word but runs known words together read as those words
    /// ("iwantwork" is "i want work", "wantcleaningjob" is "want cleaning job"). A typo of a kind's word is a typo
    /// ("wherehouse" is not "where house"). The same string when nothing was run together.
    /// </summary>
    private static string Unglue(string n)
    {
        var glued = false;
        for (int start = 0, end; start < n.Length && !glued; start = end + 1)
        {
            end = n.IndexOf(' ', start);
            if (end < 0) end = n.Length;
            glued = end - start >= 7 && Parts(n[start..end]) is not null;
        }
        if (!glued) return n;
        var words = n.Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (words[i].Length >= 7 && Parts(words[i]) is { } parts) words[i] = string.Join(' ', parts);
        return string.Join(' ', words);
    }

    /// <summary>The known words a long word runs together, fewest first; null when it is a word, a kind's typo, or made of no such words.</summary>
    private static List<string>? Parts(string word)
    {
        if (word.Length > LongestGlued || Filler.Contains(word) || KindWordSet.Contains(word) || ForeignWork.Contains(word) || ForeignWish.Contains(word)
            || !LowerLetters(word) || EnglishWords.IsWord(word) || !ReferenceEquals(Respell(word), word)) return null;
        if (RunTogether.FewestParts(word, IsPart) is not { } parts) return null;
        // At least one part says work or a wish for it: "job", "want", "cleaning" ("outdoors" is no "out doors").
        return parts.Exists(p => WishParts.Contains(p) || KindWordSet.Contains(p)) ? parts : null;
    }

    /// <summary>Words of a wish for work that say words were run together ("iwantjob", "needworkplz").</summary>
    private static readonly HashSet<string> WishParts = new(StringComparer.Ordinal)
    {
        "want", "wanna", "need", "job", "jobs", "work", "looking", "find", "please", "plz", "pls",
    };

    private static bool IsPart(string part) =>
        part is "i" or "a" || (part.Length >= 2 && (Filler.Contains(part) || ForeignWork.Contains(part)))
        || (part.Length >= 3 && KindWordSet.Contains(part)) || (part.Length >= 4 && EnglishWords.IsWord(part));

    /// <summary>"with childcare", "help with child care", "pay for my childcare", "free childcare": child care as help wanted.</summary>
    [GeneratedRegex(@"\b(?:(?:help|support)(?: me)? with|with|free|pay for|paid|need|needs) (?:(?:the|my|some|any) )?child ?care\b")]
    private static partial Regex ChildcareHelp();

    /// <summary>Puts each phrase's words in <paramref name="wanted"/> whole: at its first word kept, else at the start.</summary>
    private static void KeepPhrases(List<string> wanted, List<string> phrases)
    {
        var front = 0;
        foreach (var phrase in phrases.Distinct(StringComparer.Ordinal))
        {
            var parts = phrase.Split(' ');
            if (parts.Length < 2 || parts.All(wanted.Contains)) continue;
            var at = parts.Select(p => wanted.IndexOf(p)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            wanted.RemoveAll(parts.Contains);
            if (at < 0 || at > wanted.Count) at = Math.Min(front, wanted.Count);
            wanted.InsertRange(at, parts);
            if (at <= front) front = at + parts.Length;
        }
    }

    /// <summary>Words before the name of the job a resident wants to be ("be a", "become", "work as a").</summary>
    private static readonly HashSet<string> BecomeCues = new(StringComparer.Ordinal) { "be", "become", "becoming", "being", "as" };

    /// <summary>Endings of the names of workers ("doctor", "dentist", "surgeon", "optician", "technician").</summary>
    private static readonly string[] WorkerEndings = ["or", "ist", "ian", "eon"];

    private static bool IsWorkWord(string token) =>
        token != "|" && token.Length > 1 && !IsFiller(token) && !token.All(char.IsDigit) && !NotCues.Contains(token);

    /// <summary>The names of the job wanted in the wanted tokens (see <see cref="WorkWish.JobNouns"/>), in order.</summary>
    private static List<string> JobNounsIn(List<string> tokens)
    {
        var nouns = new List<string>();
        void Add(string word)
        {
            if (!nouns.Contains(word)) nouns.Add(word);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (BecomeCues.Contains(token))
            {
                // "as" only before "a": "as well", "as soon as" name no job.
                var j = i + 1;
                if (j < tokens.Count && tokens[j] is "a" or "an") j++;
                else if (token == "as") continue;
                var end = j;
                while (end < tokens.Count && IsWorkWord(tokens[end])) end++;
                if (end > j) Add(tokens[end - 1]);
                continue;
            }
            // A worker's name, last of its words: "senior" of "senior carer" is no worker.
            if (IsWorkWord(token) && token.Length >= 5 && WorkerEndings.Any(e => token.TrimEnd('s').EndsWith(e, StringComparison.Ordinal))
                && (i + 1 >= tokens.Count || !IsWorkWord(tokens[i + 1])))
                Add(token);
        }
        return nouns;
    }

    /// <summary>The kinds named in the tokens: strong words first; weak ones ("hospital", "care") only when alone.</summary>
    private static (List<string> Kinds, List<string> Phrases) KindsIn(List<string> tokens)
    {
        var strong = new List<string>();
        var weak = new List<string>();
        var strongPhrases = new List<string>();
        var weakPhrases = new List<string>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            foreach (var (kind, phrase, parts, isWeak) in KindPhrases)
            {
                var length = parts.Length;
                if (i + length > tokens.Count) continue;
                if (!Matches(tokens, i, parts)) continue;
                var into = isWeak ? weak : strong;
                if (!into.Contains(kind)) into.Add(kind);
                (isWeak ? weakPhrases : strongPhrases).Add(phrase);
                i += length;
                matched = true;
                break;
            }
            if (!matched) i++;
        }
        return strong.Count > 0 ? (strong, strongPhrases) : (weak, weakPhrases);
    }

    private static bool Matches(List<string> tokens, int at, string[] parts)
    {
        var k = at;
        foreach (var part in parts)
        {
            if (k >= tokens.Count || tokens[k] != part) return false;
            k++;
        }
        return true;
    }

    /// <summary>A kind of work one of the words names with a typo ("wherehouse", "recepshonist"), or null.</summary>
    public static string? KindByTypo(IReadOnlyList<string> words) => KindWordByTypo(words)?.Kind;

    /// <summary>
    /// A kind of work one of the words names with a typo, and that word as the kind spells it ("clening" gives
    /// "cleaning"), so the bot can say back and search the word the resident meant; or null.
    /// </summary>
    public static (string Kind, string Word)? KindWordByTypo(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string? found = null;
        string? spelt = null;
        foreach (var word in words)
        {
            if (word.Length < 5) continue;
            var best = 0;
            string? kind = null;
            string? bestPhrase = null;
            foreach (var (k, phrase, _, _) in KindPhrases)
            {
                if (phrase.Contains(' ', StringComparison.Ordinal) || phrase.Length < 5) continue;
                var score = Fuzzy.Word(word, phrase, 80);
                if (score > best) (best, kind, bestPhrase) = (score, k, phrase);
            }
            if (best < 80 || kind is null) continue;
            if (found is not null && found != kind) return null;
            found = kind;
            spelt ??= bestPhrase;
        }
        return found is null ? null : (found, spelt!);
    }

    /// <summary>
    /// The families to leave out for unwanted kinds: only a family no other kind of work shares ("social care" for
    /// care; not "support services", which is cleaning, kitchens, porters, driving and stores alike), and never one
    /// of the kind chosen.
    /// </summary>
    public static IReadOnlyList<string> ExcludedFamilies(IReadOnlyList<string> notKinds, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(notKinds);
        if (notKinds.Count == 0) return [];
        var keep = InterestKinds.Find(chosen)?.Families ?? [];
        return [.. notKinds.Select(InterestKinds.Find).OfType<InterestKind>()
            .SelectMany(k => k.Families.Where(f => !InterestKinds.All.Any(o => o.Key != k.Key && o.Families.Contains(f))))
            .Where(f => !keep.Contains(f)).Distinct()];
    }

    /// <summary>A sound made while thinking: "um", "ummm", "errr", "hmmm", "uhh", "ahh".</summary>
    [GeneratedRegex(@"^(?:u+h*m+|u+h+|e+r+m*|e+h*m+|h+m+|a+h+|o+h+)$")]
    private static partial Regex ThinkingSound();

    /// <summary>A letter said three times or more ("pleaseee", "sooo"): read once.</summary>
    [GeneratedRegex(@"(\w)\1{2,}")]
    private static partial Regex Stretched();

    /// <summary>
    /// In normalised text: the person the work is for, when not the resident: "for my wife", "4 my son", or "my husband"
    /// before a wish ("my husband wants", "my daughter is looking").
    /// </summary>
    [GeneratedRegex(@" (?:(?:for|4) (?:my|me|mi|our) (?:\d+ year old |eldest |oldest |youngest |older |younger )?(?<who>" + Relatives + @")s?(?= )"
        + @"|(?:my|mi|our) (?<who>" + Relatives + @")(?= (?:wants|wanna|needs|is looking|looking|would like|likes|loves|is interested|is after|want|need|he|she)\b))")]
    private static partial Regex ForSomeoneElse();

    private const string Relatives = "wife|husband|son|daughter|brother|sister|mum|mom|mam|mother|dad|father|friend|partner|boyfriend|girlfriend"
        + "|cousin|nephew|niece|uncle|aunt|auntie|grandson|granddaughter|neighbour|neighbor|fiance|fiancee";

    /// <summary>"/" between two words ("driver/porter"), or "&amp;" with a space around it ("kitchen &amp; cleaning"); not "24/7" or "A&amp;E".</summary>
    [GeneratedRegex(@"(?<=[A-Za-z]{3}) ?/ ?(?=[A-Za-z]{3})| & ")]
    private static partial Regex WishSign();

    [GeneratedRegex(@"\bI\.?T\b\.?")]
    private static partial Regex CapitalIt();

    /// <summary>In normalised text: "have", "got", "done"... then a course level ("have entry 2", "done my level 1", "got e3").</summary>
    [GeneratedRegex(@" (?:have|got|passed|pass|done|did|finished|completed) (?:my |the |an |a )?(level|entry|pre entry|e[1-3]|entry[1-3]|level[1-8]) ")]
    private static partial Regex HaveLevel();

    [GeneratedRegex(@" it (course|courses|class|classes|training|lessons|skills|support|helpdesk|apprenticeship|technician|qualification|bootcamp) ")]
    private static partial Regex ItCourse();

    [GeneratedRegex(@" (?:i am|im|i m|i|am|we are|come|came|comes|coming) (?:originally )?from (?:the )?[a-z]+ ")]
    private static partial Regex FromCountry();

    /// <summary>
    /// In normalised text: the resident's own children ("my kids", "with 2 kids", "single mum", "mum of 3", "after
    /// having kids"), leaving
    /// school or college ("just left school", "school leaver", "graduated"), or a job they have now ("i have a job
    /// already"). "work with children" is none of these: that is work we have no jobs in.
    /// </summary>
    [GeneratedRegex(@" (?:(?:my|our|\d+|one|two|three|four|five|six) (?:little |young |small |school age |grown up )?(?:kids|children|child|kid|sons|daughters|son|daughter|babies|baby|toddlers)"
        + @"|(?:single|lone) (?:mum|mom|mother|dad|father|parent)|(?:a |im a |i am a )?(?:mum|mom|mother|dad|father|parent) (?:of|to) (?:\d+|one|two|three|four|five|six)"
        + @"|i (?:have|got|ve got) (?:a |young |little |small |\d+ )?(?:kids|children|child|kid|baby|toddler)"
        + @"|(?:after |since |while |from )?(?:having|had|raising|bringing up) (?:a |my |the |our |\d+ |two |three |four )?(?:kids|children|child|kid|baby|babies|family|son|daughter|twins)"
        + @"|(?:just |recently )?(?:left|finished|leaving|graduated from|done with|dropped out of|out of) (?:school|college|uni|university|sixth form|6th form)|school leaver|(?:just |recently )?graduated"
        + @"|(?:i )?(?:already )?(?:have|got|ve got) a (?:part time |full time )?job(?: already| now| at the moment)?|(?:something|anything|a job|job) better) ")]
    private static partial Regex LifeNow();

    [GeneratedRegex(@" (?:(?:go|get|going|getting|come|coming|went|gone|got|head|heading|move|moving) back (?:to|into|in to|in)|return(?:ing)? to|back (?:to|into)) (?:work|working|a job|the workplace|employment|paid work) ")]
    private static partial Regex BackToWork();

    // Who says a fact of themself: "i am", "i have", "ive got", "i suffer from", "i use", "just", "7 months".
    private const string Own = @"(?:(?:i am|im|i m|am|i have|have|ive|i ve|ive got|i ve got|i have got|i got|got|i use|i suffer from|i suffer with|suffer from|suffering from|i live with|living with|i was|was|just|recently|currently|still|a|an|registered|severely|partially|very|quite|really|\d+ (?:weeks?|months?|wks|mths)) )*";

    // Facts about the resident that never name work: health, disability, pregnancy, a criminal past, caring duties.
    // Words that may name work with others ("autism", "learning disabilities", "mental health") count only said of
    // oneself ("i have autism"); the rest count alone ("wheelchair user", "pregnant", "criminal record").
    [GeneratedRegex(@" (?:(?:i am|im|i m|i have|ive|i ve|ive got|i ve got|i have got|i got|i suffer from|i suffer with|i live with|my) " + Own
        + @"(?:disabled|disability|disabilities|(?:a )?(?:learning|physical|hidden) (?:disability|disabilities|difficulty|difficulties)|autism|autistic|adhd|aspergers|mental health(?: problems| issues| condition| conditions)?|(?:a )?(?:health|heart|lung|long term) (?:condition|conditions|problem|problems|illness)|dementia|cancer|ms|copd|cerebral palsy|(?:a )?stammer|(?:a )?stutter|(?:bad|poor) (?:health|eyesight|hearing|mobility)|limited mobility|mobility (?:problems|issues))"
        + @"|" + Own + @"(?:wheelchair users?|in a wheelchair|a wheelchair|on crutches|(?:a )?walking stick|pregnant|registered disabled|disabled|deaf|hard of hearing|blind|partially sighted|visually impaired|dyslexic|dyslexia|dyspraxia|epilepsy|epileptic|diabetes|diabetic|asthma|asthmatic|arthritis|(?:a )?bad (?:back|knee|knees|leg|hip|shoulder)|back (?:problems|pain|injury)|anxiety|depression|depressed|ptsd|bipolar|ocd|fibromyalgia|chronic (?:pain|fatigue)|(?:a )?criminal (?:record|records|conviction|convictions|past)|(?:a )?(?:spent |unspent |previous |old )?convictions?|(?:out of|left|released from|been in|was in|came out of|come out of|got out of) (?:prison|jail)|ex (?:offender|prisoner|con)|on (?:probation|licence|license|tag)|caring (?:duties|responsibilities|commitments))) (?!(?:support|worker|workers|work|care|carer|carers|team|unit|ward|service|services|nurse|nursing|assistant|assistants|awareness|training|course|courses|clinic|charity|people|patients|children|kids|adults|clients|residents) )")]
    private static partial Regex ResidentFacts();

    /// <summary>A part about other people, or work with them: facts in it are not the resident's own.</summary>
    [GeneratedRegex(@" (?:people|person|patients|clients|children|kids|adults|residents|service users|those|others|families|elderly|someone|anyone) | (?:with|for|help|helping|support|supporting|care for|caring for|work with|working with|about) (?:the )?(?:disabled|deaf|blind|autism|autistic|dementia|disabilities|disability|mental health|pregnant|prisoners|offenders|wheelchair) ")]
    private static partial Regex AboutOthers();

    // An insult's other words: "fuck off", "f off", "piss off", "screw this", "shut up". The swear word itself goes with
    // the other rude words; "off", "this" or "up" left alone would be searched.
    [GeneratedRegex(@" (?:(?:fuck|fuk|fck|fk|f|frick|feck|piss|pis|sod|bugger|jog|naff|bog) off|(?:fuck|fuk|fck|fk|screw|sod|stuff|damn|bugger) (?:you|u|ya|this|that|it|off)|shut up|go away|get lost|get stuffed)(?= )")]
    private static partial Regex InsultTail();

    /// <summary>Parts of a message: punctuation and line breaks end them.</summary>
    [GeneratedRegex(@"[.,;:!?\n()]+")]
    private static partial Regex Parts();

    [GeneratedRegex(@" (?:anything|any thing|everything|any job|any jobs|any work|all|any) (?:but|apart from|other than|besides|except|excluding)(?: not)? ")]
    private static partial Regex AnythingBut();

    // Normalised text padded with spaces: "i look after my mum", "im a full time carer for my son", "i care for my dad at home".
    [GeneratedRegex(@" (?:(?:i am |im |i m |am )?(?:a |an |the )?(?:full time |fulltime |unpaid |family |young |main )?carer (?:for|of|to) (?:my|me|mi|our) (?:\w+ )?\w+|(?:i )?(?:look|looking|looks|care|caring|cares|looked) (?:after|for) (?:my|me|mi|our) (?:\w+ )?(?:mum|mom|mam|mother|dad|father|husband|wife|son|daughter|child|children|kids|kid|nan|nana|nan|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|brother|sister|partner|family|parents|parent|auntie|aunt|uncle|relative|relatives|boy|girl)|(?:i am |im )?(?:a |an )?(?:unpaid|family) carer)(?: at home| full time| fulltime| 24 7)? ")]
    private static partial Regex FamilyCarerWords();
}

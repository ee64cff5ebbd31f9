using System.Text;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Reads every answer for facts that belong to other questions: place or postcode, distance or way of travelling,
/// qualifications, start date, weekly hours, times of day and week. The asked question's own answer is taken out
/// first, so its words are never read twice ("Monday" to "When can you start?" is not a time of the week).
/// </summary>
/// <remarks>
/// Out of its own question a fact must be said plainly, because a wrong guess is worse than asking: a town after
/// "in", "near", "at" or "from", or as the whole answer (not "Dudley Group" in a job name); a full postcode, or a
/// district after such a word or as the whole answer ("B70", "ws2"), except the districts that are also levels of
/// English (A1 to C2), which need the word ("my English is B1", "B2"); hours with a unit or as "full time" / "part time", not a bare
/// number (a button number); a start date only when the answer talks about starting; a distance only in miles or km,
/// or a way of travelling said as travel ("by bus", not "a driving job"); qualifications only with a level, or
/// "no qualifications" in those words.
/// </remarks>
public sealed class FactReader(IReadOnlyList<KnownPlace> places)
{
    /// <summary>The main questions whose answers are read here (interest has no reader: it is what is left).</summary>
    public static IReadOnlySet<string> MainQuestions { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "interest", "qualifications", "hours", "times", "start", "place", "miles" };

    private static readonly string[] PlaceCues = ["in", "near", "nr", "at", "from", "around", "live", "living", "lives", "to", "of", "by", "opposite", "beside"];
    private static readonly string[] PlaceFillers =
        ["i", "im", "am", "live", "living", "in", "near", "at", "from", "my", "is", "the", "town", "area", "city", "postcode", "post", "code", "its", "it", "ok", "yes",
         // A place said again to put right the one before: "no i meant Coventry", "sorry, actually Walsall".
         "no", "meant", "mean", "sorry", "actually", "oops", "oh", "wait", "instead", "sry", "wrong"];
    /// <summary>Small words that may follow a place said last ("cleaning job walsall please").</summary>
    private static readonly string[] AfterLastPlace = ["please", "pls", "plz", "area", "way", "thanks", "thank", "you", "ta", "x", "xx"];
    /// <summary>Small words a fact read out of the answer may leave behind ("i can" of "i can walk 2 miles").</summary>
    private static readonly string[] LeftWords = ["can", "could", "will", "would", "am", "do", "also", "then", "so"];
    private static readonly string[] StartCues = ["start", "starting", "begin", "available", "availble", "ready", "free"];
    private static readonly string[] StartFillers = ["i", "can", "im", "am", "from", "please", "ok", "yes", "right", "straight", "away"];
    private static readonly string[] EitherWayWords = ["any", "time", "anytime", "whenever", "flexible"];
    private static readonly string[] HoursWords =
        ["hours", "hour", "hrs", "hr", "h", "hs", "full", "part", "fulltime", "parttime", "partime", "school"];
    private static readonly string[] PastWords = ["worked", "was", "were", "did", "used", "before", "previous", "last"];
    private static readonly string[] RoleNowWords = ["carer", "student", "mum", "mom", "dad", "parent", "mother", "father", "housewife", "volunteer"];
    private static readonly string[] EdgeWords = ["in", "near", "nr", "at", "from", "around", "and", "or", "but", "with", "to", "on", "by", "i", "live", "im", "also", "please"];

    private readonly PlaceRecognizer _place = new(places);
    private readonly HoursRecognizer _hours = new();
    private readonly AvailabilityRecognizer _availability = new();
    private readonly StartDateRecognizer _start = new();
    private readonly QualificationRecognizer _qualifications = new();

    /// <summary>Facts in <paramref name="text"/> for main questions other than <paramref name="asked"/>.</summary>
    public HeardFacts Read(string text, string asked, DateTimeOffset localNow)
    {
        // The engine reads the answer to the first question, and that question's recognizer reads it again for its
        // words: the same answer, question and clock, read once (the facts are records, never changed after).
        if (_last is { } last && ReferenceEquals(last.Places, places) && last.Asked == asked && last.Now == localNow && last.Text == text)
            return last.Facts;
        var facts = ReadNew(text, asked, localNow);
        _last = new LastRead(places, text, asked, localNow, facts);
        return facts;
    }

    /// <summary>The last answer read on this thread, and its facts.</summary>
    [ThreadStatic] private static LastRead? _last;

    private sealed record LastRead(IReadOnlyList<KnownPlace> Places, string Text, string Asked, DateTimeOffset Now, HeardFacts Facts);

    private HeardFacts ReadNew(string text, string asked, DateTimeOffset localNow)
    {
        var raw = text.Length > Tokens.MaxLength ? text[..Tokens.MaxLength] : text;
        // A bare number is a button or the asked question's number, never another fact.
        if (PromptWords.BareNumber(raw) is not null || raw.Trim().Length == 0) return new HeardFacts { Rest = raw.Trim() };
        var left = raw.ToCharArray();

        // Pay first: "£15 an hour" is no hours, and "30k" no distance.
        var pay = PayReader.Find(new string(left));
        if (pay is { } p) Blank(left, p.Start, p.Length);
        // Then the age, so "im 17" is never read as hours or a level; no question asks it.
        var age = Age(left, asked);
        // "i work days at the hospital so evenings only": the job they have now is no wish for work, at a question
        // after the first (at the first, its words may still be the work they want: "i work nights as a carer so days").
        var jobNow = asked == "interest" ? null : JobNowReader.Without(new string(left), rest => _availability.Recognise(rest).Succeeded);
        ClaimOwn(left, asked, localNow);
        if (jobNow is not null)
            for (var i = 0; i < left.Length && i < jobNow.Length; i++)
                if (jobNow[i] == ' ') left[i] = ' ';

        double? miles = asked == "miles" ? null : Travel(left, asked);
        // An employer named ("the Dudley Group", "Walsall Council", "Asda"): where the work is, never the home, and its
        // name is no words to search ("group"). Read at every question, the place question too: "i work for walsall
        // council" says no home.
        var employer = Employer(left);
        var hospital = false;
        NamedEmployer? workplace = null;
        var place = asked == "place" ? null : Place(left, out hospital, out workplace);
        employer ??= workplace;
        // "a course at the uni", "i want to go college": a place to learn, naming none; no words of work.
        var learningPlace = SomeCollege(left);
        var quals = asked == "qualifications" ? null : Qualifications(left, asked);
        var start = asked == "start" ? null : Start(left, localNow, asked);
        var hours = asked == "hours" ? null : Hours(left) ?? DaysAWeek(left);
        var bank = asked != "hours" && hours is null && Bank(left);
        WeeklyHours? clockWeek = null;
        var times = asked == "times" ? null : Times(left, asked, out clockWeek);
        // "mon to fri 9-5": days and the times of a day are the hours a week too, unless hours were said.
        if (hours is null && !bank && asked != "hours") hours = clockWeek;
        var added = times is not null && SaidAsMore(Tokens.Of(raw));
        // "i live near the city centre", "round here": a home with no town is no wish for work; the place is asked
        // later. Read last, so the hours or times said with it are kept ("i live with my mum, part time").
        var vagueHome = asked is not ("place" or "miles") && VagueHome(left);
        var rest = Trimmed(new string(left));
        // "i want to work at Good Hope" to the first question: the hospital's name is left out (it is no home), but it
        // still says the work. At a later question it does not change the work already chosen ("porter").
        if (hospital && asked == "interest" && WorkWords.Read(rest).Kinds.Count == 0) rest = (rest + " hospital").TrimStart();
        // "jobs at the dudley group", "walsall council": the work that sort of employer has, when no other work is said.
        else if (employer is { SearchWords.Length: > 0 } && asked == "interest" && WorkWords.Read(rest).Kinds.Count == 0)
            rest = (rest + " " + employer.SearchWords).TrimStart();
        else if (learningPlace && asked == "interest" && WorkWords.Read(rest).Kinds.Count == 0 && !LearningWishes.AsksToLearn(rest))
            rest = (rest + " course").TrimStart();
        var work = asked is "interest" || !MainQuestions.Contains(asked) ? null : WorkWished(rest) ?? WorkNamed(raw);
        return new HeardFacts
        {
            Place = place, MaxMiles = miles, Qualifications = quals, Start = start, Hours = hours, Bank = bank, Times = times, TimesAdded = added,
            Age = age, Work = work, Rest = rest, VagueHome = vagueHome && place is null, Employer = employer, Pay = pay?.Wish,
        };
    }

    /// <summary>Words that say a wish ("i want", "looking for", "id like").</summary>
    private static readonly string[] WishWords =
        ["want", "wanna", "wants", "wanted", "looking", "lookin", "like", "need", "prefer", "interested", "intrested", "fancy", "rather"];

    /// <summary>
    /// Work wished for, said at another question: one kind of work, with a word of wishing or of work ("me want clean
    /// job", "cleaning job please", "i want admin work"); not the past ("i worked in care"), nor a course ("nvq in care").
    /// </summary>
    public static WorkWish? WorkWished(string rest)
    {
        if (OneKindWished(rest) is not { } one) return null;
        var (wish, t) = one;
        if (wish.Words.Count == 0 || wish.Words.Count > 4) return null;
        return wish.WantsWork || t.Any(w => w.IsAny(WishWords)) ? wish : null;
    }

    /// <summary>
    /// One kind of work read in <paramref name="text"/>, sure and ours, not the past ("i worked in care") nor a course
    /// ("nvq in care"); with the text's tokens. What both <see cref="WorkWished"/> and <see cref="WorkNamed"/> ask first.
    /// </summary>
    private static (WorkWish Wish, IReadOnlyList<Token> Tokens)? OneKindWished(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var wish = WorkWords.Read(text);
        if (wish.Kinds.Count != 1 || wish.NotSure || wish.FamilyCarer || wish.NotOurs is not null) return null;
        var t = Tokens.Of(text);
        if (t.Any(w => w.IsAny(PastWords)) || LearningWishes.AsksToLearn(text)) return null;
        return (wish, t);
    }

    /// <summary>
    /// The whole answer is a job's name and nothing else ("porter", "admin", "pharmacy assistant", "maybe catering
    /// instead"): the work wished for, said at a later question. Every word names the work, or is part of a job's name,
    /// or changes the wish; not a way of travelling ("driving", "bus"), nor work done before.
    /// </summary>
    public static WorkWish? WorkNamed(string text)
    {
        // Only words that change a wish ("now", "ok then", "maybe"): no work named, and no need to read for it.
        if (OnlySwitchWords(text) || OneKindWished(text) is not { } one) return null;
        var (wish, t) = one;
        if (wish.NotWords.Count > 0 || TravelWords.Mode(t, bare: true) is not null) return null;
        var kept = wish.Words.Where(w => !SwitchWords.Contains(w)).ToList();
        if (kept.Count is 0 or > 3) return null;
        // Every word typed is read as the wish (none dropped as another fact or a small word it does not know).
        if (!t.Where(w => w.IsWord).All(w => wish.Words.Contains(w.Text) || SwitchWords.Contains(w.Text) || w.IsAny(ArticleWords))) return null;
        var said = string.Join(' ', kept);
        return MainDialog.OwnWords(said) == said ? wish : null;
    }

    private static readonly string[] ArticleWords = ["a", "an", "the", "some"];

    private static bool OnlySwitchWords(string text)
    {
        foreach (var w in Tokens.Of(text))
            if (w.IsWord && !SwitchWords.Contains(w.Text) && !w.IsAny(ArticleWords)) return false;
        return true;
    }

    /// <summary>Words that change or soften a wish said alone: "maybe admin", "porter instead", "actually cleaning".</summary>
    private static readonly HashSet<string> SwitchWords = new(StringComparer.Ordinal)
    {
        "maybe", "instead", "actually", "rather", "perhaps", "or", "pls", "please", "plz", "now", "then", "ok", "also", "too", "as", "well",
    };

    private void ClaimOwn(char[] left, string asked, DateTimeOffset localNow)
    {
        var text = new string(left);
        switch (asked)
        {
            case "qualifications":
                Blank(left, _qualifications.Recognise(text));
                break;
            case "hours":
                var hours = _hours.Recognise(text);
                if (hours.Succeeded) Blank(left, hours);
                else if (_availability.Recognise(text) is { Succeeded: true, Value.Patterns: var p } a && (p & (WorkPatterns.FullTime | WorkPatterns.PartTime)) != 0)
                    Blank(left, a);
                break;
            case "times":
                Blank(left, _availability.Recognise(text));
                break;
            case "start":
                Blank(left, _start.Recognise(text, localNow));
                break;
            case "place":
                // Only a place is the place answer; "I have a car" alone is left for the distance.
                if (_place.Recognise(text) is { Value.Name.Length: > 0 } place) Blank(left, place);
                break;
            case "miles":
                // Only the words about the distance or the way of travel: a town alone ("no i meant Coventry") puts
                // the place right and is read as the place.
                if (_place.Recognise(text, travelModeAlone: true) is { Succeeded: true, Value: var travel } miles
                    && (travel is { MaxMiles: not null } or { Anywhere: true } || travel?.Name.Length is null or 0))
                    Blank(left, miles);
                break;
        }
    }

    /// <summary>
    /// The resident's age said as an age ("im 17", "aged 52"). At the hours and distance questions a bare "I am 20"
    /// may be their answer, so there it is an age only with its own words ("I am 20 years old"), or when the rest of
    /// the answer holds the answer to the question ("part time im 16").
    /// </summary>
    private int? Age(char[] left, string asked)
    {
        var text = new string(left);
        var t = Tokens.Of(text);
        var strict = asked is "hours" or "miles";
        var found = AgeReader.Find(t, bareAllowed: !strict);
        if (found is null && strict && AgeReader.Find(t, bareAllowed: true) is { } bare)
        {
            var (s, l) = Tokens.Span(t, bare.From, bare.To);
            var rest = text[..s] + new string(' ', l) + text[(s + l)..];
            var answered = asked == "hours"
                ? _hours.Recognise(rest).Succeeded || _availability.Recognise(rest) is { Succeeded: true, Value.Patterns: var p } && (p & (WorkPatterns.FullTime | WorkPatterns.PartTime)) != 0
                : _place.Recognise(rest, travelModeAlone: true).Succeeded;
            if (answered) found = bare;
        }
        if (found is null) return null;
        var (start, length) = Tokens.Span(t, found.From, found.To);
        Blank(left, start, length);
        return found.Years;
    }

    private double? Travel(char[] left, string asked)
    {
        var t = Tokens.Of(new string(left));
        var travel = TravelWords.Read(t);

        // "not far", "near me", "anywhere" and travel times are too loose out of their question, unless a way of
        // travelling is said beside the time ("bus 30 mins", "15 mins walk").
        var beside = travel is { Miles: not null, Anywhere: false, ByMode: false } && travel.Confidence < 1.0
            ? TravelWords.ModeBeside(t, travel.From, travel.To) : null;
        if (beside is { } way)
            travel = travel! with { From = Math.Min(travel.From, way.From), To = Math.Max(travel.To, way.To), ByMode = true };
        else if (travel is not { Miles: not null, Anywhere: false } || (!travel.ByMode && travel.Confidence < 1.0))
            travel = TravelWords.Mode(t, bare: false);
        if (travel?.Miles is not { } miles) return null;
        // "no driving", "not driving" to "What kind of work do you like?": driving work not wanted, not "I have no car".
        if (asked == "interest" && travel is { Guessed: true } && travel.To <= t.Count && t[travel.To - 1].IsAny("driving", "drivers", "driver")) return null;
        var (start, length) = Tokens.Span(t, travel.From, travel.To);
        Blank(left, start, length);
        // "10 miles by bus", "i drive, up to 20 miles": the way of travelling said with a distance is part of it (the
        // distance said wins). Left in, it was read as the answer's place ("i live in walsall ... 10 miles by bus" lost
        // Walsall) or as words of the wish.
        if (!travel.ByMode)
        {
            var after = Tokens.Of(new string(left));
            if (TravelWords.Mode(after, bare: false) is { } mode)
            {
                var (modeStart, modeLength) = Tokens.Span(after, mode.From, mode.To);
                Blank(left, modeStart, modeLength);
            }
        }
        return miles;
    }

    /// <summary>Words for a college or university that name none ("the uni", "college").</summary>
    private static readonly string[] CollegeWords = ["uni", "university", "college", "collage", "colledge", "univercity"];

    /// <summary>Blanks a college or university said with no name ("at the uni", "go to college"); true when one was.</summary>
    private static bool SomeCollege(char[] left)
    {
        var t = Tokens.Of(new string(left));
        var found = false;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsAny(CollegeWords) || i == 0 || !t[i - 1].IsAny("at", "to", "go", "the", "a", "in", "local", "my")) continue;
            var (start, length) = Tokens.Span(t, i, i + 1);
            Blank(left, start, length);
            found = true;
        }
        return found;
    }

    /// <summary>Blanks the employers named (<see cref="Employers"/>); the first is the one kept.</summary>
    private static NamedEmployer? Employer(char[] left)
    {
        var t = Tokens.Of(new string(left));
        NamedEmployer? first = null;
        foreach (var (from, to, employer) in Employers.Find(t))
        {
            var (start, length) = Tokens.Span(t, from, to);
            Blank(left, start, length);
            first ??= employer;
        }
        return first;
    }

    private PlaceAnswer? Place(char[] left, out bool hospital, out NamedEmployer? workplace)
    {
        hospital = false;
        workplace = null;
        var text = new string(left);
        // Names that are no home: a road ("walsall road"), an employer ("dudley group"), a ward, and a hospital or a
        // college named as where they want to work or learn ("porter job at walsall manor", "esol at walsall college"),
        // not as near their home ("i live near the QE").
        foreach (var mention in _place.Mentions(text))
        {
            var workOrStudy = mention.Kind is PlaceMentionKind.Hospital or PlaceMentionKind.College;
            if (mention.Kind == PlaceMentionKind.Place || (workOrStudy && HomeNear(text, mention.Start))) continue;
            Blank(left, mention.Start, mention.Length);
            hospital |= mention.Kind == PlaceMentionKind.Hospital;
            if (workOrStudy)
                workplace ??= new NamedEmployer(mention.Name, mention.Kind == PlaceMentionKind.College ? EmployerKind.College : EmployerKind.Hospital, mention.Town);
        }
        // "i live in tipton, want a job at sandwell hospital": the town said as the home is the home; other towns are
        // where the work is, a different fact, and no rival to it.
        var towns = _place.Mentions(new string(left)).Where(m => m.Kind == PlaceMentionKind.Place).ToList();
        var homes = towns.Where(m => SaidAsHome(text, m.Start)).ToList();
        if (homes.Count > 0)
            foreach (var other in towns.Where(m => !homes.Contains(m) && homes.All(h => h.Name != m.Name)))
                Blank(left, other.Start, other.Length);
        text = new string(left);
        // Only a sure place counts out of its question, so the typo match is not run (its confidence is below 1). The
        // distance is read on its own (see Travel), so words of travel left in do not make the place unsure.
        var heard = _place.Recognise(text, exactOnly: true, withTravel: false);
        if (!heard.Succeeded || heard.Value is not { Name.Length: > 0 } place || heard.IsAmbiguous || heard.Confidence < 1.0) return null;
        var said = text.Substring(heard.Start, heard.Length);
        // "i meant Coventry not Solihull": the place ruled out is no other words around the place said.
        var ruledOut = _place.RuledOut(text);
        var around = text.ToCharArray();
        foreach (var (start, length) in ruledOut) Blank(around, start, length);
        text = new string(around);
        var full = place.PostcodeDistrict is { } code && said.Count(char.IsLetterOrDigit) > code.Length;
        // A district that is also a level of English ("B1", "C2") counts only after "in", "near" and so on; any
        // other place, district or name, also as the whole answer ("B70", "Walsall").
        var englishLevel = place.PostcodeDistrict is { } d && PlaceRecognizer.IsEnglishLevel(d);
        if (!full && !Cued(text, heard.Start)
            && (englishLevel || !Alone(text, heard.Start, heard.Length) && !Last(text, heard.Start, heard.Length) && !First(text, heard.Start, heard.Length)))
            return null;
        Blank(left, heard);
        foreach (var (start, length) in ruledOut) Blank(left, start, length);
        return place with { MaxMiles = null };
    }

    /// <summary>Words just before a town that say it is the home: "i live in", "im based in", "from", "im in".</summary>
    private static bool SaidAsHome(string text, int start)
    {
        var before = Tokens.Of(text[..start]);
        var k = before.Count - 1;
        var placeWord = false;
        while (k >= 0 && before[k].IsAny("in", "at", "near", "nr", "by", "round", "around", "the", "outside")) { k--; placeWord = true; }
        if (k < 0) return false;
        return before[k].IsAny(LiveWords) || before[k].Is("from") || (placeWord && before[k].IsAny("im", "am", "i'm"));
    }

    /// <summary>A place word straight after "in", "near", "live" and so on, or after "the" after one ("near the QE").</summary>
    private static bool Cued(string text, int start)
    {
        var before = Tokens.Of(text[..start]);
        var k = before.Count - 1;
        if (k >= 0 && before[k].Is("the")) k--;
        return k >= 0 && before[k].IsAny(PlaceCues);
    }

    /// <summary>
    /// The place is the last thing said, after words about work ("want delivery driver job coventry", "cleaning job
    /// walsall please"); not after "a" or "the" ("a city hospital" is a kind of place), and not a club ("i support
    /// west brom" says no work).
    /// </summary>
    private static bool Last(string text, int start, int length)
    {
        var before = Tokens.Of(text[..start]);
        if (before.Count == 0 || before[^1].IsAny("a", "an", "the")) return false;
        // Small words left after the facts said after it were read ("admin work bilston i can ..." of "i can walk 2 miles").
        if (!Tokens.Of(text[(start + length)..]).All(t => !t.IsWord || t.IsAny(AfterLastPlace) || t.IsAny(EdgeWords) || t.IsAny(LeftWords))) return false;
        return SaysWorkOrCourse(text[..start]);
    }

    /// <summary>
    /// The place opens the answer, before words about work ("walsall cleaning job", "wolverhampton hospital jobs",
    /// "b70 porter"), with only small words or a greeting before it ("hi, dudley kitchen work").
    /// </summary>
    private static bool First(string text, int start, int length)
    {
        if (!Tokens.Of(text[..start]).All(t => !t.IsWord || t.IsAny(PlaceFillers) || t.IsAny(Greetings))) return false;
        return SaysWorkOrCourse(text[(start + length)..]);
    }

    /// <summary>
    /// The words say work ("cleaning job") or a course ("esol class", "maths course", "gcse english"): a town said
    /// just before or after them is the home, for a resident who wants a course as for one who wants a job.
    /// </summary>
    private static bool SaysWorkOrCourse(string words)
    {
        var work = WorkWords.Read(words);
        return work.WantsWork || work.Kinds.Count > 0 || LearningWishes.AsksToLearn(words);
    }

    private static readonly string[] Greetings = ["hi", "hello", "hiya", "hey", "heya", "helo", "hallo", "salam", "salaam"];

    /// <summary>Words before a hospital that say the home is near it ("i live near the QE", "by New Cross").</summary>
    private static readonly string[] NearWords = ["near", "nr", "by", "next", "close", "opposite", "beside", "behind", "round", "around"];
    private static readonly string[] LiveWords = ["live", "living", "lives", "stay", "staying", "based", "house", "home", "postcode"];

    /// <summary>
    /// The hospital at <paramref name="start"/> is said as near the home: a word of nearness just before it ("near
    /// the", "next to"), or a word of living before it in the same part of the answer ("i live at ...").
    /// </summary>
    private static bool HomeNear(string text, int start)
    {
        var before = Tokens.Of(text[..start]);
        var k = before.Count - 1;
        while (k >= 0 && before[k].IsAny("the", "to", "a")) k--;
        if (k >= 0 && before[k].IsAny(NearWords)) return true;
        for (; k >= 0 && before[k].IsWord; k--)
            if (before[k].IsAny(LiveWords)) return true;
        return false;
    }

    /// <summary>A word that says work ("job", "cleaning", "carer"): a home said ends before it.</summary>
    private static bool NamesWork(string word) =>
        word is "job" or "jobs" or "work" or "working" or "career" or "employment" || WorkWords.Read(word).Kinds.Count > 0;

    /// <summary>Blanks what says where the resident lives with no town in it ("near me", "i live by the station").</summary>
    private static bool VagueHome(char[] left)
    {
        var t = Tokens.Of(new string(left));
        var found = HomeWords.Find(t, NamesWork);
        foreach (var (from, to) in found)
        {
            var (start, length) = Tokens.Span(t, from, to);
            Blank(left, start, length);
        }
        return found.Count > 0;
    }

    /// <summary>The place is all the answer says, apart from small words ("Walsall", "my town is Walsall").</summary>
    private static bool Alone(string text, int start, int length)
    {
        var others = Tokens.Of(text[..start] + " " + text[(start + length)..]);
        return others.All(t => !t.IsWord || t.IsAny(PlaceFillers));
    }

    private QualificationSet? Qualifications(char[] left, string asked)
    {
        var text = new string(left);
        var heard = _qualifications.Recognise(text, ownQuestion: false);
        // A level, or tickets held ("i have my forklift licence"), or a licence said missing.
        if (!heard.Succeeded || heard.Value is not { } set) return null;
        // Only what is wanted or still being done ("im doing my nvq 3", "first aid course"): nothing held, and its words
        // stay for the work or the course wished for.
        if (set.OnlyNotYet()) return null;
        // At the first question, words that ask to learn ("english level 1 course", "maths level 2") name the course
        // wanted: its level is no qualification, and stays in the words for the search. A level said as had ("i have
        // level 1 maths, what next") is theirs: read, and also kept, as the search finds the next step from it. "No
        // GCSEs" asks to learn nothing.
        // "nvq 2 in care" at the first question: held, or wanted? Not guessed: the qualifications question asks.
        if (asked == "interest" && UnclearQualification(text) is not null)
        {
            // Its words are no work words, but its subject may be ("in care").
            Blank(left, heard);
            return null;
        }
        var learning = asked == "interest" && !set.None && LearningWishes.AsksToLearn(text);
        if (learning && !LearningWishes.HasLevel(text)) return null;
        // "i have gcses" with no grade: kept with no level, so the qualifications question only asks the grade
        // (see QualificationsDialog); not words of the work either.
        if (heard.IsAmbiguous || heard.Confidence < 0.7)
        {
            // Only when "GCSE" is said: "english" alone ("english course") is no qualification held.
            if (set.Certificates.Count == 0 || !set.Certificates.All(c => c.StartsWith("gcse", StringComparison.Ordinal))
                || !Tokens.Of(text).Any(t => t.Text.StartsWith("gcse", StringComparison.Ordinal) || t.Text.StartsWith("gsce", StringComparison.Ordinal)))
                return null;
            Blank(left, heard);
            var had = HeldBefore(text, heard.Start);
            Blank(left, had, heard.Start - had);
            return set with { Level = null };
        }
        if (set.Level is null && !HeardFacts.HasTickets(set)) return null;
        // "none" or "nothing" may be about anything; "no qualifications", "no quals", "no gcses" and "left school with
        // nothing" are not.
        if (set.None && !Tokens.Of(text).Any(t => t.Text.StartsWith("qualif", StringComparison.Ordinal)) && !SaysQualifications(text, heard.Start, heard.Length))
            return null;
        // A level held and no course asked for ("i got level 2 english and maths") is something held, as a GCSE is;
        // an Entry level ("i passed entry 1 english") still points to the next English course.
        if (learning && (set.Level is null or 0 || LearningWishes.AsksForCourse(text))) return set;
        Blank(left, heard);
        // "i passed level 1 maths", "got my GCSEs": the word that says it is held goes with it.
        var held = HeldBefore(text, heard.Start);
        Blank(left, held, heard.Start - held);
        // "NVQ 3 in health and social care": the subject of what they hold, no wish for work.
        Blank(left, heard.Start + heard.Length, SubjectAfter(text, heard.Start + heard.Length));
        return set;
    }

    /// <summary>Kinds of work qualification (certificate ids) that residents may have or may want to do.</summary>
    private static readonly string[] WorkQualifications = ["nvq", "btec", "diploma", "certificate", "vocational", "rqf"];

    /// <summary>
    /// A work qualification (NVQ, BTEC, diploma) named with no word that says it is held ("i have") or wanted ("i want
    /// to do", "looking for"), or that it is still being done: "nvq 2 in care", "diploma in business admin". It may be
    /// either, so it is not taken as held, and no course is guessed. Returns the words that name it; else null.
    /// </summary>
    public static string? UnclearQualification(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > Tokens.MaxLength) return null;
        var heard = new QualificationRecognizer().Recognise(text, ownQuestion: false);
        if (!heard.Succeeded || heard.Value is not { } set || set.None || set.Overseas || set.NotYet.Count > 0 || HeardFacts.HasTickets(set)) return null;
        if (set.Certificates.Count == 0 || !set.Certificates.All(c => WorkQualifications.Any(k => c.StartsWith(k, StringComparison.Ordinal)))) return null;
        if (Tokens.Of(text).Any(t => t.IsAny(HeldWords)) || LearningWishes.AsksToLearn(text)) return null;
        var end = heard.Start + heard.Length;
        return text.Substring(heard.Start, heard.Length + SubjectAfter(text, end)).Trim();
    }

    /// <summary>Words that say a qualification is held ("passed", "got my", "have a").</summary>
    private static readonly string[] HeldWords = ["have", "got", "passed", "pass", "did", "done", "finished", "completed", "hold", "achieved", "gained"];

    /// <summary>Where a word saying the qualification at <paramref name="start"/> is held begins ("passed my"); else <paramref name="start"/>.</summary>
    private static int HeldBefore(string text, int start)
    {
        var before = Tokens.Of(text[..start]);
        var i = before.Count - 1;
        while (i >= 0 && before[i].IsAny("my", "a", "an", "the", "all", "both", "some")) i--;
        return i >= 0 && before[i].IsAny(HeldWords) ? before[i].Start : start;
    }

    /// <summary>Words that end the subject of a qualification: the resident goes on to something else.</summary>
    private static readonly string[] SubjectEnds =
        ["i", "im", "am", "want", "wanna", "looking", "need", "would", "like", "but", "so", "now", "please", "can", "and", "live", "from", "near"];

    /// <summary>
    /// The length of the subject said just after a qualification ("in health and social care", "in business admin"),
    /// up to the end of that part of the message or a new thought ("and i want", "but"); 0 when there is none.
    /// </summary>
    private static int SubjectAfter(string text, int end)
    {
        var after = Tokens.Of(text[end..]);
        if (after.Count < 2 || !after[0].IsAny("in", "of")) return 0;
        var last = 0;
        for (var i = 1; i < after.Count && i <= 6; i++)
        {
            var t = after[i];
            if (!t.IsWord) break;
            // "health and social care": an "and" inside the subject, not before a new thought ("and i want").
            if (t.IsAny(SubjectEnds) && !(t.Is("and") && i + 1 < after.Count && after[i + 1].IsWord && !after[i + 1].IsAny(SubjectEnds))) break;
            last = i;
        }
        return last == 0 ? 0 : after[last].End;
    }

    /// <summary>Words for qualifications or school: "quals", "GCSEs", "certificates", "exams", "papers", "school".</summary>
    private static readonly string[] QualificationStems = ["qual", "gcse", "gsce", "certif", "exam", "school", "papers", "nvq", "btec"];

    /// <summary>
    /// The words read as "none", or the few words just before them in the same part of the message, name
    /// qualifications or school ("no quals", "no gcses or anything", "left school with nothing").
    /// </summary>
    private static bool SaysQualifications(string text, int start, int length)
    {
        var said = Tokens.Of(text.Substring(start, length));
        var before = Tokens.Of(text[..start]);
        var near = new List<Token>();
        for (var i = before.Count - 1; i >= 0 && near.Count < 3; i--)
        {
            if (!before[i].IsWord) break;
            near.Add(before[i]);
        }
        return said.Concat(near).Any(t => t.IsWord && QualificationStems.Any(s => t.Text.StartsWith(s, StringComparison.Ordinal)));
    }

    private StartDate? Start(char[] left, DateTimeOffset localNow, string asked)
    {
        var text = new string(left);
        var heard = _start.Recognise(text, localNow);
        if (!heard.Succeeded || heard.Value is null || heard.IsAmbiguous || heard.Confidence < 0.8) return null;
        // "I can start next week", or a start date as the whole answer ("now", "asap"); not "I need a job now".
        var cued = Tokens.Of(text).Any(t => t.IsAny(StartCues));
        // At "When can you work?" words of time ("after I drop the kids", "till 3 because of kids") are about the hours
        // of the day: a start there needs its own word ("I can start next week"), or to be "now" ("asap").
        if (!cued && asked == "times" && !heard.Value.Now) return null;
        // At "How many hours a week can you work?" "three days" is days a week, not a start in three days.
        if (!cued && asked == "hours" && !heard.Value.Now) return null;
        if (!cued && !Tokens.Of(text[..heard.Start] + " " + text[(heard.Start + heard.Length)..])
                .All(t => !t.IsWord || t.IsAny(StartFillers)))
            return null;
        // "any time" or "whenever" alone is as much about the times of day (the "Any time" button) as about starting.
        if (!cued && Tokens.Of(text.Substring(heard.Start, heard.Length)).All(t => !t.IsWord || t.IsAny(EitherWayWords))) return null;
        Blank(left, heard);
        return heard.Value;
    }

    private WeeklyHours? Hours(char[] left)
    {
        var text = new string(left);
        var heard = _hours.Recognise(text);
        if (!heard.Succeeded || heard.Value is null || heard.IsAmbiguous || heard.Confidence < 0.85) return null;
        var said = Tokens.Of(text.Substring(heard.Start, heard.Length));
        if (!said.Any(t => t.IsAny(HoursWords))) return null;
        // "I worked part time in a shop" is about the past.
        var before = Tokens.Of(text[..heard.Start]);
        if (before.TakeLast(4).Any(t => t.IsAny(PastWords))) return null;
        // "I am a full time carer for my mum", "full time student": what they are now, not the hours they want.
        var after = Tokens.Of(text[(heard.Start + heard.Length)..]);
        if (after.FirstOrDefault(t => t.IsWord) is { } next && next.IsAny(RoleNowWords)) return null;
        Blank(left, heard);
        return heard.Value;
    }

    private static readonly string[] DayUnits = ["days", "day", "shifts"];
    private static readonly string[] WeekWords = ["week", "weeks", "wk"];

    /// <summary>
    /// Days a week said with no hours ("porter job, 2 days a week", "three days per week"): the hours they stand for
    /// (see <see cref="CareerPromptRecognizer.DaysToHours(int?)"/>), so the hours question is not asked again. Not in the
    /// past ("i worked 3 days a week").
    /// </summary>
    private static WeeklyHours? DaysAWeek(char[] left)
    {
        var t = Tokens.Of(new string(left));
        for (var i = 0; i < t.Count; i++)
        {
            if (NumberWords.Cardinal(t, i) is not { } count || count.Min != count.Max || count.Next >= t.Count || !t[count.Next].IsAny(DayUnits)) continue;
            var k = count.Next + 1;
            if (k < t.Count && t[k].Is("weekly")) k++;
            else if (k + 1 < t.Count && t[k].IsAny("a", "per", "each", "every", "/") && t[k + 1].IsAny(WeekWords)) k += 2;
            else continue;
            if (t.Take(i).TakeLast(4).Any(w => w.IsAny(PastWords))) return null;
            var fewest = WhenParser.LowerDays(t, i, count.Min);
            if (CareerPromptRecognizer.DaysToHours(fewest, (int)count.Min) is not { } week) return null;
            var (start, length) = Tokens.Span(t, fewest is null ? i : i - 2, k);
            Blank(left, start, length);
            return week;
        }
        return null;
    }

    /// <summary>Words before "bank" that make it a place ("food bank"), not bank work.</summary>
    private static readonly string[] PlaceBanks = ["food", "blood", "clothes", "clothing", "baby", "milk", "toy", "uniform"];

    /// <summary>Words of bank work ("bank", "on the bank", "zero hours") that no hours came with.</summary>
    private static readonly string[] BankWords = ["bank", "zero", "0", "hours", "hour", "hrs", "hr", "h", "-", "shift", "shifts", "contract"];

    /// <summary>
    /// Bank work said with no hours ("bank porter work", "zero hours is fine"): read with the times (see WhenParser), not
    /// in the past ("i did bank shifts before"); its words are blanked.
    /// </summary>
    private bool Bank(char[] left)
    {
        var text = new string(left);
        var t = Tokens.Of(text);
        if (!t.Where((w, k) => !w.IsAny("bank") || k == 0 || !t[k - 1].IsAny(PlaceBanks)).Any(w => w.IsAny("bank", "zero") || (w.IsNumber && w.Number == 0))) return false;
        var when = WhenParser.Parse(t);
        if ((when.Patterns & ~when.NotPatterns & WorkPatterns.Bank) == 0 || t.Any(w => w.IsAny(PastWords))) return false;
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsAny("bank", "zero") && !(t[k].IsNumber && t[k].Number == 0)) continue;
            // "food bank", "blood bank": a place, not bank work.
            if (k > 0 && t[k].IsAny("bank") && t[k - 1].IsAny(PlaceBanks)) continue;
            // The bank word and the words of bank work right after it ("bank shifts", "zero hour contract").
            var end = k + 1;
            while (end < t.Count && end <= k + 3 && t[end].IsAny(BankWords)) end++;
            var (start, length) = Tokens.Span(t, k, end);
            Blank(left, start, length);
            k = end - 1;
        }
        return true;
    }

    /// <summary>
    /// Times of day or days of the week. "Any time" is kept only at the hours question, said with a word of time
    /// ("any time", "whenever", "any shift"): elsewhere it may be about starting, and "flexible" alone there is the hours.
    /// </summary>
    private WorkTimes? Times(char[] left, string asked, out WeeklyHours? clockWeek)
    {
        clockWeek = null;
        var text = new string(left);
        var heard = _availability.Recognise(text);
        if (!heard.Succeeded || heard.Value is not { } a || heard.Confidence < 0.7) return null;
        if (a.Hours is { DayHours: not null } week) clockWeek = week;
        var times = CareerPromptRecognizer.TimesFrom(a);
        if (a.Flexible)
        {
            if (asked != "hours" || !Tokens.Of(text.Substring(heard.Start, heard.Length)).Any(t => t.IsAny(AnyTimeWords))) return null;
            Blank(left, heard);
            return times;
        }
        const DayParts parts = DayParts.Mornings | DayParts.Afternoons | DayParts.Evenings | DayParts.Nights | DayParts.SchoolHours | DayParts.TermTime;
        var days = times.Patterns & (WorkPatterns.Weekends | WorkPatterns.Weekdays);
        if ((a.Parts & parts) == 0 && days == 0 && times.Days.Count == 0) return null;
        Blank(left, heard);
        return times;
    }

    private static readonly string[] MoreWords = ["too", "also", "aswell", "plus", "additionally"];
    private static readonly string[] RuleOutWords = ["not", "no", "cant", "cannot", "dont", "never", "except", "either", "without"];

    /// <summary>
    /// The answer says its times are more than those held: "fridays too", "also saturdays", "and fridays", "wednesdays
    /// as well". Not when it rules times out ("not fridays either").
    /// </summary>
    private static bool SaidAsMore(IReadOnlyList<Token> t)
    {
        if (t.Any(w => w.IsAny(RuleOutWords))) return false;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].IsAny(MoreWords)) return true;
            if (t[i].Is("as") && i + 1 < t.Count && t[i + 1].Is("well")) return true;
        }
        for (var i = 0; i < t.Count; i++)
            if (!t[i].IsSymbol || t[i].Is("&")) return t[i].IsAny("and", "&", "n");
        return false;
    }

    private static readonly string[] AnyTimeWords = ["time", "times", "anytime", "whenever", "shift", "shifts"];

    private static void Blank<T>(char[] left, Recognition<T> heard)
    {
        if (heard.Succeeded) Blank(left, heard.Start, heard.Length);
    }

    private static void Blank(char[] left, int start, int length)
    {
        for (var i = Math.Max(0, start); i < Math.Min(left.Length, start + length); i++) left[i] = ' ';
    }

    /// <summary>Single spaces, and no small joining words or signs left hanging at either end ("cleaning job near").</summary>
    private static string Trimmed(string text)
    {
        var words = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        static bool Edge(string w) => PromptWords.Normalise(w) is var n && (n.Length == 0 || EdgeWords.Contains(n));
        while (words.Count > 0 && Edge(words[^1])) words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && Edge(words[0])) words.RemoveAt(0);
        var builder = new StringBuilder();
        foreach (var w in words) builder.Append(builder.Length > 0 ? " " : "").Append(w);
        return builder.ToString().Trim(',', '.', ';', ' ');
    }
}

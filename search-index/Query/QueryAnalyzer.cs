using CareerBot.SearchIndex.Index;

namespace CareerBot.SearchIndex.Query;

/// <summary>
/// Turns the resident's words into search terms: split, drop stop words, fix spellings from the synonym
/// table, correct unknown words against the index vocabulary, then expand synonym phrases.
/// </summary>
internal static partial class QueryAnalyzer
{
    /// <summary>Longest text read; the rest of a very long message is ignored.</summary>
    public const int MaxChars = 2000;

    private const int MaxWords = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
        "is", "am", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
        "i", "im", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "she", "they", "them", "their", "his", "her",
        "do", "does", "did", "doing", "have", "has", "had", "can", "could", "would", "should", "will", "shall", "may", "might",
        "want", "wants", "wanted", "like", "likes", "love", "need", "needs", "looking", "look", "find", "get", "got",
        "job", "jobs", "work", "working", "role", "roles", "career", "careers", "position", "vacancy", "vacancies",
        "please", "hi", "hello", "thanks", "thank", "ok", "okay", "yes", "no", "not", "any", "some", "something",
        "what", "which", "who", "how", "where", "when", "why", "there", "here", "so", "very", "really", "just", "also",
        "about", "into", "than", "then", "too", "more", "most", "other", "such", "only", "own", "same", "all", "each",
        "near", "and", "or", "not", "good", "well", "maybe", "thing", "things", "kind", "type", "sort", "start",
        "after", "before", "up", "out", "over", "under", "again", "one", "know", "think", "go", "going", "make",
    };

    /// <summary>Words about hours; they become <see cref="WorkPatterns"/>, not search words.</summary>
    private static readonly HashSet<string> PatternWords = new(StringComparer.Ordinal)
    {
        "night", "nights", "nite", "nites", "nigth", "nigt", "overnight", "weekend", "weekends", "weekand", "wekend",
        "saturday", "saturdays", "sunday", "sundays", "evening", "evenings", "part", "time", "full", "partime",
        "parttime", "fulltime", "hours", "hour", "shift", "shifts", "days", "day", "week", "weekly", "only",
        "morning", "mornings", "afternoon", "afternoons", "daytime", "daytimes",
    };

    private static readonly HashSet<string> CourseWords = new(StringComparer.Ordinal)
    {
        "course", "courses", "study", "studying", "learn", "learning", "training", "train", "college", "class",
        "classes", "qualification", "qualifications", "apprenticeship", "apprenticeships", "esol", "degree",
        "university", "uni", "diploma", "certificate", "gcse", "exam", "lessons", "english", "maths",
    };

    /// <summary>A word about courses or learning ("course", "training", "maths"): it asks for something we have.</summary>
    internal static bool IsCourseWord(string word) => CourseWords.Contains(word) || LearningWords.Contains(word);

    /// <summary>Words that ask to learn, whatever else is said: courses are wanted, not jobs.</summary>
    private static readonly HashSet<string> LearningWords = new(StringComparer.Ordinal)
    {
        "course", "courses", "cours", "cource", "corse", "coarse", "class", "classes", "clases", "clas", "lesson", "lessons",
        "training", "trainning", "traning", "trainin", "train", "study", "studying", "studies", "learn", "learning", "lern",
        "lerning", "learnin", "college", "collage", "colledge", "bootcamp", "bootcamps", "esol", "gcse", "gcses", "qualification",
        "qualifications", "functional",
    };

    /// <summary>Typos of the words that ask to learn, as residents type them: the index's own words cannot fix them all.</summary>
    private static readonly Dictionary<string, string> LearningTypos = new(StringComparer.Ordinal)
    {
        ["cours"] = "course", ["cource"] = "course", ["corse"] = "course", ["coures"] = "course", ["cousre"] = "course",
        ["clases"] = "classes", ["clas"] = "class", ["clasess"] = "classes", ["trainning"] = "training", ["traning"] = "training",
        ["trainin"] = "training", ["trainig"] = "training", ["lern"] = "learn", ["lerning"] = "learning", ["learnin"] = "learning",
        ["collage"] = "college", ["colledge"] = "college", ["colege"] = "college", ["studdy"] = "study", ["study"] = "study",
        // Getting better at something is training: "improve my computer skills", "i want to retrain".
        ["improve"] = "training", ["improving"] = "training", ["imporve"] = "training", ["upskill"] = "training", ["upskilling"] = "training",
        ["reskill"] = "training", ["retrain"] = "training", ["retraining"] = "training",
    };

    /// <summary>Words that only say a course is wanted: every course is one, so they find nothing more when other words say which.</summary>
    private static readonly HashSet<string> GenericLearningWords = new(StringComparer.Ordinal)
    {
        "course", "courses", "cours", "cource", "corse", "coarse", "class", "classes", "clases", "clas", "lesson", "lessons",
        "training", "trainning", "traning", "trainin", "train", "study", "studying", "studies", "learn", "learning", "lern",
        "lerning", "learnin", "college", "collage", "colledge", "qualification", "qualifications",
    };

    /// <summary>
    /// When the words ask to learn and other words say what ("cooking course", "trainning for care work", "maths level
    /// 1"), the words that only ask for a course, and a level's words (the level rules rank by level), are no search
    /// words: "training" found the one course with "Training" in its title before any course for care. "free" is
    /// left out with them. With no other word the catalogue knows ("training", "level 2", "online course") they stay.
    /// </summary>
    private static void LeaveOutLearningWords(List<(string Word, MatchKind Origin, string Typed)> tokens, bool[] isContent, bool levelNamed, Func<string, bool> known)
    {
        bool Generic(int i)
        {
            var w = tokens[i].Word;
            // "free": residents mean no cost (most of these courses are free for them), not the words of a title.
            if (w == "free") return true;
            if (GenericLearningWords.Contains(w))
                return !(w is "learning" or "learn" && i + 1 < tokens.Count && NotLearningAfter.Contains(tokens[i + 1].Word));
            // "level 1", "entry 3", "pre entry": the level, read by CourseLevels.
            if (!levelNamed) return false;
            if (w is "level" or "entry" or "pre") return true;
            return w.Length == 1 && char.IsDigit(w[0]) && i > 0 && tokens[i - 1].Word is "level" or "entry";
        }
        // Another word the catalogue knows: "online course" keeps "course" when "online" is no catalogue word.
        var other = false;
        for (var i = 0; i < tokens.Count && !other; i++)
            if (isContent[i] && !Generic(i) && known(tokens[i].Word)) other = true;
        if (!other)
        {
            // Only "classes", "lessons": the same wish as "course", which the catalogue's courses are all called; the
            // words themselves found one summary's "class" and the "classroom" way of study ("evening classes" showed
            // food safety, a day in a classroom).
            for (var i = 0; i < tokens.Count; i++)
                if (isContent[i] && tokens[i].Word is "class" or "classes" or "lesson" or "lessons")
                    tokens[i] = ("course", tokens[i].Origin, tokens[i].Typed);
            return;
        }
        for (var i = 0; i < tokens.Count; i++)
            if (isContent[i] && Generic(i)) isContent[i] = false;
    }

    /// <summary>
    /// A word of a job ("job", "work") that is not what a course is for: no "for", "to", "get", "become" or "into"
    /// before it in its part of the message ("courses for care jobs", "training to work in a hospital", "a course to
    /// get a job"), unless the "for" is of looking ("looking for a job"), nor said as not wanted ("a course not a job").
    /// "and", a comma or "also" starts a part.
    /// </summary>
    internal static bool AsksForAJobToo(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("job" or "jobs" or "work")) continue;
            var goal = false;
            for (var k = i - 1; k >= 0 && k >= i - 4; k--)
            {
                var w = words[k];
                if (w is "and" or "also" or "plus" or "then" or "but") break;
                // "a course, not a job", "no work yet": no job is asked for.
                if (w is "not" or "no" or "dont" or "without")
                {
                    goal = true;
                    break;
                }
                if (w is "to" or "get" or "become" or "into" or "getting" || (w == "for" && !(k > 0 && words[k - 1] is "looking" or "look" or "searching")))
                {
                    goal = true;
                    break;
                }
            }
            if (!goal) return true;
        }
        return false;
    }

    /// <summary>Words that ask for a first course ("beginner", "basic"): the lowest levels suit.</summary>
    private static readonly HashSet<string> BeginnerWords = new(StringComparer.Ordinal)
    {
        "beginner", "beginners", "beginer", "beginers", "begginer", "begginers", "basic", "basics", "starter", "starters", "absolute",
    };

    /// <summary>
    /// The subjects the typed words name, as a course title names them: English ("english", "esol") and maths. A
    /// subject said as something the resident has or speaks ("i speak english") is not one.
    /// </summary>
    private static List<string> SubjectsIn(List<(string Word, MatchKind Origin, string Typed)> tokens)
    {
        var subjects = new List<string>();
        for (var i = 0; i < tokens.Count && tokens[i].Word != Break; i++)
        {
            var subject = tokens[i].Word switch
            {
                "english" or "esol" or "englsh" or "inglish" or "engish" => "english",
                "maths" or "math" or "mats" or "numeracy" => "maths",
                _ => null,
            };
            if (subject is null || subjects.Contains(subject) || (i > 0 && HaveOrSpeak.Contains(tokens[i - 1].Word))) continue;
            subjects.Add(subject);
        }
        return subjects;
    }

    /// <summary>"learning disability", "learning difficulties": a kind of support work, not a wish to learn.</summary>
    private static readonly HashSet<string> NotLearningAfter = new(StringComparer.Ordinal)
    {
        "disability", "disabilities", "disabled", "difficulty", "difficulties", "disorder", "disorders", "needs",
    };

    /// <summary>
    /// Before "qualification(s)", "english" or "maths": the words say what the resident has or speaks ("no
    /// qualifications", "i speak english"), not what they want to learn.
    /// </summary>
    private static readonly HashSet<string> HaveOrSpeak = new(StringComparer.Ordinal)
    {
        "no", "without", "any", "none", "have", "got", "speak", "speaks", "talk", "fluent", "good", "native", "perfect",
    };

    /// <summary>
    /// True when the typed words ask to learn: a word of <see cref="LearningWords"/> ("course", "training", "learn"),
    /// or English or maths not said as something the resident has or speaks; but not "learning disability", and not
    /// "no qualifications". The kind of work's own words (after the first break) are not the resident's.
    /// </summary>
    /// <summary>True when a word asks for a course itself (<see cref="GenericLearningWords"/>, "bootcamp", "esol" not
    /// included) or for the next step ("next"); "learning disability" does not.</summary>
    internal static bool NamesCourse(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = LearningTypos.GetValueOrDefault(words[i], words[i]);
            if (w == "next" && NextStep(words, i)) return true;
            if (w is "qualification" or "qualifications" || !GenericLearningWords.Contains(w)) continue;
            if (w is "learning" or "learn" && i + 1 < words.Count && NotLearningAfter.Contains(words[i + 1])) continue;
            return true;
        }
        return false;
    }

    internal static bool AsksToLearn(IReadOnlyList<string> words)
    {
        var sawHeld = false;
        for (var i = 0; i < words.Count && words[i] != Break; i++)
        {
            var w = words[i];
            var before = i > 0 ? words[i - 1] : "";
            var after = i + 1 < words.Count ? words[i + 1] : "";
            if (w is "learning" or "learn" && NotLearningAfter.Contains(after)) continue;
            // "i have gcse english and maths", "passed my functional skills": something the resident has, not a wish.
            if (MayBeHeld.Contains(w) && HeldBefore(words, i))
            {
                sawHeld = true;
                continue;
            }
            if (w is "qualification" or "qualifications" or "english" or "maths" or "math")
            {
                if (!HaveOrSpeak.Contains(before)) return true;
                continue;
            }
            // "go uni for nursing", "a degree in physio": not "i have a degree", "i went to uni".
            if (w is "uni" or "university" or "degree")
            {
                if (!HaveOrSpeak.Contains(before) && before is not ("a" or "my" or "went" or "to" or "at" or "finished" or "from")) return true;
                continue;
            }
            if (LearningWords.Contains(w)) return true;
            // "improve my computer skills", "get better at maths", "upskill", "get qualified": getting better is learning.
            if (BetterWords.Contains(w) || (w is "better" or "beter" && after is "at" or "my" or "in") || (w == "qualified" && before is "get" or "become" or "be" or "getting")) return true;
            // "want to do an nvq", "looking for a diploma in care": a qualification wanted.
            if (PaperWords.Contains(w) && WishedBefore(words, i)) return true;
        }
        // "i have entry 2 english what next": the next step from what they have.
        if (!sawHeld) return false;
        for (var i = 0; i < words.Count; i++)
            if (words[i] == "next" && NextStep(words, i)) return true;
        return false;
    }

    /// <summary>Words of time after "next": "start next week", "next monday" are a date, not the next step.</summary>
    private static readonly HashSet<string> TimeAfterNext = new(StringComparer.Ordinal)
    {
        "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "time", "morning", "afternoon", "evening",
        "night", "term", "spring", "summer", "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "wk", "mnth", "yr", "door",
    };

    /// <summary>"what next", "the next step", "next level": the word at <paramref name="i"/> ("next") asks for the next step.</summary>
    private static bool NextStep(IReadOnlyList<string> words, int i) => i + 1 >= words.Count || !TimeAfterNext.Contains(words[i + 1]);

    /// <summary>Words that say the resident wants to get better at something: a wish to learn.</summary>
    private static readonly HashSet<string> BetterWords = new(StringComparer.Ordinal)
    {
        "improve", "improving", "imporve", "upskill", "upskilling", "reskill", "retrain", "retraining", "brush",
    };

    /// <summary>Names of qualifications a resident may have or want ("nvq", "diploma"); <see cref="WishedBefore"/> says which.</summary>
    private static readonly HashSet<string> PaperWords = new(StringComparer.Ordinal)
    {
        "nvq", "nvqs", "btec", "btecs", "diploma", "certificate", "cert", "award", "qcf", "rqf",
    };

    /// <summary>
    /// A work qualification named with no word of wishing before it ("nvq level 3 in care", "i have a diploma"): its
    /// level may be one held as well as one wanted, so the level alone does not say a course is wanted.
    /// </summary>
    internal static bool NamesPaperNotWished(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count && words[i] != Break; i++)
            if (PaperWords.Contains(words[i]) && !WishedBefore(words, i)) return true;
        return false;
    }

    /// <summary>Words before a qualification that say it is wanted: "want to do", "looking for", "how do i get".</summary>
    private static readonly HashSet<string> WishWords = new(StringComparer.Ordinal)
    {
        "want", "wanna", "wants", "like", "looking", "lookin", "need", "hoping", "hope", "get", "getting", "start", "take", "study",
        "apply", "enrol", "enroll", "interested",
    };

    /// <summary>A word of wishing up to four words before <paramref name="at"/>, in the same part of the message, with no
    /// word of having between ("i want to get an nvq"; not "i have got an nvq", "got my diploma").</summary>
    private static bool WishedBefore(IReadOnlyList<string> words, int at)
    {
        for (var k = at - 1; k >= Math.Max(0, at - 4); k--)
        {
            if (words[k] is Break or "but" or "and") return false;
            if (CourseLevels.HaveWords.Contains(words[k])) return false;
            if (WishWords.Contains(words[k])) return true;
        }
        return false;
    }

    /// <summary>Words for what a resident may have already (a GCSE, English, a qualification) rather than want to learn.
    /// Not ESOL: a resident who has done some ESOL ("i done entry 1 esol") goes on to the next level.</summary>
    private static readonly HashSet<string> MayBeHeld = new(StringComparer.Ordinal)
    {
        "gcse", "gcses", "qualification", "qualifications", "english", "maths", "math", "functional", "diploma", "certificate", "degree",
    };

    /// <summary>
    /// A word such as "have", "got" or "passed" up to four words before <paramref name="at"/> in the same part of the
    /// message (not across "and want", "but need"), and no "no" or "little" just before it ("i have no english").
    /// </summary>
    private static bool HeldBefore(IReadOnlyList<string> words, int at)
    {
        if (at > 0 && words[at - 1] is "no" or "not" or "little" or "basic" or "bad" or "poor" or "some") return false;
        for (var k = at - 1; k >= Math.Max(0, at - 4); k--)
        {
            if (words[k] is "want" or "need" or "but" or "like" or "wanna" or Break) return false;
            if (CourseLevels.HaveWords.Contains(words[k])) return true;
        }
        return false;
    }

    /// <summary>Stands for "IT" written in capitals, which is computing, not the pronoun "it" (a stop word).</summary>
    private const string ItMarker = "technology";

    private static string? ComputingIt(string? text) =>
        text is null || text.Length > MaxChars * 2 ? text : CapitalIt().Replace(text, ItMarker);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bI\.?T\b\.?")]
    private static partial System.Text.RegularExpressions.Regex CapitalIt();

    /// <summary>Words after which a lower-case "it" is computing ("it support", "it apprenticeship"), not the pronoun.</summary>
    private static readonly HashSet<string> ItWorkWords = new(StringComparer.Ordinal)
    {
        "support", "helpdesk", "help", "service", "apprentice", "apprentices", "apprenticeship", "apprenticeships",
        "technician", "technicians", "department", "sector", "jobs", "job", "role", "roles", "analyst", "team",
        "skills", "course", "courses", "desk", "worker", "engineer", "officer",
    };

    /// <summary>Residents type "it support" in lower case: "it" then a word of work is IT.</summary>
    private static void LowerCaseIt(List<(string Word, MatchKind Origin, string Typed)> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i].Word == "it" && ItWorkWords.Contains(tokens[i + 1].Word))
                tokens[i] = (ItMarker, MatchKind.Interest, "IT");
    }

    /// <summary>A stop word or a word about hours: never a word of work on its own.</summary>
    private static bool IsSmallWord(string word) => StopWords.Contains(word) || PatternWords.Contains(word);

    /// <summary>Marks where one group of words ends and the next begins (see <see cref="Analyse"/>).</summary>
    private const string Break = "|";

    public static QueryPlan Analyse(string? text, IReadOnlyList<string> interestWords, CatalogueIndex index)
    {
        var plan = new QueryPlan();
        var tokens = new List<(string Word, MatchKind Origin, string Typed)>();
        foreach (var w in TextWords.Of(ComputingIt(text), MaxChars)) tokens.Add((w, MatchKind.Interest, w == ItMarker ? "IT" : w));
        LowerCaseIt(tokens);
        tokens = CourseLevels.Plain(tokens, t => t.Word, (t, w) => (w, t.Origin, w));
        for (var i = 0; i < tokens.Count; i++)
            if (LearningTypos.TryGetValue(tokens[i].Word, out var plain)) tokens[i] = (plain, tokens[i].Origin, tokens[i].Typed);
        var words = tokens.ConvertAll(t => t.Word);
        plan.LearningIntent = AsksToLearn(words);
        plan.NamedLevel = CourseLevels.Named(words);
        // A level said as wanted ("maths level 1", "level 3 in health") is a course's level: no job is "level 3".
        if (plan.NamedLevel is { Held: false }) plan.LearningIntent = true;
        plan.JobToo = plan.LearningIntent && AsksForAJobToo(words);
        plan.Beginner = tokens.Any(t => BeginnerWords.Contains(t.Word));
        plan.Subjects = SubjectsIn(tokens);
        foreach (var t in tokens) plan.TypedWords.Add(t.Typed);
        foreach (var phrase in interestWords.Take(20))
        {
            // A break between the typed words and each of the kind's phrases: no phrase, pair or family name runs
            // across it ("care home" then "caring", "care": no pair "home care"). Never a content word.
            tokens.Add((Break, MatchKind.Interest, Break));
            foreach (var w in TextWords.Of(phrase, 200)) tokens.Add((w, MatchKind.Interest, w));
        }
        if (tokens.Count > MaxWords) tokens = tokens[..MaxWords];

        DetectPatterns(tokens.Select(t => t.Word).ToList(), plan);
        // English, maths and qualifications count as asking about courses only as AsksToLearn reads them: "no
        // qualifications care" and "i speak english" ask for jobs.
        if (plan.LearningIntent || tokens.Any(t => CourseWords.Contains(t.Word) && t.Word is not ("qualification" or "qualifications" or "english" or "maths")))
            plan.CourseIntent = true;
        if (tokens.Any(t => t.Word is "esol" or "english")) plan.EnglishIntent = true;

        // 0. One word typed in two ("ware house", "fork lift") or words typed with no spaces ("iwantporterjob"): the
        //    catalogue's own words, before any is taken for a typo ("ware" is no "ward").
        tokens = WordSplits.Apply(tokens, index, plan, IsSmallWord);

        // 1. Spelling table (multi-word first: "care wroker").
        tokens = ApplySpellings(tokens, index, plan);

        // 2. Role families named ("allied health"), then unknown content words corrected against the index
        //    vocabulary (stop words stay, for phrases). A word only a family's name uses is that family, not a typo.
        var namesFamily = FindFamilies(tokens, index, plan);
        var isContent = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            isContent[i] = !StopWords.Contains(t.Word) && !PatternWords.Contains(t.Word) && !(t.Word.Length == 1 && !char.IsDigit(t.Word[0]));
            if (!isContent[i] || namesFamily[i]) continue;
            if (index.Vocabulary.Contains(t.Word) || index.Synonyms.AllWords.Contains(t.Word) || CourseWords.Contains(t.Word)) continue;
            if (t.Word.All(char.IsDigit)) continue;
            // Another form of a known word is that word ("pushing" -> "push"), not a typo.
            if (index.Vocabulary.SameWord(t.Word) is { } form)
            {
                tokens[i] = (form, t.Origin, t.Typed);
                // "lookin", "workin": a small word after all, kept for phrases ("look after old people").
                isContent[i] = !StopWords.Contains(form) && !PatternWords.Contains(form);
                continue;
            }
            // A real English word the catalogue does not use ("still", "mopping") is never "corrected" into one it
            // does ("till", "moving"): it is left unmatched.
            if (EnglishWords.IsWord(t.Word)) continue;
            var fix = index.Vocabulary.Correct(t.Word);
            // Near a misspelling the spelling table knows ("farmasy" is one letter from its "farmacy"): the word it stands for.
            if (fix is not null && index.Synonyms.Spelling(fix) is { Means: [var meant] } && !meant.Contains(' ', StringComparison.Ordinal)) fix = meant;
            // A fix into a small word is no fix: "bot" is not "not", whatever the catalogue's text holds.
            if (fix is not null && !StopWords.Contains(fix) && !PatternWords.Contains(fix))
            {
                plan.Corrections.Add(new SpellingFix(t.Typed, fix));
                tokens[i] = (fix, MatchKind.SpellingFix, t.Typed);
            }
        }
        // "no qualifications", "without qualifications": what the resident lacks, no word to search for ("qualification"
        // in course titles put three courses before the care jobs asked for in "no qualifications care").
        for (var i = 1; i < tokens.Count; i++)
            if (tokens[i].Word is "qualification" or "qualifications" && HaveOrSpeak.Contains(tokens[i - 1].Word)) isContent[i] = false;
        if (plan.LearningIntent)
            LeaveOutLearningWords(tokens, isContent, plan.NamedLevel is not null,
                w => index.Vocabulary.Contains(w) || index.Synonyms.AllWords.Contains(w) || CourseWords.Contains(w));
        plan.ContentWords = isContent.Count(c => c);
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (isContent[i] && isContent[i + 1] && tokens[i].Word != tokens[i + 1].Word)
                plan.Pairs.Add((tokens[i].Word, tokens[i + 1].Word));

        // 3. Synonym phrases, longest first: as typed (with small words: "look after old people"), then over
        //    the content words alone ("helping old people" -> "old people"). The rest stay as plain words.
        var used = new bool[tokens.Count];
        MatchPhrases(tokens, Enumerable.Range(0, tokens.Count).ToList(), used, index, plan);
        // The content words alone, within each group of words (never across a break).
        var group = new List<int>();
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i].Word != Break)
            {
                if (isContent[i]) group.Add(i);
                continue;
            }
            if (group.Count > 0) MatchPhrases(tokens, group, used, index, plan);
            group = [];
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || !isContent[i]) continue;
            var c = tokens[i];
            var known = index.Vocabulary.Contains(c.Word) || CourseWords.Contains(c.Word) || c.Word.All(char.IsDigit);
            if (!known)
            {
                if (!namesFamily[i]) plan.Unmatched.Add(c.Typed);
                continue;
            }
            plan.Terms.Add(new QueryTerm([c.Word], c.Origin, c.Typed, c.Origin == MatchKind.SpellingFix ? c.Word : null));
        }
        return plan;
    }

    private static void MatchPhrases(List<(string Word, MatchKind Origin, string Typed)> tokens, List<int> positions,
        bool[] used, CatalogueIndex index, QueryPlan plan)
    {
        for (var len = Math.Min(index.Synonyms.MaxPhrase, positions.Count); len >= 1; len--)
        {
            for (var start = 0; start + len <= positions.Count; start++)
            {
                if (AnyUsed(positions, start, len, used)) continue;
                if (len == 1 && StopWords.Contains(tokens[positions[start]].Word)) continue;
                var phrase = Join(tokens, positions, start, len, typed: false);
                if (index.Synonyms.Meaning(phrase) is not { } record) continue;
                var typed = Join(tokens, positions, start, len, typed: true);
                plan.Synonyms.Add(new SynonymHit(record, typed, phrase == typed ? null : phrase));
                foreach (var m in record.Means)
                    plan.Terms.Add(new QueryTerm(TextWords.Of(m), MatchKind.Synonym, typed, m));
                for (var k = start; k < start + len; k++) used[positions[k]] = true;
            }
        }
    }

    /// <summary>
    /// Role families the words name: the whole family name, in order ("allied health", "digital"), or a word of a
    /// family's name that no catalogue text and no other family uses ("allied"). Returns which words named one.
    /// </summary>
    private static bool[] FindFamilies(List<(string Word, MatchKind Origin, string Typed)> tokens, CatalogueIndex index, QueryPlan plan)
    {
        var named = new bool[tokens.Count];
        var families = index.RoleFamilies;
        foreach (var (name, words) in families)
        {
            // A family name that is itself a synonym ("admin", "pharmacy") already finds its roles that way.
            if (index.Synonyms.Meaning(name) is not null) continue;
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                var all = true;
                for (var k = 0; k < words.Length && all; k++) all = tokens[i + k].Word == words[k];
                if (!all) continue;
                var typed = new List<string>(words.Length);
                for (var k = 0; k < words.Length; k++)
                {
                    named[i + k] = true;
                    typed.Add(tokens[i + k].Typed);
                }
                AddFamily(plan, name, string.Join(' ', typed));
            }
            foreach (var w in words)
            {
                if (StopWords.Contains(w) || index.Vocabulary.Contains(w) || families.Any(f => f.Name != name && f.Words.Contains(w))) continue;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (named[i] || tokens[i].Word != w) continue;
                    named[i] = true;
                    AddFamily(plan, name, tokens[i].Typed);
                }
            }
        }
        return named;
    }

    private static void AddFamily(QueryPlan plan, string family, string typed)
    {
        foreach (var f in plan.Families)
            if (f.Family == family) return;
        plan.Families.Add((family, typed));
    }

    private static bool AnyUsed(List<int> positions, int start, int length, bool[] used)
    {
        for (var k = start; k < start + length; k++)
            if (used[positions[k]]) return true;
        return false;
    }

    /// <summary>The words (or what was typed) at positions[start..start+length), joined by single spaces.</summary>
    private static string Join(List<(string Word, MatchKind Origin, string Typed)> tokens, List<int> positions, int start, int length, bool typed)
    {
        string At(int k) => typed ? tokens[positions[k]].Typed : tokens[positions[k]].Word;
        if (length == 1) return At(start);
        var builder = new System.Text.StringBuilder();
        for (var k = start; k < start + length; k++)
        {
            if (k > start) builder.Append(' ');
            builder.Append(At(k));
        }
        return builder.ToString();
    }

    private static List<(string Word, MatchKind Origin, string Typed)> ApplySpellings(
        List<(string Word, MatchKind Origin, string Typed)> tokens, CatalogueIndex index, QueryPlan plan)
    {
        var result = new List<(string, MatchKind, string)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = false;
            for (var len = Math.Min(3, tokens.Count - i); len >= 1 && !matched; len--)
            {
                var phrase = len == 1 ? tokens[i].Word : string.Join(' ', tokens.GetRange(i, len).ConvertAll(t => t.Word));
                if (index.Synonyms.Spelling(phrase) is not { } record) continue;
                var used = record.Means[0];
                plan.Corrections.Add(new SpellingFix(phrase, used));
                foreach (var w in TextWords.Of(used)) result.Add((w, MatchKind.SpellingFix, phrase));
                i += len;
                matched = true;
            }
            if (!matched)
            {
                result.Add(tokens[i]);
                i++;
            }
        }
        return result;
    }

    /// <summary>A word that only asks for a course ("classes", "course") just before the word at <paramref name="at"/>,
    /// or up to two words after it ("classes at night").</summary>
    private static bool NextToClass(List<string> words, int at) =>
        (at + 1 < words.Count && GenericLearningWords.Contains(words[at + 1]))
        || (at >= 1 && GenericLearningWords.Contains(words[at - 1]))
        || (at >= 2 && words[at - 1] is "at" or "in" or "on" && GenericLearningWords.Contains(words[at - 2]));

    private static void DetectPatterns(List<string> words, QueryPlan plan)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : "";
            switch (w)
            {
                // "night classes", "lessons at night": a class at night is an evening class (courses do not run overnight).
                case "night" or "nights" or "nite" or "nites" or "nigth" when NextToClass(words, i):
                    plan.Patterns |= WorkPatterns.Evenings; break;
                case "night" or "nights" or "nite" or "nites" or "nigth" or "overnight":
                    plan.Patterns |= WorkPatterns.Nights; break;
                case "weekend" or "weekends" or "weekand" or "wekend" or "saturday" or "saturdays" or "sunday" or "sundays":
                    plan.Patterns |= WorkPatterns.Weekends; break;
                case "evening" or "evenings":
                    plan.Patterns |= WorkPatterns.Evenings; break;
                case "morning" or "mornings" or "afternoon" or "afternoons" or "daytime" or "daytimes":
                    plan.Patterns |= WorkPatterns.Days; break;
                case "partime" or "parttime":
                    plan.Patterns |= WorkPatterns.PartTime; break;
                case "part" when next == "time":
                    plan.Patterns |= WorkPatterns.PartTime; break;
                case "fulltime":
                    plan.Patterns |= WorkPatterns.FullTime; break;
                case "full" when next == "time":
                    plan.Patterns |= WorkPatterns.FullTime; break;
                case "bank" when next is "" or "staff" or "shifts" or "work":
                    plan.Patterns |= WorkPatterns.Bank; break;
                case "school" when next == "hours":
                    plan.Patterns |= WorkPatterns.SchoolHours; break;
            }
        }
    }
}

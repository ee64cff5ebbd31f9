using System.Text.RegularExpressions;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// Notices when a resident says their English is a barrier, anywhere in an answer: "my english not so good",
/// "I am learning English", "little English", "English is my second language", "I speak Urdu, not much English",
/// "I go to ESOL". English and maths as a qualification ("GCSE English and maths", "learning English and maths")
/// is not a need. The match's span covers the words about English, so the dialogs can read the rest ("cleaning
/// job") as the answer; an ESOL mention may itself be an answer ("I have ESOL Entry 3"), so it has no span.
/// </summary>
public sealed partial class EnglishNeedRecognizer
{
    /// <summary>Longest text read (a need is said early in a message).</summary>
    private const int MaxChars = 600;

    public Recognition<EnglishNeed> Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Recognition<EnglishNeed>.NoMatch;
        var t = text.Length > MaxChars ? text[..MaxChars] : text;
        // No match timeout: a timeout counted the first call's start-up on a busy machine and missed real needs.
        // The patterns have no nested repeats and the text is capped, so a match cannot run away.
        var need = MayNameEnglish(t) ? Need().Match(t) : Match.Empty;
        var esol = need.Success ? Match.Empty : Esol().Match(t);
        if (!need.Success && !esol.Success) return Recognition<EnglishNeed>.NoMatch;
        var value = new EnglishNeed(LevelIn(t));
        return need.Success
            ? Recognition<EnglishNeed>.Match(value, need.Index, need.Length, 0.9)
            : Recognition<EnglishNeed>.Match(value, esol.Index, 0, 0.9);
    }

    /// <summary>
    /// The resident says their English is fine ("my english is ok", "I speak good English", "English is my first
    /// language", "fluent in english"): the span of those words, or no match. A need said in the same words ("my
    /// english is not very good") is a need, not this (<see cref="Recognise"/> is asked first).
    /// </summary>
    public Recognition<bool> RecogniseFine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Recognition<bool>.NoMatch;
        var t = text.Length > MaxChars ? text[..MaxChars] : text;
        if (!MayNameEnglish(t) || Need().IsMatch(t)) return Recognition<bool>.NoMatch;
        var fine = Fine().Match(t);
        return fine.Success ? Recognition<bool>.Match(true, fine.Index, fine.Length, 0.9) : Recognition<bool>.NoMatch;
    }

    /// <summary>
    /// False when the text cannot hold any spelling of "English" that <see cref="Need"/> and <see cref="Fine"/> know
    /// (every one of their patterns has one, and each spelling has "ngl" or "ngis" in it): most answers never name the
    /// language, and the two large patterns are then not run at all (they were about 2 % of a turn's time).
    /// </summary>
    private static bool MayNameEnglish(string text) =>
        text.Contains("ngl", StringComparison.OrdinalIgnoreCase) || text.Contains("ngis", StringComparison.OrdinalIgnoreCase);

    /// <summary>The text without the words a need was found in (joining marks left at the cut are tidied away).</summary>
    public static string Without(string text, Recognition<EnglishNeed> found) =>
        found.Succeeded ? Without(text, found.Start, found.Length) : text;

    /// <summary>The text without the words at <paramref name="start"/> (joining marks left at the cut are tidied away).</summary>
    public static string Without(string text, int start, int length)
    {
        if (length == 0) return text;
        var before = text[..start].TrimEnd().TrimEnd(',', ';', '-', '.').TrimEnd();
        var after = text[(start + length)..].TrimStart().TrimStart(',', ';', '-', '.', '!').TrimStart();
        foreach (var joiner in Joiners)
            if (before.EndsWith(joiner, StringComparison.OrdinalIgnoreCase) && (before.Length == joiner.Length || before[^(joiner.Length + 1)] == ' '))
            {
                before = before[..^joiner.Length].TrimEnd().TrimEnd(',').TrimEnd();
                break;
            }
        return (before + " " + after).Trim();
    }

    private static readonly string[] Joiners = ["but", "and", "because", "so", "also"];

    /// <summary>
    /// True when what is left after the words about English says nothing more ("I have", "I speak Urdu"): then the
    /// message was only about English and is no answer to the question asked.
    /// </summary>
    public static bool SaysNothingMore(string rest)
    {
        foreach (var word in Engine.PromptWords.Normalise(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!Filler.Contains(word) && !Languages.Contains(word)) return false;
        return true;
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "i", "im", "am", "have", "has", "got", "a", "an", "and", "but", "so", "also", "too", "only", "just", "sorry", "please",
        "my", "is", "very", "really", "the", "speak", "talk", "understand", "well", "it", "its", "that", "because", "language",
        "languages", "first", "main", "mother", "tongue", "from", "hi", "hello", "ok", "okay", "me", "we", "at", "home",
    };

    /// <summary>Languages many West Midlands residents speak, so "I speak Urdu" is not taken for an answer.</summary>
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal)
    {
        "arabic", "urdu", "punjabi", "mirpuri", "pahari", "bengali", "bangla", "sylheti", "gujarati", "hindi", "tamil", "malayalam",
        "nepali", "pashto", "dari", "farsi", "persian", "kurdish", "sorani", "turkish", "somali", "tigrinya", "amharic", "oromo",
        "swahili", "yoruba", "igbo", "hausa", "twi", "shona", "french", "portuguese", "spanish", "italian", "german", "polish",
        "romanian", "bulgarian", "lithuanian", "latvian", "slovak", "czech", "hungarian", "albanian", "russian", "ukrainian",
        "chinese", "mandarin", "cantonese", "vietnamese", "tagalog", "thai",
    };

    /// <summary>The ESOL level said ("entry 2", "ESOL level 1", "pre-entry"); one already passed means the next.</summary>
    private static EsolLevel? LevelIn(string text)
    {
        var m = LevelWords().Match(text);
        if (!m.Success) return null;
        EsolLevel level = m.Groups["pre"].Success ? EsolLevel.PreEntry
            : m.Groups["entry"].Success ? (EsolLevel)int.Parse(m.Groups["entry"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : m.Groups["cefr"].Success ? Cefr(m.Groups["cefr"].Value)
            : m.Groups["level"].Value == "1" ? EsolLevel.Level1 : EsolLevel.Level2;
        var done = m.Groups["done"].Success;
        return done && level < EsolLevel.Level2 ? level + 1 : level;
    }

    /// <summary>
    /// The ESOL course for a level on the common European scale that people who learnt English abroad are given:
    /// A1 and A2 are Entry 1 and 2, B1 is Entry 3 (the scale the ESOL core curriculum maps to).
    /// </summary>
    private static EsolLevel Cefr(string level) => level.ToLowerInvariant() switch
    {
        "a1" => EsolLevel.Entry1,
        "a2" => EsolLevel.Entry2,
        _ => EsolLevel.Entry3,
    };

    /// <summary>"I speak Urdu, " or "I speak Arabic and Kurdish but " before the words about English.</summary>
    private const string SpeakOther = @"(?:\bi\s+(?:speak|talk)\s+\w+(?:\s+and\s+\w+)?\s*[,.]?\s*(?:and\s+|but\s+|only\s+)?)?";

    /// <summary>The spellings of "English" read. Each must hold "ngl" or "ngis" (<see cref="MayNameEnglish"/>; a test checks).</summary>
    internal const string English = @"(?:english|inglish|englsh|englis|engish)";
    /// <summary>
    /// An ESOL level said as the level of someone's English: Entry 1 to 3 ("entry 2", "E2"), pre-entry, or A1, A2, B1.
    /// B2 and above, and "level 1" or "level 2" (Functional Skills English, a qualification), are not a need.
    /// </summary>
    private const string LearnerLevel = @"(?:pre[\s-]?entry|entry\s*(?:level\s*)?[123]|e[123]|a1|a2|b1)";

    private const string NotQualification = @"(?!\s*(?:and|&|\+)\s*math|\s+(?:gcse|o\s*level|functional|exam|grade|qualification|certificate|teacher|literature))";

    [GeneratedRegex(
        // "my english (is) not (so) good", "my english is poor / basic / a bit weak"
        @"\bmy\s+" + English + @"\s+(?:is\s+|s\s+|are\s+)?(?:(?:not|no|isn'?t|isnt)\s+(?:so\s+|very\s+|that\s+|too\s+|really\s+|yet\s+)?(?:good|great|well|strong|fluent|perfect|ok|okay)|(?:(?:very|so|a\s+bit|a\s+little|quite|still|too)\s+)?(?:bad|poor|weak|basic|low|limited|little|broken|beginner))\b"
        // "little english", "a bit of english", "not much english", "no english", "basic english", "poor english"
        + @"|" + SpeakOther + @"\b(?:(?:a\s+)?little(?:\s+bit(?:\s+of)?)?|(?:a\s+)?bit\s+of|not\s+much|not\s+(?:very\s+|so\s+)?good|no|basic|poor|weak|bad|broken|limited|beginner)\s+" + English + @"\b" + NotQualification
        // "I am learning english", "improve my english", "I want to learn english"
        + @"|\b(?:i\s*'?m\s+|i\s+am\s+)?(?:learning|learn|lerning|lern|learnin|studying|improving|improve|practise|practice)\s+(?:my\s+)?" + English + @"\b" + NotQualification
        // "english is my second language", "english is not my first language"
        + @"|\b" + English + @"\s+(?:is\s+)?(?:my\s+(?:second|2nd|third|3rd|other)\s+language|not\s+my\s+(?:first|1st|main|own|mother)\s+(?:language|tongue))\b"
        // "I don't speak english (well)", "I cannot understand english"
        + @"|" + SpeakOther + @"\b(?:i\s+)?(?:don'?t|dont|do\s+not|can'?t|cant|cannot|can\s+not)\s+(?:speak|talk|understand|read|write)\s+(?:much\s+|good\s+|very\s+good\s+)?" + English + @"(?:\s+(?:very\s+well|well|good|much))?\b"
        // "I speak some english", "english (is) not good / poor / a problem"
        + @"|\b(?:i\s+)?(?:speak|understand|talk)\s+(?:only\s+)?(?:some|a\s+bit|a\s+little)\s+" + English + @"\b"
        + @"|\b" + English + @"\s+(?:is\s+)?(?:not\s+(?:so\s+|very\s+|that\s+|too\s+)?good|(?:very\s+|so\s+|a\s+bit\s+)?(?:bad|poor|weak|basic|limited)|a\s+problem)\b"
        // "my english is entry 2", "english level A2", "my English is only E1", "entry 3 english"
        + @"|\b(?:my\s+)?" + English + @"\s+(?:level\s+)?(?:is\s+|s\s+|at\s+|=\s*)?(?:only\s+|about\s+|around\s+|still\s+|just\s+)?(?:at\s+)?(?:level\s+)?" + LearnerLevel + @"\b"
        + @"|\b" + LearnerLevel + @"\s+(?:level\s+)?" + English + @"\b" + NotQualification
        // "I need help with english", "need to improve english"
        + @"|\bneed\s+(?:to\s+)?(?:help\s+with|improve|learn|better)\s+(?:my\s+)?" + English + @"\b" + NotQualification,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Need();

    private const string FineWords = @"(?:ok|okay|ok+|fine|good|gud|great|alright|all\s+right|decent|fluent|perfect|excellent|very\s+good|really\s+good|quite\s+good|not\s+bad|no\s+problem)";

    [GeneratedRegex(
        // "my english is ok", "my english good", "english is fine"
        // Not a grade ("GCSE english good grade", "functional skills english is good").
        @"(?<!(?:gcse|gcses|level|skills|o\s?level|a\s?level)\s+)\b(?:my\s+)?" + English + @"\s+(?:is\s+|s\s+|'s\s+|are\s+)?(?:very\s+|really\s+|quite\s+|pretty\s+)?" + FineWords + @"\b(?!\s+(?:grade|grades|result|results|mark|marks|pass))"
        // "I speak good english", "I speak english well / fluently", "fluent in english", "fluent english"
        + @"|\bi\s+(?:can\s+)?(?:speak|talk|understand|read\s+and\s+write)\s+(?:good|fluent|very\s+good|perfect|excellent)\s+" + English + @"\b"
        + @"|\bi\s+(?:can\s+)?(?:speak|talk|understand)\s+" + English + @"\s+(?:very\s+well|well|fluently|fine|perfectly|good)\b"
        + @"|\bfluent\s+(?:in\s+)?" + English + @"\b"
        // "english is my first language", "I am a native english speaker", "english is my mother tongue"
        + @"|\b" + English + @"\s+(?:is\s+)?my\s+(?:first|1st|main|own|mother|native)\s+(?:language|tongue)\b"
        + @"|\bnative\s+" + English + @"(?:\s+speaker)?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fine();

    [GeneratedRegex(@"\besol\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Esol();

    [GeneratedRegex(
        @"(?<done>\b(?:have|got|passed|did|done|finished|completed)\s+(?:my\s+|the\s+|an?\s+)?(?:esol\s+)?(?:course\s+)?(?:at\s+)?)?"
        + @"(?:\b(?<pre>pre[\s-]?entry)\b|\bentry\s*(?:level\s*)?(?<entry>[123])\b|\besol\s+(?:e(?<entry>[123])|(?:level\s*|l)(?<level>[12]))\b"
        // Short forms only beside the word English or ESOL: alone, "B1" is also a Birmingham postcode.
        + @"|\b(?:english|esol)\s+(?:level\s+)?(?:is\s+|s\s+|at\s+|=\s*)?(?:only\s+|about\s+|around\s+|still\s+|just\s+)?(?:e(?<entry>[123])|(?<cefr>a1|a2|b1))\b"
        + @"|\b(?:e(?<entry>[123])|(?<cefr>a1|a2|b1))\s+(?:level\s+)?english\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelWords();
}

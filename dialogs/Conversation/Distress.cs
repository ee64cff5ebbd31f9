using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A resident who says they are in danger: thoughts of suicide or self-harm ("i want to die", "im going to kill
/// myself"), or not safe at home ("my husband hits me"). Whatever was asked, the bot stops and gives free help that
/// is open at any time, before anything else; the words are never read as an answer or searched.
/// Patterns name the person themself ("myself", "i", "me"): "suicide prevention worker", "support for people who
/// self harm" or "domestic abuse support worker" are kinds of work, and "this job hunt is killing me" is a figure of speech.
/// </summary>
public static partial class Distress
{
    /// <summary>Thoughts of suicide or self-harm: Samaritans, Shout, 999.</summary>
    public const string SelfHarm = "crisis.self_harm";

    /// <summary>Not safe at home, hurt by a partner or family: the domestic abuse helpline, 999.</summary>
    public const string Abuse = "crisis.abuse";

    /// <summary>Every message key a crisis reply uses, in the order they are sent, for each kind.</summary>
    public static IReadOnlyList<string> Replies(string kind) => kind switch
    {
        SelfHarm => ["crisis.self_harm", "crisis.self_harm.more", Ready],
        Abuse => ["crisis.abuse", Ready],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of crisis."),
    };

    /// <summary>The last of each crisis reply: the bot can go on when the resident wants.</summary>
    public const string Ready = "crisis.ready";

    public static IReadOnlyList<string> MessageKeys { get; } = ["crisis.self_harm", "crisis.self_harm.more", "crisis.abuse", Ready];

    /// <summary>The kind of danger the text tells of (<see cref="SelfHarm"/> or <see cref="Abuse"/>), or null.</summary>
    public static string? Find(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length < 3) return null;
        // Said of oneself, it counts whatever else is said ("i want to die, i cant get a job with people").
        if (SelfHarmOwn().IsMatch(n)) return SelfHarm;
        if (AbuseOwn().IsMatch(n)) return Abuse;
        // The bare words count unless they are about working with others ("support for people who self harm").
        if (AboutOthers().IsMatch(n)) return null;
        if (SelfHarmMentioned().IsMatch(n)) return SelfHarm;
        if (AbuseMentioned().IsMatch(n)) return Abuse;
        return null;
    }

    // Spellings residents use: "my self", "meself"; "wanna", "gonna"; "dont", "cant" (the apostrophe is gone).
    private const string Me = @"(?:myself|my self|meself|mself|myslef|my own life|my life)";

    // "feel suicidal" counts only with "i" or at the start: "people who feel suicidal" is about others.
    private const string Adverb = @"(?:(?:just|really|honestly|seriously|actually|sometimes|often|still|so|even) )*";

    private const string I = @"(?:i|im|i am|i m|ive|i have|i feel|i keep|i been|i ve been|ive been|i have been|i was|im feeling|i am feeling|i m feeling|^feeling|^feel)";

    [GeneratedRegex(
        @"\b(?:kill|kil|killing|killin|end|ending|take|taking|hurt|hurting|harm|harming|cut|cutting|hang|hanging|top|topping|off) " + Me + @"\b"
        + @"|\bkms\b"
        + @"|\b" + I + @" (?:so |really |very |a bit |quite )?(?:suicidal|self harming|selfharming|self harm|selfharm)\b"
        + @"|\b" + I + @"(?: like)? (?:i )?" + Adverb + @"(?:want|wanna|wanting|going|gonna|ready|about|thinking about|think about|thought about|planning|plan)(?: to)? (?:die|be dead|end it|end it all|end everything|not be here|not wake up)\b"
        + @"|\b(?:might|may|could) as well be dead\b"
        + @"|\b(?:nobody|no one|noone|no body) (?:would|will|wud|wd) (?:miss|care about|notice) (?:me|if i)\b"
        + @"|\b(?:want|wanna|wanting) to (?:disappear|not exist|stop existing|not be alive|not be here)\b"
        + @"|\b(?:life|my life|it) (?:is|s|isnt|is not) (?:not )?worth (?:living|it any more|it anymore)\b|\bnot worth living\b"
        + @"|\b(?:wish|wished) (?:i|i was|i were|i could|i had)(?: be| been)? (?:dead|die|not here|not alive|never born|was never born|never been born)\b"
        + @"|\bbetter off (?:dead|without me)\b"
        + @"|\b(?:dont|do not|no longer|dont even|cant|cannot|do not even|dont really) (?:want|wanna|wish) (?:to )?(?:live|be alive|be here anymore|be here any more|exist|wake up|go on|carry on living)\b"
        + @"|\bno (?:reason|point) (?:to|in|of) (?:live|living|being alive|life|going on|carrying on)\b"
        + @"|\b(?:whats|what is) the point (?:of|in) (?:living|life|being alive|going on)\b"
        + @"|\b(?:i|i have|ive|i just|i nearly|i almost) (?:took|taken|had) (?:an |a )?overdose\b"
        + @"|\b(?:going to|gonna|want to|wanna) take (?:an |a )?overdose\b"
        + @"|\b(?:end|ending) it all\b")]
    private static partial Regex SelfHarmOwn();

    // "overdose" alone is left out: "a ward with overdose patients".
    [GeneratedRegex(@"\bsuicid(?:e|al)\b|\bself ?harm(?:ing)?\b")]
    private static partial Regex SelfHarmMentioned();

    private const string Family = @"(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|ex|ex partner|ex husband|ex wife|dad|father|stepdad|step dad|mum|mom|mother|stepmum|step mum|brother|sister|son|daughter|family|uncle|in laws|landlord)";

    [GeneratedRegex(
        @"\bmy " + Family + @" (?:[a-z]+ ){0,5}?(?:(?:always|keeps|keep|still|often|sometimes|is|has been|has|was|started|starts) )*(?:hits|hit|hitting|beats|beat|beating|beaten|hurts|hurt|hurting|kicks|kicking|chokes|choking|punches|punching|slaps|slapping|attacks|attacking|attacked|abuses|abusing|abused|threatens|threatening|threatened|rapes|raped|will kill|wants to kill|tried to kill|locks|locked) me\b"
        + @"|\bmy " + Family + @" (?:is|has been|gets|can be) (?:abusive|violent|hitting me|hurting me)\b"
        + @"|\b(?:i|im|i am|i m|i feel|i do not feel|i dont feel)(?: not)? (?:not safe|unsafe|scared|afraid|frightened|in danger|terrified)(?: to go)? (?:at home|in my home|in my house|of my " + Family + @"|with my " + Family + @"|to go home|going home)\b"
        + @"|\b(?:i dont|i do not|i dont) feel safe (?:at home|in my home|in my house|with my " + Family + @")\b"
        + @"|\b(?:i am|im|i m|i have been|ive been|i was|i get|i m being|i am being|im being) (?:being )?(?:abused|beaten|hit|hurt) (?:at home|by my " + Family + @")\b"
        + @"|\b(?:i am|im|i m|i live with|i am in|im in|i suffer|i am suffering|im suffering|i face|i experience|i am experiencing|i have) (?:from )?(?:domestic (?:abuse|violence)|an abusive (?:relationship|partner|home|husband|wife|boyfriend|girlfriend))\b")]
    private static partial Regex AbuseOwn();

    [GeneratedRegex(@"\bdomestic (?:abuse|violence)\b|\babusive (?:relationship|partner|husband|wife|boyfriend|girlfriend)\b")]
    private static partial Regex AbuseMentioned();

    /// <summary>Work with, or help for, other people: "support worker for people who self harm", "suicide prevention".</summary>
    [GeneratedRegex(@"\b(?:people|patients|clients|children|kids|young people|adults|those|someone|anyone|residents|service users|women|men|families|victims|survivors|others) (?:who|that|with|at risk|affected|of|from)\b"
        + @"|\b(?:suicide|self harm|domestic abuse|domestic violence|overdose) (?:prevention|awareness|support|helpline|line|charity|charities|team|worker|workers|course|courses|training|risk|service|services|officer|adviser|advisor|ward|unit|nurse)\b"
        + @"|\bcareer suicide\b")]
    private static partial Regex AboutOthers();
}

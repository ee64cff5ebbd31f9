using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>Things a resident can say at any point, whatever the question.</summary>
public enum InterruptionKind
{
    None, Greeting, Help, Restart, Back, ChangeAnswer, ChangeInterest, ChangeQualifications, ChangeHours, ChangePlace,
    Stop, ForgetMe, Glossary, UnknownWord, Thanks, Goodbye, NotUnderstood, Repeat,
}

/// <summary>An interruption, with the glossary key or unknown word for glossary questions.</summary>
public sealed record Interruption(InterruptionKind Kind, string? Key = null);

/// <summary>
/// Finds interruptions. Only whole, short messages count ("help", not "I like to help people"),
/// so answers to the questions are never taken for commands.
/// </summary>
public static partial class Interruptions
{
    private static readonly Dictionary<string, InterruptionKind> Phrases = new(StringComparer.Ordinal)
    {
        ["hi"] = InterruptionKind.Greeting, ["hello"] = InterruptionKind.Greeting, ["hey"] = InterruptionKind.Greeting,
        ["hiya"] = InterruptionKind.Greeting, ["good morning"] = InterruptionKind.Greeting, ["good afternoon"] = InterruptionKind.Greeting,
        ["help"] = InterruptionKind.Help, ["help me"] = InterruptionKind.Help, ["i need help"] = InterruptionKind.Help,
        ["help please"] = InterruptionKind.Help, ["please help"] = InterruptionKind.Help, ["what can i say"] = InterruptionKind.Help,
        ["what can you do"] = InterruptionKind.Help, ["can you help me"] = InterruptionKind.Help, ["can you help"] = InterruptionKind.Help,
        ["could you help me"] = InterruptionKind.Help, ["help me please"] = InterruptionKind.Help, ["how does this work"] = InterruptionKind.Help,
        ["i am confused"] = InterruptionKind.Help,
        ["start again"] = InterruptionKind.Restart, ["restart"] = InterruptionKind.Restart, ["start over"] = InterruptionKind.Restart,
        ["reset"] = InterruptionKind.Restart, ["begin again"] = InterruptionKind.Restart, ["new search"] = InterruptionKind.Restart,
        ["back"] = InterruptionKind.Back, ["go back"] = InterruptionKind.Back, ["previous"] = InterruptionKind.Back,
        ["previous question"] = InterruptionKind.Back, ["undo"] = InterruptionKind.Back,
        ["change my answer"] = InterruptionKind.ChangeAnswer, ["change my answers"] = InterruptionKind.ChangeAnswer,
        ["change an answer"] = InterruptionKind.ChangeAnswer, ["change answer"] = InterruptionKind.ChangeAnswer,
        ["change my hours"] = InterruptionKind.ChangeHours, ["change hours"] = InterruptionKind.ChangeHours,
        ["change the hours"] = InterruptionKind.ChangeHours, ["change my times"] = InterruptionKind.ChangeHours,
        ["change my place"] = InterruptionKind.ChangePlace, ["change place"] = InterruptionKind.ChangePlace,
        ["change my location"] = InterruptionKind.ChangePlace, ["change my town"] = InterruptionKind.ChangePlace,
        ["change my postcode"] = InterruptionKind.ChangePlace, ["change location"] = InterruptionKind.ChangePlace,
        ["change my job"] = InterruptionKind.ChangeInterest, ["change job"] = InterruptionKind.ChangeInterest,
        ["change my interest"] = InterruptionKind.ChangeInterest, ["change the kind of work"] = InterruptionKind.ChangeInterest,
        ["change my qualifications"] = InterruptionKind.ChangeQualifications, ["change qualifications"] = InterruptionKind.ChangeQualifications,
        ["stop"] = InterruptionKind.Stop, ["cancel"] = InterruptionKind.Stop, ["quit"] = InterruptionKind.Stop,
        ["exit"] = InterruptionKind.Stop, ["end"] = InterruptionKind.Stop, ["stop please"] = InterruptionKind.Stop,
        ["forget me"] = InterruptionKind.ForgetMe, ["delete my data"] = InterruptionKind.ForgetMe,
        ["delete my answers"] = InterruptionKind.ForgetMe, ["forget my answers"] = InterruptionKind.ForgetMe,
        ["delete me"] = InterruptionKind.ForgetMe, ["remove my data"] = InterruptionKind.ForgetMe, ["forget me please"] = InterruptionKind.ForgetMe,
        ["thanks"] = InterruptionKind.Thanks, ["thank you"] = InterruptionKind.Thanks, ["cheers"] = InterruptionKind.Thanks,
        ["thx"] = InterruptionKind.Thanks, ["ta"] = InterruptionKind.Thanks, ["thank you very much"] = InterruptionKind.Thanks,
        ["thanks a lot"] = InterruptionKind.Thanks,
        ["bye"] = InterruptionKind.Goodbye, ["goodbye"] = InterruptionKind.Goodbye, ["good bye"] = InterruptionKind.Goodbye,
        ["bye bye"] = InterruptionKind.Goodbye, ["see you"] = InterruptionKind.Goodbye, ["thanks bye"] = InterruptionKind.Goodbye,
        ["thank you bye"] = InterruptionKind.Goodbye, ["thank you goodbye"] = InterruptionKind.Goodbye,
    };

    public static Interruption Recognise(string? text)
    {
        var n = PromptWords.Normalise(text);
        // "?" alone, or "??": the resident does not understand the question.
        if (n.Length == 0) return new((text ?? "").Trim() is { Length: > 0 } t && t.All(c => c is '?' or ' ' or '\uFF1F') ? InterruptionKind.NotUnderstood : InterruptionKind.None);
        if (Phrases.TryGetValue(n, out var kind)) return new(kind);
        // "what was the question", "repeat that", "i made a mistake", "wrong answer": only read when such a word is there.
        if (n.Length <= 60 && (n.Contains("repeat", StringComparison.Ordinal) || n.Contains("question", StringComparison.Ordinal)
            || n.Contains("again", StringComparison.Ordinal) || n.Contains("what", StringComparison.Ordinal)))
        {
            if (RepeatAsked().IsMatch(n)) return new(InterruptionKind.Repeat);
        }
        if (n.Length <= 60 && (n.Contains("mistake", StringComparison.Ordinal) || n.Contains("wrong", StringComparison.Ordinal)
            || n.Contains("change", StringComparison.Ordinal) || n.Contains("oops", StringComparison.Ordinal)) && MistakeSaid().IsMatch(n))
            return new(InterruptionKind.Back);
        if (NotUnderstood().IsMatch(n)) return new(InterruptionKind.NotUnderstood);
        if (n.StartsWith("please ", StringComparison.Ordinal) && Phrases.TryGetValue(n[7..], out kind)) return new(kind);
        if (ThanksOnly().IsMatch(n)) return new(InterruptionKind.Thanks);
        if (GoodbyeOnly().IsMatch(n)) return new(InterruptionKind.Goodbye);
        if (HowAreYou().IsMatch(n)) return new(InterruptionKind.Greeting, HowAreYouKey);
        if (GreetingOnly().IsMatch(n) || StartOnly().IsMatch(n)) return new(InterruptionKind.Greeting);

        if (ChangeWhat().Match(n) is { Success: true } change && Changed(change.Groups["what"].Value) is { } changed) return new(changed);

        var ask = GlossaryQuestion().Match(n);
        var term = ask.Success ? ask.Groups["term"].Value : (text ?? "").TrimEnd().EndsWith('?') ? n : null;
        if (term is not null)
        {
            if (Glossary.Find(term) is { } key) return new(InterruptionKind.Glossary, key);
            // Only a clear "what does X mean" asks about a word we do not know.
            if (ask.Success && ask.Groups["mean"].Success) return new(InterruptionKind.UnknownWord, term);
        }
        return new(InterruptionKind.None);
    }

    /// <summary>
    /// Asking to start and nothing more: "START" (what SMS services often ask people to text), "lets begin", "ok start".
    /// It greets like "hi"; "start now", "start date" or "I can start next week" are answers, not this.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|yes|yeah|so|please|hi|hello) )*(?:(?:lets|let us|can we|can i|i want to|i would like to|id like to|i wanna) )?(?:start|begin|get started)(?: (?:please|pls|the chat|chatting|it))*$")]
    private static partial Regex StartOnly();

    /// <summary>
    /// Thanks and nothing more, in the ways residents say it: "ok thank you", "thank u so much", "cheers mate", "ok ty".
    /// "thanks, i want cleaning" says more, and is not this.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|oki|k|yes|yeah|ya|great|cool|nice|good|lovely|brilliant|perfect|fine|right|alright|oh|ah|that is great|thats great|thats good|that is good|wow) )*(?:many thanks|thanks|thank you|thank u|thankyou|thanku|thankz|thanx|thnx|thnks|tnx|thx|ty|tq|ta|cheers)(?: (?:so much|very much|a lot|a lot for your help|lots|for your help|for the help|for helping|for that|for this|again|mate|bot|careerbot|sir|miss|x+|ok|okay))*$")]
    private static partial Regex ThanksOnly();

    /// <summary>
    /// Not understanding the question, in learners' and texters' words: "i dont understand", "me no understand", "what
    /// you mean", "what mean", "huh", "sorry what", "i dont get it", "confused". Whole messages only.
    /// </summary>
    [GeneratedRegex(@"^(?:sorry |please |pls |plz |but )?(?:(?:i|me|i am|im) )?(?:(?:dont|do not|no|not|cant|cannot|didnt|did not) (?:understand|understood|undrstand|understnd|unerstand|understan|get it|follow)(?: you| this| that| it| the question| what you mean| what you said| your question| english)?|(?:still )?confused|what (?:do )?(?:you |u )?mean|what (?:does|is) (?:that|this) mean|what mean|what means|what that mean|meaning|huh|eh|pardon|sorry what|what|wat|wot|wht|come again|say again|again please|please explain|explain(?: please| pls| again)?)(?: please| pls| plz| sorry)?$")]
    private static partial Regex NotUnderstood();

    /// <summary>"repeat", "what was the question", "can you say that again", "what did you ask": the question again, as it was.</summary>
    [GeneratedRegex(@"^(?:(?:sorry|please|pls|ok|um|erm|can you|could you|will you|pardon|so|but|and) )*(?:repeat(?: (?:that|it|this|the question|your question|the last question|yourself|me))?|(?:what|wat|wot|whats)(?: (?:was|is|s))? (?:the|that|your|this|ur) question(?: again)?|what did you (?:ask|say|just say|just ask)(?: me)?|what was that(?: again)?|(?:say|ask) (?:(?:that|it|the question|me|me the question|your question) )?again)(?: (?:please|pls|plz|again|sorry|for me))*$")]
    private static partial Regex RepeatAsked();

    /// <summary>
    /// "i made a mistake", "wrong answer", "i got something wrong", "i want to change something", "oops i typed it wrong":
    /// an answer given was wrong, which one not said. Back to the last question, or at the results which answer to change.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:oh|oops|sorry|um|erm|ok|no|wait|hang on|actually|but) )*(?:(?:i|im|i am|i have|ive) )?(?:(?:made|make|did|done|typed|put|pressed|clicked|picked|chose|gave|said|got|entered) )?(?:(?:a|an|the|my|one|some|something|it|that|one answer|an answer) )?(?:mistake|mistakes|wrong(?: answer| one| button| number| thing)?|(?:want to |wanna |need to |would like to |like to )?change (?:something|a thing|one thing|it|that))(?: (?:sorry|there|earlier|before|back there|please|pls|by mistake|oops))*$|^oops$")]
    private static partial Regex MistakeSaid();

    /// <summary>The key of a greeting that only asks how the bot is ("how are you?", "you ok"): it is answered.</summary>
    /// <summary>"cheers bye", "ok thanks bye x", "bye for now", "see ya": goodbye, with thanks or not. Not "later" alone (a start date).</summary>
    [GeneratedRegex(@"^(?:(?:ok|okay|oki|k|right|alright|great|lovely|cool|nice|thanks|thank you|thank u|thankyou|thanx|thx|ty|ta|cheers|many thanks)(?: so much| very much| a lot| mate| for your help| for the help)? )*(?:bye+|bye bye|byee+|goodbye|good bye|see you|see ya|see u|cya|ta ra|tara|take care)(?: (?:now|for now|then|mate|x+|thanks|thank you|bot|careerbot|later|soon))*$")]
    private static partial Regex GoodbyeOnly();

    public const string HowAreYouKey = "greet.fine";

    /// <summary>"how are you" and nothing more (after a greeting, or alone in the middle of a question).</summary>
    [GeneratedRegex(@"^(?:and |so |ok |hi |hello )?(?:how are (?:you|u|ya)(?: doing| today| doing today)?|how r (?:u|you)|hows it going|how is it going|how you doing|how are things|how is your day|hows your day|you ok|u ok|you alright|u alright|are you ok|are you well)(?: mate| bot| careerbot)?$")]
    private static partial Regex HowAreYou();

    /// <summary>A greeting and nothing more: "hello there", "good evening", "hiya how are you".</summary>
    [GeneratedRegex(@"^(?:(?:hi+|hello|helo|hallo|hey+|hiya|heya|yo|good (?:morning|afternoon|evening|day)|salam|salaam|assalamualaikum|as salam alaikum|assalamu alaikum)(?: there| all| everyone| mate| bot| careerbot| again| friend| sir| miss)? ?)+(?:how are (?:you|u|ya)(?: doing| today)?|how r u|hows it going|how is it going|how you doing|you ok|u ok|you alright|u alright|alright)?$")]
    private static partial Regex GreetingOnly();

    /// <summary>Which answer "change my X" names, by the words of the change buttons; null for anything else.</summary>
    private static InterruptionKind? Changed(string what) =>
        ChangeWords.Interest.Contains(what) ? InterruptionKind.ChangeInterest
        : ChangeWords.Qualifications.Contains(what) ? InterruptionKind.ChangeQualifications
        : ChangeWords.Hours.Contains(what) ? InterruptionKind.ChangeHours
        : ChangeWords.Place.Contains(what) ? InterruptionKind.ChangePlace
        : null;

    /// <summary>"change my distance", "can i edit the start date", "i want to update my postcode please".</summary>
    [GeneratedRegex(@"^(?:(?:i want to|i wanna|i would like to|id like to|can i|could i|let me|please|pls) )?(?:change|edit|update|fix|correct) (?:my |the |your |a |an )?(?<what>[a-z ]{2,30}?)(?: please| pls| thanks| thank you)?$")]
    private static partial Regex ChangeWhat();

    [GeneratedRegex(@"^(?:(?:what|wat|wht)(?: s| is| does| do| are)?|meaning of|explain|define|whats)(?: the| a| an)? (?<term>.{1,40}?)(?<mean> mean| means| meaning| stand for)?$")]
    private static partial Regex GlossaryQuestion();
}

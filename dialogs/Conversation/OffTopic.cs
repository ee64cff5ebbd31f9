using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// A question that is not about work or learning: "whats the weather like", "who made you", "can you tell me a
/// joke". Read only when the words found no job, so "do you have jobs for plumbers?" (a job we lack) is not this:
/// it names work.
/// </summary>
public static partial class OffTopic
{
    /// <summary>Whether the text is asked as a question and no word of it is about work, jobs or courses.</summary>
    public static bool IsQuestionNamingNoWork(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return false;
        var asked = (text ?? "").TrimEnd().EndsWith('?') || QuestionStart().IsMatch(n);
        return asked && !WorkOrLearning().IsMatch(n);
    }

    /// <summary>
    /// A question about the bot as if it were a person: "how old are you", "where do you live", "do you have kids".
    /// Read before the words are taken as work ("old", "kids" name kinds of care work).
    /// </summary>
    public static bool AsksAboutTheBot(string? text)
    {
        var n = PromptWords.Normalise(text);
        return n.Length > 0 && AboutTheBot().IsMatch(n) && !WorkOrLearning().IsMatch(n);
    }

    [GeneratedRegex(@"^(?:so |and |but |ok |hey |hi )?(?:how old (?:are|r) (?:you|u)|where (?:do|did) (?:you|u) (?:live|come from|grow up)|where (?:are|r) (?:you|u) from|what(?: is|s)? (?:your|ur|yr) (?:name|age|job)|(?:are|r) (?:you|u) (?:a )?(?:man|woman|boy|girl|male|female|married|single|ok|okay|alright|happy|sad|clever|smart|alive)|do (?:you|u) have (?:a |any )?(?:family|kids|children|wife|husband|boyfriend|girlfriend|friends|feelings)|do (?:you|u) (?:like|love) (?:me|football|music|food))\b")]
    private static partial Regex AboutTheBot();

    [GeneratedRegex(@"^(?:so |and |but |ok |hey |hi )?(?:what|whats|wat|wats|how|hows|where|wheres|when|why|who|whos|which|can you|can u|could you|will you|would you|do you|do u|did you|did u|are you|are u|r u|have you|have u|is it|is there|tell me)\b")]
    private static partial Regex QuestionStart();

    // Words that ask about work, a job or learning, in any form: such a question is answered as a wish.
    [GeneratedRegex(@"\b(?:jobs?|work\w*|careers?|apprentice\w*|courses?|training|train|trainee|college|colleges|study|learn\w*|qualifications?|employ\w*|vacanc\w*|hiring|hire|pay|paid|salary|wages?|shifts?|hours|be a|be an|become|nhs|hospital|care|caring|volunteer\w*|placement|experience)\b")]
    private static partial Regex WorkOrLearning();
}

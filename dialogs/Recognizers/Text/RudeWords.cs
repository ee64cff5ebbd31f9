namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Swear words and insults, so the bot never says them back ("Sorry, I have no jobs for ..."). A word counts when it
/// is one of these or starts with one of the stems that are never part of a polite word ("fucking", "shitty").
/// </summary>
public static class RudeWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "crap", "crappy", "bollocks", "bastard", "bastards", "wanker", "wankers", "twat", "twats", "dick", "dickhead",
        "piss", "pissed", "pissing", "arse", "arsehole", "arseholes", "ass", "asshole", "assholes", "bitch", "bitches",
        "slag", "prick", "pricks", "bellend", "tosser", "tossers", "knobhead", "shag",
        "idiot", "stupid", "moron", "retard", "wtf", "stfu", "fk", "fck", "fcuk",
    };

    private static readonly string[] Stems = ["fuck", "fuk", "shit", "cunt", "wank", "motherf"];

    /// <summary>True when the word (lower case) is a swear word or an insult.</summary>
    public static bool IsRude(string word)
    {
        if (Words.Contains(word)) return true;
        foreach (var stem in Stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}

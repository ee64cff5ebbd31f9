namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>One ticket, licence or certificate found in the text.</summary>
/// <param name="Id">The certificate id ("driving-licence", "forklift-licence", "first-aid"...).</param>
/// <param name="From">First token of the words read (a level said with it included).</param>
/// <param name="To">The token after them.</param>
/// <param name="Held">True when the resident has it; false when they said they do not ("no licence", "I can't drive").</param>
/// <param name="Denied">True when the resident said they do not have it ("no licence", "I can't drive").</param>
/// <param name="Wanted">True when it is wanted or still being done ("i want to get my first aid"), not asked about.</param>
/// <param name="Expired">True when it was held and has run out ("my first aid ran out"): wanted again, not held.</param>
internal sealed record TicketFound(string Id, int From, int To, bool Held, bool Denied, bool Wanted = false, bool Expired = false);

/// <summary>
/// Tickets, licences and certificates for work that residents hold: a driving licence, a forklift licence (FLT), an
/// SIA licence, a CSCS card, first aid, food hygiene, the Care Certificate, manual handling, a DBS check and
/// safeguarding training, with typos and ESOL phrasing ("i got flt ticket", "food hygene certifcate").
/// </summary>
/// <remarks>
/// A ticket is not an RQF level: a level said with it ("food hygiene level 2", "level 2 award in food safety") is
/// read as part of the ticket, so it is never taken for a Level 2 qualification. Out of the qualifications question
/// (<c>ownQuestion</c> false) a ticket must be said as held, with a word for the paper ("forklift licence", "cscs
/// card") or after "have", "got" and the like, so "forklift driver jobs" is work wanted, not a licence held; and "I
/// can drive" is left to the words of work. A ticket wanted ("I want to get my forklift licence", "do I need a
/// DBS?") is read, so its words are not taken for anything else, but it is not held. The Care Certificate is a
/// course's name too: named with no word that it is held, out of the qualifications question or there when the
/// resident asked to get it (<c>wanted</c>), it is wanted, not held.
/// </remarks>
internal sealed class TicketReader(IReadOnlyList<Token> t, bool ownQuestion, IReadOnlyList<string>? wanted = null)
{
    private static readonly string[] LicenceWords = ["licence", "license", "licences", "licenses", "licens", "lisence", "licience", "licance", "lincence", "liscence", "licese", "lience", "lisense"];
    private static readonly string[] PaperWords =
        ["ticket", "tickets", "card", "cards", "cert", "certs", "certificate", "certificates", "badge", "training", "trained", "course", "courses", "class", "classes", "lessons", "qualification", "award", "check", "checked", "test", "pass", "passed", "done"];
    private static readonly string[] HeldCues = ["have", "got", "has", "with", "hold", "holding", "passed", "did", "done", "gotten", "own", "having", "had", "completed", "valid"];
    private static readonly string[] WantCues =
        ["need", "needs", "needed", "want", "wants", "wanna", "get", "getting", "learn", "learning", "doing", "apply", "study", "studying", "would", "like", "how", "what", "where", "does", "do", "is", "are", "will", "can", "to"];
    private static readonly string[] Negators = ["no", "not", "dont", "never", "without", "havent", "hasnt", "nor", "neither", "cant", "cannot", "dnt", "aint", "lost"];
    private static readonly string[] ClauseEnds = [".", ",", ";", "but", "!", "and", "also", "plus", "&", "/"];
    private static readonly string[] Adjectives = ["full", "uk", "clean", "valid", "current", "enhanced", "basic", "standard", "green", "blue", "british", "manual", "automatic", "car", "c1"];

    public List<TicketFound> Found { get; } = [];

    public TicketReader Read()
    {
        for (var i = 0; i < t.Count;)
        {
            if (Core(i) is { } core)
            {
                var to = Paper(core.Next, core.Id);
                var papered = to > core.Next || core.Papered;
                to = LevelAfter(to);
                // "forklift licence level 2 certificate": a paper word after the level too.
                if (to > core.Next) to = Paper(to, core.Id);
                var from = LevelBefore(Before(i));
                var question = Question(from);
                var negated = core.Negated || Negated(from);
                var cued = HeldCue(from);
                if (ownQuestion || papered || cued || negated || core.Strong)
                {
                    // Out of the qualifications question, "first aid course", "forklift training" with no "have" or
                    // "got": a course wanted, not a ticket held.
                    // The Care Certificate is also a course's name: named with no word that it is held ("care
                    // certificate", "do care certificate"), out of its question or after asking to get it, it is wanted.
                    var bare = core.Course && (!ownQuestion || (wanted is not null && wanted.Contains(core.Id)));
                    var held = !negated && !question && !Wanted(from) && (cued || (!bare && (ownQuestion || !Learned(core.Next, to))));
                    // "my first aid ran out", "expired dbs": had, but not held now; read like one still to get.
                    var expired = held && Expired(from, to);
                    if (expired) held = false;
                    Found.Add(new TicketFound(core.Id, from, to, held, Denied: negated && !question, Wanted: !held && !negated && !question, Expired: expired));
                }
                i = to;
                continue;
            }
            i++;
        }
        return this;
    }

    /// <summary>The ids this reader gives, in the order they are said back.</summary>
    public static IReadOnlyList<string> Ids { get; } =
        ["driving-licence", "forklift-licence", "sia-licence", "cscs-card", "first-aid", "food-hygiene", "care-certificate", "manual-handling", "dbs-check", "safeguarding"];

    // Course: the ticket's name is a course's name too (the Care Certificate).
    private sealed record CoreFound(string Id, int Next, bool Papered = false, bool Negated = false, bool Strong = false, bool Course = false);

    /// <summary>The name of a ticket starting at <paramref name="i"/>.</summary>
    private CoreFound? Core(int i)
    {
        var w = t[i].Text;
        // "I can't drive", "i dont drive", "I can drive": only as the answer to the qualifications question.
        if (ownQuestion && w is "drive" or "driver" && i > 0)
        {
            var k = i - 1;
            if (t[k].IsAny("not")) k--;
            if (k >= 0 && t[k].IsAny("cant", "cannot", "dont", "can", "do", "doesnt"))
            {
                var negated = t[k].IsAny("cant", "cannot", "dont", "doesnt") || t[i - 1].Is("not");
                return new("driving-licence", i + 1, Papered: true, Negated: negated);
            }
        }
        if (w is "sia") return new("sia-licence", i + 1, Strong: true);
        if (w is "cscs") return new("cscs-card", i + 1, Strong: true);
        if (w is "dbs" or "crb" or "dbss") return new("dbs-check", i + 1, Strong: true);
        if (w is "efaw" or "faw") return new("first-aid", i + 1, Strong: true);
        if (w is "flt") return new("forklift-licence", i + 1);
        if (w is "aider" && i > 0 && t[i - 1].IsAny("first", "1st")) return null;
        if (IsWord(w, "forklift", 80) || w is "forklifts")
            return new("forklift-licence", Skip(i + 1, "truck", "trucks", "driver", "driving"));
        if (w is "fork" && At(i + 1, "lift", "lifts")) return new("forklift-licence", Skip(i + 2, "truck", "trucks", "driver", "driving"));
        if (w is "door" && At(i + 1, "supervisor", "supervisors") && LicenceAt(i + 2)) return new("sia-licence", i + 2);
        if (w is "security" && LicenceAt(i + 1)) return new("sia-licence", i + 1);
        if (w is "first" or "1st" or "frist" or "fisrt" or "firts" or "fist" && At(Dash(i + 1), "aid", "aide", "aider", "aiders", "ade"))
        {
            var next = Dash(i + 1) + 1;
            // "first aid at work"
            if (At(next, "at") && At(next + 1, "work")) next += 2;
            return new("first-aid", next);
        }
        if (w is "emergency" && At(i + 1, "first", "1st")) return Core(i + 1) is { Id: "first-aid" } fa ? fa : null;
        if (w is "basic" && At(i + 1, "life") && At(i + 2, "support")) return new("first-aid", i + 3);
        if (w is "food" && i + 1 < t.Count && (IsWord(t[i + 1].Text, "hygiene", 75) || t[i + 1].IsAny("safety", "hygien", "hygine", "hygene", "higene", "hyiene", "handling")))
            return new("food-hygiene", i + 2, Strong: !t[i + 1].IsAny("safety", "handling"));
        if (IsWord(w, "hygiene", 80) && !(i > 0 && t[i - 1].Is("food")) && i + 1 < t.Count && IsPaper(t[i + 1].Text))
            return new("food-hygiene", i + 1);
        if (w is "care" && i + 1 < t.Count && (t[i + 1].IsAny("cert", "certs", "certificat", "certficate") || IsWord(t[i + 1].Text, "certificate", 80)))
            return new("care-certificate", i + 2, Papered: true, Strong: true, Course: true);
        if ((w is "manual" or "manuel" or "manul") && i + 1 < t.Count && IsWord(t[i + 1].Text, "handling", 75))
            return new("manual-handling", i + 2, Strong: true);
        if (w is "moving" && At(i + 1, "and", "&") && i + 2 < t.Count && (IsWord(t[i + 2].Text, "handling", 75) || t[i + 2].Is("positioning")))
            return new("manual-handling", i + 3, Strong: true);
        if (IsWord(w, "safeguarding", 80)) return new("safeguarding", i + 1);
        // "driving licence", "full uk licence", "license": a licence with no other name is a driving licence.
        if (w is "driving" or "drivers" or "driver" or "drive" or "car" && i + 1 < t.Count && LicenceAt(i + 1))
            return new("driving-licence", i + 2, Papered: true, Strong: true);
        if (w is "driving" && At(i + 1, "test")) return new("driving-licence", i + 2, Papered: true);
        if (LicenceAt(i)) return new("driving-licence", i + 1, Papered: true);
        return null;
    }

    private bool LicenceAt(int i) => i < t.Count && t[i].IsWord && (t[i].IsAny(LicenceWords) || IsWord(t[i].Text, "licence", 85));

    private static bool IsWord(string typed, string known, int threshold) =>
        typed == known || (typed.Length >= 5 && Fuzzy.Word(typed, known, threshold) >= threshold);

    private static bool IsPaper(string w) => Array.IndexOf(PaperWords, w) >= 0 || IsWord(w, "certificate", 80);

    private bool At(int i, params ReadOnlySpan<string> words) => i < t.Count && t[i].IsAny(words);

    private int Dash(int i) => i < t.Count && t[i].Is("-") ? i + 1 : i;

    private int Skip(int i, params ReadOnlySpan<string> words)
    {
        while (i < t.Count && t[i].IsAny(words)) i++;
        return i;
    }

    /// <summary>Paper words after a ticket's name ("licence", "ticket", "certificate", "check"), and a licence word after
    /// another name ("forklift licence", "sia badge").</summary>
    private int Paper(int i, string id)
    {
        var start = i;
        while (i < t.Count && (IsPaper(t[i].Text) || LicenceAt(i) || (id == "dbs-check" && t[i].IsAny("clear", "clean", "enhanced", "cleared"))))
            i++;
        // "my dbs is clear"
        if (id == "dbs-check" && i == start && At(i, "is") && At(i + 1, "clear", "clean", "ok", "fine", "done")) i += 2;
        return i;
    }

    /// <summary>"level 2", "lvl 2", "L2" just after the ticket: the ticket's own level.</summary>
    private int LevelAfter(int i)
    {
        var k = At(i, "at") ? i + 1 : i;
        return LevelAt(k) is { } next ? next : i;
    }

    private int? LevelAt(int k)
    {
        if (k >= t.Count) return null;
        if (t[k].IsAny("level", "lvl", "lv", "l") && k + 1 < t.Count && (t[k + 1].IsNumber || NumberWords.IsNumberWord(t[k + 1].Text)))
            return k + 2;
        return null;
    }

    /// <summary>Small words before the name that belong to it ("full uk", "enhanced", "my").</summary>
    private int Before(int i)
    {
        while (i > 0 && t[i - 1].IsAny(Adjectives)) i--;
        return i;
    }

    /// <summary>"level 2 food hygiene", "level 2 award in food safety": a level before the name is the ticket's own.</summary>
    private int LevelBefore(int i)
    {
        var k = i;
        if (k > 0 && t[k - 1].IsAny("in", "of")) k--;
        if (k > 0 && (IsPaper(t[k - 1].Text) || t[k - 1].IsAny("award", "diploma"))) k--;
        if (k >= 2 && LevelAt(k - 2) == k) return k - 2;
        return i;
    }

    private bool Negated(int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 5; k--)
        {
            if (t[k].IsAny(ClauseEnds)) return false;
            if (t[k].IsAny(Negators)) return true;
        }
        return false;
    }

    private bool HeldCue(int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 4; k--)
        {
            if (t[k].IsAny(ClauseEnds)) return false;
            if (t[k].IsAny(HeldCues)) return true;
        }
        return false;
    }

    private static readonly string[] LearningPaper = ["course", "courses", "training", "class", "classes", "lessons"];

    /// <summary>True when the paper words after a ticket's name (tokens from..to) name a course ("course", "training").</summary>
    private bool Learned(int from, int to)
    {
        for (var k = from; k < to && k < t.Count; k++)
            if (t[k].IsAny(LearningPaper)) return true;
        return false;
    }

    /// <summary>"I want to get my forklift licence", "need first aid": wanted, not held.</summary>
    private bool Wanted(int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 4; k--)
        {
            if (t[k].IsAny(ClauseEnds) || t[k].IsAny(HeldCues)) return false;
            if (t[k].IsAny(WantCues)) return true;
        }
        return false;
    }

    private static readonly string[] ExpiredWords = ["expired", "lapsed", "outdated", "invalid", "expird", "expierd", "exspired"];
    private static readonly string[] RanWords = ["ran", "run", "runs", "running"];

    /// <summary>
    /// The ticket (tokens from..to) is said to be out of date: "expired", "lapsed", "ran out", "out of date", "no longer
    /// valid", "not in date" in its clause after it, or "expired" or "out of date" just before it.
    /// </summary>
    private bool Expired(int from, int to)
    {
        for (var k = to; k < t.Count && k < to + 6; k++)
        {
            if (t[k].IsAny(ClauseEnds)) break;
            if (ExpiredAt(k)) return true;
            if (t[k].IsAny("not", "no", "isnt") && (At(k + 1, "valid", "current") || (At(k + 1, "longer") && At(k + 2, "valid", "current")) || (At(k + 1, "in") && At(k + 2, "date"))))
                return true;
        }
        for (var k = Math.Max(0, from - 4); k < from; k++)
            if (ExpiredAt(k)) return true;
        return false;
    }

    private bool ExpiredAt(int k) =>
        t[k].IsAny(ExpiredWords) || (t[k].IsAny(RanWords) && At(k + 1, "out")) || (t[k].Is("out") && At(k + 1, "of") && At(k + 2, "date"));

    /// <summary>A question about the ticket ("do I need a DBS?").</summary>
    private bool Question(int from)
    {
        for (var k = from; k < t.Count; k++)
        {
            if (t[k].IsAny(".", "!", ",")) break;
            if (t[k].Is("?")) return true;
        }
        return false;
    }
}

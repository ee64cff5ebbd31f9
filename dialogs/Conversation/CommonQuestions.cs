using System.Text.RegularExpressions;
using CareerBot.Dialogs.Engine;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Worries residents often raise in the middle of the questions, whatever was asked: a criminal record, what a
/// course costs, benefits, age, the right to work, a driving licence, no work experience. Each has a short
/// answer (a "faq." message). Unlike the interruptions the message may also answer the question (<c>"20
/// hours, but I have a criminal record"</c>), so the engine answers the worry and still reads the answer.
/// Patterns are tight on purpose: the words of a worry, in the resident's own form ("I have been in
/// prison", "do I have to pay"), never a single everyday word that could be part of an answer.
/// </summary>
public static partial class CommonQuestions
{
    private static readonly (string Key, Regex Pattern)[] Topics =
    [
        ("faq.person", Person()),
        ("faq.privacy", Privacy()),
        ("faq.complaint", Complaint()),
        ("faq.money", Money()),
        ("faq.record", Record()),
        ("faq.dbs", Dbs()),
        ("faq.course_cost", CourseCost()),
        ("faq.benefits_work", BenefitsAndWork()),
        ("faq.benefits", Benefits()),
        ("faq.age", Age()),
        ("faq.asylum", Asylum()),
        ("faq.right_to_work", RightToWork()),
        ("faq.refugee", Refugee()),
        ("faq.driving", Driving()),
        // Before and after applying: what to take to the interview, whether a CV is needed, when they hear, how many.
        ("faq.interview_bring", InterviewBring()),
        ("faq.cv_need", CvNeed()),
        ("faq.hear_back", HearBack()),
        ("faq.apply_many", ApplyMany()),
        ("faq.cv", Cv()),
        ("faq.experience", Experience()),
        ("faq.quals_need", QualsNeed()),
        ("faq.registered", Registered()),
        ("faq.disability", Disability()),
        ("faq.from_home", FromHome()),
        ("faq.pregnant", Pregnant()),
        ("faq.homeless", Homeless()),
        // Everyday questions about starting work: faith at work, a bank account, a National Insurance number, English.
        ("faq.faith", Faith()),
        ("faq.bank_account", BankAccount()),
        ("faq.ni_number", NiNumber()),
        ("faq.english_level", EnglishLevel()),
        ("faq.childcare", Childcare()),
        ("faq.volunteer", Volunteer()),
        ("faq.two_jobs", TwoJobs()),
        // The conditions of a job: asked as questions, so an answer that says them ("bank work", "by bus") stays an answer.
        ("faq.contract", Contract()),
        ("faq.training", Training()),
        ("faq.uniform", Uniform()),
        ("faq.parking", Parking()),
        ("faq.travel_cost", TravelCost()),
        ("faq.bank_holidays", BankHolidays()),
        ("faq.holidays", Holidays()),
        ("faq.pension", Pension()),
        ("faq.sick_pay", SickPay()),
        ("faq.interview", Interview()),
        ("faq.overtime", Overtime()),
        ("faq.pay_day", PayDay()),
        ("faq.breaks", Breaks()),
        ("faq.shifts", Shifts()),
    ];

    /// <summary>The worries about the conditions of a job: the catalogue may know more for the job talked about (<see cref="JobConditions"/>).</summary>
    public static bool IsAboutAJob(string key) => key is "faq.contract" or "faq.training" or "faq.uniform" or "faq.parking" or "faq.holidays"
        or "faq.pension" or "faq.sick_pay" or "faq.interview" or "faq.overtime" or "faq.pay_day" or "faq.breaks" or "faq.shifts"
        or "faq.dbs" or "faq.driving";

    /// <summary>Text mostly in another script (Arabic, Urdu, Bengali, Punjabi, Chinese...): we can only read English.</summary>
    public const string OtherLanguage = "faq.other_language";

    public static IReadOnlyList<string> MessageKeys { get; } = [.. Topics.Select(t => t.Key), OtherLanguage];

    /// <summary>At least 2 letters, and more than half of them outside the Latin alphabets (accents included).</summary>
    private static bool MostlyOtherScript(string n)
    {
        int letters = 0, other = 0;
        foreach (var ch in n)
        {
            if (!char.IsLetter(ch)) continue;
            letters++;
            if (ch > '\u024F' && ch is < '\u1E00' or > '\u1EFF') other++;
        }
        return letters >= 2 && other * 2 > letters;
    }

    /// <summary>The message key answering the first worry in the text, or null. Text as typed; it is normalised here.</summary>
    public static string? Find(string? text)
    {
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return null;
        if (MostlyOtherScript(n)) return OtherLanguage;
        foreach (var (key, pattern) in Topics)
            if (pattern.IsMatch(n)) return key;
        return null;
    }

    /// <summary>
    /// The text without the parts that hold a worry, for the question to read: "20 hours, but I am on universal
    /// credit" leaves "20 hours"; "Is the course free?" leaves nothing. Parts end at punctuation, "but" and "because".
    /// Questions go too ("I have a record. Can I still work?"): with a worry they ask about it, they answer nothing.
    /// </summary>
    public static string WithoutWorries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<string>();
        foreach (Match clause in Clause().Matches(text))
        {
            var words = clause.Groups["words"].Value.Trim();
            if (words.Length == 0 || clause.Groups["end"].Value.Contains('?', StringComparison.Ordinal)) continue;
            if (Find(words) is not { } worry)
            {
                kept.Add(words);
                continue;
            }
            // "im pregnant and want admin work": the worry is in one part of the clause and the answer in another.
            // A part goes on to the question when it holds no worry and the rest of the clause still says the worry,
            // so "can i work and still claim uc" (a worry only as a whole) stays together.
            var parts = WishStart().Split(words);
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i].Trim();
                if (part.Length == 0 || Find(part) is not null || !SaysSomething(part)) continue;
                var others = string.Join(" ", parts.Where((_, j) => j != i));
                if (Find(others) == worry) kept.Add(part);
            }
        }
        return string.Join(", ", kept);
    }

    /// <summary>A part of a clause that may answer a question: no question ("do i", "can i"), and a word of work or a number.</summary>
    private static bool SaysSomething(string part)
    {
        var n = PromptWords.Normalise(part);
        if (AsksSomething().IsMatch(n)) return false;
        var wish = WorkWords.Read(part);
        return wish.Words.Count > 0 || wish.Kinds.Count > 0 || n.Any(char.IsAsciiDigit);
    }

    [GeneratedRegex(@"^(?:and |so |then |now )?(?:do|does|did|is|are|am|can|could|will|would|should|what|how|when|where|who|why|which)\b")]
    private static partial Regex AsksSomething();

    /// <summary>Where a new part of a clause starts: before "and", "so", "looking", "want", "need".</summary>
    [GeneratedRegex(@"\s+(?=(?:and|so|then|now|looking|want|wanna|wanting|need|needing|would like|id like|interested|searching|seeking)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WishStart();

    [GeneratedRegex(@"(?<words>.*?)(?<end>[.,;:!?\n]+|\s(?:but|because|cos|coz)\s|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Clause();

    // Normalised text: lower case, letters and digits, single spaces, no apostrophes ("dont", "im", "ive").

    // Asking for a person, or whether this is one: "can i speak to a real person", "are you a robot". Not "I like to
    // talk to people" (an interest).
    [GeneratedRegex(@"\b(?:can|could|may|i want to|i would like to|id like to|i need to|let me|how do i|how can i|i wanna|where can i|want to)(?: i)? (?:speak|talk|chat) (?:to|with) (?:a |an )?(?:real |actual |live |human )?(?:person|human|someone|somebody|adviser|advisor|careers adviser|careers advisor|member of staff|agent|operator)\b"
        + @"|^(?:are you|r u|are u|is this|am i talking to|am i speaking to|am i chatting to|is it)(?: a| an)?(?: real)? (?:bot|robot|computer|machine|person|human|ai|chatbot|chat bot)(?: or (?:a |an )?(?:real )?(?:bot|robot|computer|machine|person|human|ai))?$"
        + @"|\b(?:can|could|will) (?:someone|somebody|an adviser|an advisor|a person|a human|you) (?:call|ring|phone) me\b"
        + @"|\b(?:want|need|get|have|is there|are there|find)(?: a| an| to| some)? (?:real|actual|live) (?:person|human|people|adviser|advisor)\b"
        + @"|\b(?:is there|are there) (?:a |an |any )?(?:human|humans|person|people|adviser|advisor|advisers)(?: i| we)? (?:can|could) (?:talk|speak|chat)\b"
        + @"|^who (?:am i|are you|is this)(?: (?:talking|speaking|chatting) (?:to|with))?$")]
    private static partial Regex Person();

    // What happens to their answers: "how do i delete my data", "what do you do with my information", "is my data safe".
    // "forget me" and "delete my data" alone are commands (Interruptions), done at once.
    [GeneratedRegex(@"\b(?:delete|remove|erase|wipe|clear)(?: all)? (?:my|all my|the|your) (?:data|information|info|details|answers|chat|chats|history|messages|conversation)\b"
        + @"|\bwhat (?:do|will|does|happens)(?: you| it| the bot)?(?: do)? (?:with|to) my (?:data|information|info|details|answers|messages)\b"
        + @"|\b(?:is|are) my (?:data|information|info|details|answers|messages) (?:safe|private|secure|kept|stored|shared|saved)\b"
        + @"|\bwho (?:sees|see|reads|read|gets|get|has|can see|can read|will see) my (?:data|information|info|details|answers|messages)\b"
        + @"|\b(?:do|will|does|can) (?:you|it|the bot|careerbot) (?:keep|store|save|share|sell|record|remember) my (?:data|information|info|details|answers|messages|chat)\b"
        + @"|\b(?:is|are) (?:this|the|my|our|these) (?:chat|chats|conversation|talk|messages|data|answers) (?:private|safe|secure|confidential|recorded|saved|kept)\b"
        + @"|\bprivacy\b|\bgdpr\b|\bdata protection\b")]
    private static partial Regex Privacy();

    // The resident is cross with the bot: "you are useless", "this is rubbish", "you dont understand".
    [GeneratedRegex(@"^(?:you are|youre|you re|ur|u r|u are|this is|this bot is|its|it is|what a|you|such a)(?: so| really| very| a| an| such a| totally| completely| bloody| fucking)* (?:useless|rubbish|rubish|stupid|crap|shit|dumb|pointless|a waste of time|waste of time|no help|no use|not helpful|unhelpful|annoying|thick|an idiot|idiot|bad|terrible)\b"
        + @"|\b(?:you|u|this bot|the bot|it) (?:dont|do not|doesnt|does not|never|cant|can not|cannot) (?:understand|get it|listen|help)(?: me| anything)?$"
        + @"|^(?:(?:omg|oh|ugh|so|very|really|totally|this is|what|such) )*(?:not helpful|useless|rubbish|pointless|no help|not working|this is not working|this isnt working|this doesnt work|this does not work|waste of time)$"
        // Swearing at the bot: "fuck off", "piss off bot", "f off", "shut up", "screw this", "wtf is this". Its words are
        // no answer; any answer said with it ("fuck this, porter") is read still.
        + @"|^(?:(?:oh|just|ah|ok|so|and|you|u|ya|yeah) )*(?:(?:fuck|fuk|fck|fk|f|frick|feck|piss|pis|sod|bugger|jog|naff|bog|clear) off|shut up|shut it|go away|get lost|do one|get stuffed|(?:fuck|fuk|fck|fk|screw|sod|stuff|damn|bugger) (?:you|u|ya|this|that|it|off|this bot|this shit|the bot|you bot|careerbot))(?: (?:you|u|then|now|mate|bot|careerbot|this|it|man|bro|pls|please|idiot|stupid|dick|dickhead|prick|bitch|twat|wanker|loser|ffs|mf))*$"
        + @"|^(?:(?:wtf|what the (?:fuck|fk|hell|heck|f)|ffs|for fucks sake|for f sake|omg)(?: (?:is|was|are|this|that|it|going on|u|you|bot|mate|man))*)$")]
    private static partial Regex Complaint();

    // "do I need a DBS?", "is a dbs check needed", "how do i get a dbs": not "I have my DBS" (that is something they hold).
    [GeneratedRegex(@"\b(?:need|needs|needed|require|requires|required|ask for|asks for|have to have|have to get|must have|pay for|get|getting|apply for) (?:a |an |my |the |any |for )?(?:dbs|crb)\b|\b(?:dbs|crb) (?:check |checks )?(?:needed|required|necessary|cost|costs|free|first)\b")]
    private static partial Regex Dbs();

    [GeneratedRegex(@"\b(?:criminal (?:record|records|conviction|convictions|past)|police record|(?:a |any |my |old |past |previous |spent )convictions?|i (?:was|have been|ve been|got|have|had) (?:a )?(?:convicted|cautioned|arrested|a caution)|(?:was|been|went|ve been) (?:in|to) (?:prison|jail|jai|prision)|ex (?:offender|prisoner|con)|on probation|served time)\b")]
    private static partial Regex Record();

    [GeneratedRegex(@"\b(?:(?:is|are|was) (?:it|the course|the courses|courses|the training|training|the class|the classes|they|this|that) (?:free|for free)|how much (?:is|are|does|do|will|would) (?:the |a |this |that )?(?:course|courses|training|class|classes|esol|college|it cost)|(?:do|will|would|must|should) i (?:have to |need to |must )?pay (?:for|to|anything|money|fees?)|(?:do|will|would) i (?:have to|need to) pay\b|course (?:fee|fees|cost|costs|price)|cost of (?:the |a )?(?:course|courses|training)|(?:pay|paying) for (?:the |a )?(?:course|courses|training|college))")]
    private static partial Regex CourseCost();

    // What a job does to the benefits: "will i lose my universal credit if i work", "can i work and still claim uc",
    // "does uc go down if i earn". A benefit word with working, earning or a job in one question.
    private const string Benefit = @"(?:universal credit|uc|benefits?|jsa|esa|jobseekers? allowance|job seekers? allowance)";
    private const string Working = @"(?:work|working|start work|start working|get (?:a |the |this )?job|got (?:a |the )?job|take (?:a |the |this )?job|have (?:a |the )?job|earn|earning|get paid|am working|start (?:a |the )?job)";

    [GeneratedRegex(@"\b(?:if|when|once|while|after) i " + Working + @"\b.*\b" + Benefit + @"\b"
        + @"|\b" + Benefit + @"\b.*\b(?:if|when|once|while|after) i " + Working + @"\b"
        + @"|\b(?:work|working|a job|get a job|earn|earning)(?: \w+){0,3} (?:and|while) (?:still )?(?:claim|claiming|get|getting|keep|keeping|stay on|be on|on)(?: my| the| some)? " + Benefit + @"\b"
        + @"|\bhow (?:many hours|much) can i (?:work|earn)(?: \w+){0,3} (?:on|and keep|and still get|with|before (?:i lose|losing)) (?:my |the )?" + Benefit + @"\b"
        + @"|\b(?:will|does|do|would|can|could) (?:working|work|a job|getting a job|my job|my wages?|my pay|earning|earning money)(?: \w+){0,2} (?:affect|stop|change|cut|reduce|end|touch)(?: my| the)? " + Benefit + @"\b"
        + @"|\b" + Benefit + @" (?:go|goes|going|will go|gonna go) down\b")]
    private static partial Regex BenefitsAndWork();

    [GeneratedRegex(@"\b(?:universal credit|on benefits?|claim(?:ing)? benefits?|my benefits?|lose (?:my |the )?benefits?|jobseekers? allowance|job seekers? allowance|work coach|job centre|jobcentre|on the dole)\b")]
    private static partial Regex Benefits();

    [GeneratedRegex(@"(?:^|\b(?:and|but|so) )(?:i am|im|i m|am) (?:1[3-9]|[2-9][0-9])(?: years? old| yrs? old| yrs| years)?(?: now)?(?:$| (?:so )?(?:can|could|is|am|will|would|do|does|are|may)\b)|\b(?:i am|im) (?:1[3-9]|[2-9][0-9]) (?:years?|yrs?) old\b|\b(?:too old|too young|how old(?! are (?:you|u)| r u| is (?:the bot|careerbot|this))|age limit|my age|minimum age|what age|too late to (?:start|change|work|begin|learn|train)|(?:is it|am i) too late)\b")]
    private static partial Regex Age();

    // Help with a CV ("can you help me write a cv", "i need a cv", "can i send you my cv"): not something the bot does.
    [GeneratedRegex(@"\b(?:help|helping|write|writing|make|making|do|doing|check|checking|improve|update|build|create|need|needs|want|send|upload|attach|give|email)(?: me| you| u)?(?: with| on| for)?(?: my| a| the| your| an)? (?:cv|cvs|c v|resume|curriculum vitae)\b|\b(?:cv|resume) (?:help|writing|advice|template|check)\b|\b(?:dont|do not|never) (?:have|had|got) (?:a |an )?(?:cv|resume)\b|\bno (?:cv|resume)\b")]
    private static partial Regex Cv();

    // What to take to the interview: "what do i need to bring to interview", "do i need to bring id".
    [GeneratedRegex(@"\b(?:bring|take|carry|show)(?: \w+){0,2} (?:to|for|at|in) (?:the |an |my |a |that )?interviews?\b|\bwhat (?:do|should|must|will|shall) i (?:need to |have to )?(?:bring|take)\b(?! (?:up|off|over|part|a course|course))"
        + @"|\b(?:do|should|must|will) i (?:need to |have to )?(?:bring|take|show) (?:my |an? |any |some |the )?(?:id|passport|documents?|papers|certificates?|proof)\b"
        // The papers a new job asks for: "what documents do i need", "which id do they want".
        + @"|\b(?:what|which|wat) (?:documents?|papers|id|ids|identification|proof|certificates?|docs)(?: \w+)? (?:do|will|would|should|must|does) (?:i|you|we|they|the employer|employers)(?: \w+)? (?:need|want|ask for|have to (?:bring|show|have)|bring|show|check)\b")]
    private static partial Regex InterviewBring();

    // Whether a CV is needed: "do i need a cv", "should i send a cv", "is a cv needed". Help to write one is faq.cv.
    [GeneratedRegex(@"\b(?:do|will|would|must|should|can) (?:i|you|they)(?: \w+)? (?:need|want|ask for|have to send|have to have|send|give|use)(?: them| in)?(?: a| an| my| your)? (?:cv|cvs|c v|resume)\b(?! (?:help|writing|template))"
        + @"|\b(?:is|are) (?:a |an )?(?:cv|resume) (?:needed|required|necessary|a must)\b|\bneed (?:a |an )?(?:cv|resume) (?:to|for)\b|\b(?:cv|resume) or (?:a |an )?(?:application |online )?form\b")]
    private static partial Regex CvNeed();

    // After applying: "how long does it take to hear back", "when will they tell me", "will they call me".
    [GeneratedRegex(@"\bhear (?:back|anything|from (?:them|you|the employer|anyone))\b|\bhow (?:long|soon)(?: \w+){0,4} (?:hear|reply|answer|get back|find out|tell me|call me|contact me|respond)\b"
        + @"|\bwhen (?:will|do|would|should|can) (?:i|they|you|we)(?: \w+)? (?:hear|find out|get (?:an? )?(?:answer|reply|call|email))\b|\bwhen (?:will|do|would) they (?:tell|call|ring|phone|email|contact|reply|answer|let) (?:me|you)\b"
        + @"|\b(?:will|do|would) they (?:call|ring|phone|email|contact|reply|answer|get back)(?: to)? (?:me|you|everyone|every one|people)\b|\bhow (?:do|will|would) i know if i (?:got|get|have got) (?:it|the job)\b")]
    private static partial Regex HearBack();

    // Applying for more than one job: "can i apply for more than one", "can i apply for 2 jobs", "how many can i apply for".
    [GeneratedRegex(@"\bapply (?:for|to) (?:(?:more than|more then|over) (?:one|1)|2|two|3|three|a few|lots|loads|many|several|multiple|both|all of them)\b"
        + @"|\bhow many (?:jobs |roles )?(?:can|could|should|may) i apply\b|\b(?:more than|more then) (?:one|1) (?:job|jobs|application)\b")]
    private static partial Regex ApplyMany();

    // Waiting for a decision on asylum: not the general right to work (refugee status is that).
    [GeneratedRegex(@"\b(?:asylum|asylum seekers?|asylym|assylum|seeking asylum|claimed asylum|waiting for (?:my |a |the )?home office(?: decision)?)\b")]
    private static partial Regex Asylum();

    // The resident is a refugee, or asks about refugees working: "i am a refugee", "jobs for refugees", "can refugees
    // apply". Refugee status said as a paper they hold stays the right to work (its pattern comes first).
    [GeneratedRegex(@"\b(?:i am|im|i m|we are|am|as|being|was)(?: a| an)? refugees?\b|\b(?:for|to|take|takes|accept|accepts|hire|hires|employ|employs|help|helps) refugees\b|\brefugees? (?:can|could|allowed|able|apply|work|get|do)\b|\b(?:can|could|do|will|are) refugees\b")]
    private static partial Regex Refugee();

    [GeneratedRegex(@"\b(?:right to work|work permit|visa|visas|refugee status|brp|biometric residence|immigration status|settled status|pre settled|share code)\b")]
    private static partial Regex RightToWork();

    [GeneratedRegex(@"\b(?:do|will|would|must) (?:i|you) (?:need|have|have to have|need to have) (?:a |my own |own )?(?:car|driving licen[cs]e|driving license|licen[cs]e|to drive)\b|\bneed (?:a |to )?(?:car|driving licen[cs]e|to drive) (?:for|to)\b")]
    private static partial Regex Driving();

    // "I am a nurse from India", "i was doctor in my country", "worked as a pharmacist": a job that must be registered
    // in the UK first. Not "I want to be a nurse", nor "nurse assistant" or "nursing associate".
    [GeneratedRegex(@"\b(?:i am|im|i m|i was|i worked as|i work as|worked as|my job was|my job is|back home i was|qualified as|trained as|i qualified as|i trained as|i used to be|used to be|i used to work as|used to work as|i have been|ive been|i ve been)(?: a| an)? (?:qualified |registered |trained |senior |staff |general )?(?:nurse|nurses|doctor|dr|gp|midwife|pharmacist|physiotherapist|physio|dentist|paramedic|social worker|radiographer|occupational therapist|surgeon)\b(?! (?:assistant|aide|associate|helper|support))")]
    private static partial Regex Registered();

    // The resident's own disability or health condition, or a question about it: "I have a disability", "i am deaf",
    // "can disabled people work here". Not work with disabled people ("support worker for learning disabilities",
    // "I want to help disabled people"), nor a carer ("I care for my disabled son").
    [GeneratedRegex(@"\b(?:i (?:have|ve got|have got|got|live with|suffer from|suffer with)(?: a| an| some)? (?:disability|disabilities|learning disability|learning difficulty|learning difficulties|physical disability|hidden disability|health condition|long term (?:illness|condition|health condition)|mental health (?:problems?|issues?|condition)|bad back|autism|adhd|dyslexia|epilepsy|ptsd|anxiety|depression)|(?:i am|im|i m) (?:disabled|deaf|blind|partially sighted|autistic|dyslexic|registered disabled|a wheelchair user|in a wheelchair|on pip)|i use a wheelchair|my (?:disability|disabilities|health condition|condition|illness)|because of my (?:health|disability|condition|back)|(?:can|do|will|would|are) (?:disabled people|people with (?:a )?disabilit(?:y|ies)) (?:work|apply|get)|(?:take|hire|employ|accept) (?:disabled people|people with (?:a )?disabilit(?:y|ies))|(?:is|will) (?:my )?(?:disability|being disabled) (?:a problem|stop me|matter))\b")]
    private static partial Regex Disability();

    // Working from one's own home: not home care ("home carer", "work in people's homes") nor a care home.
    [GeneratedRegex(@"\b(?:work|working|job|jobs) (?:from|at) (?:my )?home\b(?! (?:care|carer|support|visits))|\bwfh\b|\bremote(?:ly)? (?:work|working|job|jobs)\b|\bwork(?:ing)? remotely\b|\b(?:home based|from home) (?:job|jobs|work)\b")]
    private static partial Regex FromHome();

    // The resident is pregnant: not work with pregnant women, nor maternity jobs ("maternity support worker").
    [GeneratedRegex(@"\b(?:i am|im|i m|am i|i was|i will be|i ll be)(?: \w+){0,3} pregnant\b|\bmy pregnancy\b|\b(?:i am|im|i m) (?:expecting|having) a baby\b|\bon maternity leave\b")]
    private static partial Regex Pregnant();

    // No home of their own: "I am homeless", "no fixed address", "living in a hostel". Not "no home care".
    [GeneratedRegex(@"\b(?:i am|im|i m|am|currently|i have been|ive been|i was made|we are|were)(?: \w+)? homeless\b|\bno fixed (?:address|abode)\b|\b(?:nowhere|no where|no place) to live\b|\bsofa surfing\b|\b(?:living|live|staying|stay) in a (?:hostel|shelter|night shelter|refuge)\b|\bsleeping rough\b"
        // About to lose their home: "i am being evicted", "got an eviction notice", "my landlord is kicking me out".
        + @"|\b(?:being|getting|been|got|get|will be|going to be|gonna be|was|were|am|im|i m|we re) evicted\b|\beviction(?: notice| letter| order)?\b|\bsection 21\b"
        + @"|\b(?:kicking|kicked|chucking|chucked|throwing|thrown|threw) (?:me|us) out\b|\b(?:losing|lose|lost) (?:my|our) (?:home|house|flat|room|place)\b")]
    private static partial Regex Homeless();

    // No money for food, rent or bills, or debt: "i have no money for food", "cant pay my rent", "im in debt", "need a
    // food bank". Not a wish for money ("i need money", "good money", "earn more money"), nor work at a food bank.
    private const string Needs = @"(?:food|to eat|eat|rent|my rent|the rent|bills|my bills|the bills|gas|electric|electricity|heating|the gas|the electric|nappies|my kids|the kids|the children|anything|nothing)";

    [GeneratedRegex(@"\b(?:no|not enough|not any|dont have|dont have any|do not have|do not have any|havent got|havent got any|have no|got no|run out of|ran out of|running out of|out of) (?:money|cash|pennies|penny)(?: left| at all)?(?: (?:for|to (?:buy|pay)) " + Needs + @")?\b"
        + @"|\b(?:cant|cannot|can not|could not|couldnt|struggling to|struggle to|unable to) (?:afford|pay|pay for|buy|feed) (?:" + Needs + @"|food|my family|myself|me|us)\b"
        + @"|\b(?:nothing|no food) (?:to eat|in the house|at home|in the fridge|for (?:me|us|the kids|my kids|my children|dinner|tea))\b|\bno food\b"
        + @"|\b(?:hungry|starving) (?:and|but|so|with)? ?(?:no money|skint|broke)\b|\b(?:(?:i am|im|i m|we are|were|so|really|proper|totally|completely) )(?:skint|broke|hungry)\b|^(?:skint|broke)\b"
        + @"|\b(?:in|into|got|have|with|owe|my|lots of|loads of|big|serious|so much) debts?\b|\bdebts\b|\b(?:i|we) owe\b|\b(?:rent|council tax|bill|bills) arrears\b|\barrears\b|\bbailiffs?\b"
        + @"|\bbehind (?:on|with) (?:my |the |our )?(?:rent|bills|payments|council tax|gas|electric)\b"
        + @"|\b(?:money|cash) (?:problems|worries|troubles|is tight|is very tight)\b|\bstruggling (?:with money|financially|to get by|to pay)\b"
        + @"|\b(?:need|needs|needed|want|use|using|get|getting|find|where is|wheres|nearest|referral to|referred to|voucher for|rely on|go to|going to|been to) (?:a |the |my |to a |to the )?(?:food ?banks?|foodbanks?|food parcels?|food vouchers?)\b"
        + @"|\b(?:food ?bank|foodbank) (?:voucher|vouchers|referral|near me|nearby|open)\b")]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:(?:no|dont have|do not have|dont have any|do not have any|have no|havent got|havent any|without|not much|little|without any|with no) (?:work |job |care |paid )?experience|never (?:worked|had a job|had a paid job)|(?:do|will|would) i need (?:any )?(?:work |job |care )?experience)\b")]
    private static partial Regex Experience();

    // Which qualifications these jobs need, asked as a whole message: "what qualifications do i need", "do i need
    // qualifications". Not what they have ("no qualifications"), a wish ("i need qualifications"), nor what one job needs
    // ("what qualifications do i need for care work", "for this job": the job's own needs answer that).
    [GeneratedRegex(@"^(?:\w+ ){0,2}(?:what|which|wat) (?:qualifications?|quals|certificates?) (?:do|does|will|would|should|must) (?:i|you|we|they)(?: \w+)? (?:need|want|ask for|require|have to have)(?: (?:for|to get|to do|to apply for) (?:these|those|any|any of these|any of the) (?:jobs|roles))?$"
        + @"|^(?:\w+ ){0,2}(?:do|does|will|would|must) (?:i|you|we|they|employers|these jobs)(?: \w+)? (?:need|want|ask for|require|have to have)(?: any| some| special| good| many| lots of)? (?:qualifications?|quals)(?: (?:for|to get|to do|to apply for) (?:these|those|any|any of these|any of the) (?:jobs|roles))?$"
        + @"|^what (?:do|does|will|would) (?:i|you|we) (?:need|have to have) (?:to (?:get|do|apply for|start)|for) (?:these|those|any|any of these|any of the) (?:jobs|roles)$")]
    private static partial Regex QualsNeed();

    // Who a question about a job's conditions asks of: the resident, the employer, or the job ("job 2", "nhs jobs", "it").
    private const string Who = @"(?:i|you|u|they|we|staff|it|this|that|the employer|employers|the nhs|the council|the company|(?:the |this |that |these |those |nhs |council |care |hospital )?(?:job|jobs|role|roles|one|ones|post)(?: \d)?|number \d|no \d)";

    // The job talked about, as a question asks it: "is it", "is the job", "are these jobs", "will it be".
    private const string IsIt = @"(?:is|are|will|would|was)(?: it| this| that| they| these| those| the| this job| that job| the job| the jobs| these jobs| jobs| job| work| the work| the post| the role| it going to be| it gonna be| number \d)?(?: \d)?(?: be| a| an| on| on a| only)?";

    // "is it permanent", "temporary or permanent", "is it bank", "zero hours contract?", "what kind of contract".
    [GeneratedRegex(@"\b" + IsIt + @" (?:permanent|perm|temporary|temp|fixed term|full contract|proper contract|contract|contracted|agency|zero hours?|0 hours?|bank|bank only|bank job|bank work|seasonal|short term|long term)\b"
        + @"|\b(?:permanent|perm) or (?:temporary|temp|bank|contract|fixed term)\b|\b(?:temporary|temp|bank|contract|fixed term) or (?:permanent|perm)\b"
        + @"|\b(?:what|which|wat)(?: kind of| type of| sort of)? (?:contract|contracts)\b|\b(?:do|will|would|does|can) (?:i|you|they|we|staff)(?: \w+)? (?:get|give|have|offer|sign) (?:a |an )?(?:permanent|contract|proper contract|fixed contract)\b")]
    private static partial Regex Contract();

    // "do they give training", "will i be trained", "is there training", "do you train me": not "training to be a nurse".
    [GeneratedRegex(@"\b(?:do|does|will|would|can|could|is|are) (?:" + Who + @"|there)(?: \w+)? (?:give|get|gets|offer|provide|provides|pay for|do|have|be|need|needs)(?: me| you| us| people| staff| new staff)? (?:any |some |the |a |free |paid )?(?:training|trained|train)\b(?! (?:to be|to become|as a|as an) )"
        + @"|\b(?:do|does|will|would|can) (?:they|you|u|the employer|employers|the nhs|the company) (?:train|teach) (?:me|you|u|us|people|staff|new staff|new people)\b"
        + @"|\b(?:is|are) (?:there )?(?:any )?(?:training|trainings) (?:given|provided|included|at work|on the job|for it|for this job|for the job)\b|\bis there (?:any )?training\b(?! (?:to be|to become|as a|as an) )"
        + @"|\b(?:on the job|at work) training\b|\btraining (?:on the job|at work) ?$|\bwill i be trained\b|\bdo i get trained\b|\blearn on the job\b")]
    private static partial Regex Training();

    // The uniform, or what to wear: never a kind of work.
    [GeneratedRegex(@"\buniforms?\b|\bdress code\b|\bwhat (?:do i|do you|should i|to|can i|must i|will i) wear\b|\bwear (?:my )?own clothes\b|\bwear a scarf\b")]
    private static partial Regex Uniform();

    // Parking, or how to get there: not "parking attendant" (a job), nor "by bus" said as how they travel.
    [GeneratedRegex(@"\b(?:car )?parking\b(?! (?:attendant|attendants|warden|wardens|officer|officers|enforcement|job|jobs|work))|\bcar park\b(?! (?:attendant|job|jobs))|\bcarpark\b|\b(?:can|could|where do|where can|where will|will) i park\b|\bpark my car\b"
        + @"|\b(?:is|are) there (?:a |any )?(?:bus|buses|train|trains|tram|trams|public transport)\b|\bhow (?:do|can|will|would|should) i get (?:there|to (?:the |my )?(?:hospital|work|job|place|site|it))\b|\bcan i get there by\b")]
    private static partial Regex Parking();

    // "how many days holiday", "do i get holidays", "annual leave", "holiday pay": not "i am on holiday" (when they can start).
    [GeneratedRegex(@"\bhow (?:much|many)(?: days| weeks)?(?: of)?(?: paid)? (?:holiday|holidays|annual leave|leave|days off|time off)\b|\bannual leave\b|\bholiday (?:pay|entitlement|allowance)\b|\bpaid (?:holiday|holidays|leave)\b"
        + @"|\b(?:do|will|would|does|can|is|are) (?:" + Who + @"|there)(?: \w+)? (?:get|give|have|offer|take|any)(?: paid| any| a| some)? (?:holiday|holidays|days off|time off)\b|\bwhat about (?:the )?holidays?\b|\b(?:is|are) there (?:any )?(?:paid )?holidays?\b")]
    private static partial Regex Holidays();

    // A work pension: "is there a pension", "nhs pension", "do they pay into a pension".
    [GeneratedRegex(@"\b(?:work|workplace|nhs|company|staff|council|job) pensions?\b|\bpension (?:scheme|schemes|plan|contributions?)\b"
        + @"|\b(?:is|are) there (?:a |any )?pensions?\b|\b(?:do|will|would|does|can) (?:" + Who + @")(?: \w+)? (?:get|give|have|offer|pay into|pay|come with)(?: a| any| the)? pensions?\b|\bwhat about (?:a |the )?pensions?\b")]
    private static partial Regex Pension();

    // Pay when ill: "sick pay", "if i am sick", "off sick": not "help sick people".
    [GeneratedRegex(@"\bsick (?:pay|leave|days?)\b|\b(?:if|when) (?:i am|im|i m|i get|i was|i fall|i become|you are|youre|you get) (?:sick|ill|poorly)\b|\boff sick\b|\bpaid (?:if|when) (?:i am|im|i m|i get|you are|you get) (?:sick|ill)\b")]
    private static partial Regex SickPay();

    // The interview: "is there an interview", "what happens at the interview", "interview questions".
    [GeneratedRegex(@"\b(?:is|will) there (?:be )?(?:an? )?interviews?\b|\b(?:do|will|would|must) (?:i|you) (?:need to |have to )?(?:have|do|get|need|go to) (?:an? |the )?interviews?\b"
        + @"|\bwhat (?:happens|is|do they ask|will they ask|questions|do i say|should i say|to say|do i do|should i wear)(?: \w+)? (?:at|in|for|on) (?:the |an |my |a )?interviews?\b|\binterview (?:questions|tips|help)\b"
        + @"|\bhow (?:do|can|should) i (?:prepare|get ready|do well|pass)(?: for)? (?:the |an |my |a )?interviews?\b|\bhelp (?:me )?(?:with|for) (?:the |an |my |a )?interviews?\b|\bwhat is the interview like\b")]
    private static partial Regex Interview();

    // Extra hours: "overtime", "can i do extra shifts".
    [GeneratedRegex(@"\bover ?time\b|\b(?:can|could|do|will|would|is|are) (?:" + Who + @"|there)(?: \w+)? (?:do|get|have|work|pick up|take)?(?: any| some)? extra (?:hours|shifts|shift|work|time)\b|\bextra (?:hours|shifts) (?:available|possible)\b")]
    private static partial Regex Overtime();

    // When the pay comes: "when do i get paid", "is it paid weekly", "pay day".
    [GeneratedRegex(@"\bwhen (?:do|will|would|does|is) (?:i|you|u|we|they|staff|it)(?: \w+)? (?:get paid|be paid|paid|get my pay|get the pay|pay day|payday|get money|get my money|get wages|get my wages)\b|\bpay ?day\b"
        + @"|\bhow often (?:do|will|would|are|is) (?:i|you|u|we|they|staff|it)(?: \w+)? (?:paid|get paid|be paid|pay)\b|\b(?:is it |are you |am i |do i get )?paid (?:weekly|monthly|every week|every month|each week|each month)\b|\b(?:weekly|monthly) pay\b|\bwhen is pay\b"
        // How the pay comes: "how do i get paid", "will they pay me cash", "do they pay by bank transfer".
        + @"|\bhow (?:do|will|would|does|is|are|can) (?:i|you|u|we|they|staff|it|the pay|pay|wages|my wages|my pay)(?: \w+)? (?:get paid|be paid|paid|pay me|pay you|pay us)\b"
        + @"|\b(?:pay|paid|pays) (?:me |you |us |staff |wages )?(?:in |by |with |into )?(?:cash|a cheque|cheque|bank transfer|card|a card)\b")]
    private static partial Regex PayDay();

    // Breaks in the working day: "lunch break", "do i get a break".
    [GeneratedRegex(@"\b(?:lunch|tea|rest|meal|dinner|coffee|smoke|smoking) breaks?\b|\b(?:do|will|would|can|is|are|does) (?:" + Who + @"|there)(?: \w+){0,2} (?:a |any |some )?breaks?\b|\bhow (?:long|many) (?:is the |are the |is my |are my )?breaks?\b")]
    private static partial Regex Breaks();

    // Faith at work: prayer, a head cover, halal food, fasting and holy days. Never a kind of work or an answer.
    [GeneratedRegex(@"\b(?:pray|praying|prayer|prayers|namaz|namaaz|salah|salat|salaah|jummah|jumah|jumuah|jumma)\b"
        + @"|\b(?:hijab|hijabs|hijaab|headscarf|headscarves|head scarf|head cover|niqab|burka|burqa|abaya|jilbab|turban|patka|kippah|yarmulke)\b"
        + @"|\b(?:halal|kosher)\b|\b(?:ramadan|ramadhan|ramzan|ramadaan|eid|diwali|vaisakhi|baisakhi|hanukkah|yom kippur)\b|\bfasting\b(?! (?:blood|bloods|test|tests|glucose))"
        + @"|\b(?:my|for|about|because of|due to) (?:religion|religious (?:days|holidays|needs|clothes|dress|beliefs)|faith|beliefs)\b")]
    private static partial Regex Faith();

    // A bank account: "do i need a bank account", "i dont have a bank account". Bank work ("bank staff") is not this.
    [GeneratedRegex(@"\b(?:bank|banking) (?:account|accounts|acount|acc|card)\b")]
    private static partial Regex BankAccount();

    // A National Insurance number: "i dont have a national insurance number", "do i need an ni number".
    [GeneratedRegex(@"\bnational insurance\b|\bnational insurence\b|\b(?:ni|n i) (?:number|no|num|numbers)\b")]
    private static partial Regex NiNumber();

    // How good their English must be, asked: "do i need good english", "is my english good enough", "what level of
    // english do i need". Not English said as a qualification or a course ("english and maths", "english courses").
    private const string NotACourse = @"(?! (?:language )?(?:course|courses|class|classes|lesson|lessons|esol|test|tests|gcse|gcses|qualification|exam|exams|and maths|entry|level))";

    [GeneratedRegex(@"\b(?:do|does|will|would|must|should) (?:i|you|they|we|it|the job|these jobs|jobs|the jobs)(?: \w+){0,2} (?:need|needs|require|requires|ask for)(?: to)?(?: \w+){0,2} english\b" + NotACourse
        + @"|\b(?:what|which|wat|how much|what kind of|what sort of) (?:level of |kind of |sort of )?english\b" + NotACourse + @"(?= (?:do|does|will|would|is|should|must|for|i))"
        + @"|\bhow (?:good|much|well|fluent)(?: \w+){0,3} english\b" + NotACourse
        + @"|\b(?:is|am) (?:my )?english (?:good|ok|okay|enough|fine|alright|bad|too bad|too weak)\b"
        + @"|\bmy english is (?:not|weak|poor|bad|low|basic|little|limited|very little|not very|not so|not that)\b(?=.*\b(?:can|could|will|would|is|do|does|ok|okay|problem|apply|still)\b)"
        + @"|\b(?:dont|do not|cant|cannot|can not) speak (?:good |much |very good |perfect |fluent |a lot of )?english\b(?=.*\b(?:can|could|will|would|is|ok|okay|problem|still|apply)\b)"
        + @"|\bcan i (?:work|apply|get a job|do (?:it|this|the job))(?: \w+){0,3} (?:if|when|and|but|with|without) (?:i|my|good|much|little|no)(?: \w+){0,3} english\b" + NotACourse)]
    private static partial Regex EnglishLevel();

    // Who minds the children while they work or study: "is there childcare", "who looks after my kids when i work". Not
    // childcare as work ("childcare", "nursery nurse") nor their day ("i look after my kids in the day").
    [GeneratedRegex(@"\b(?:is there|are there|do they|will they|can i get|can they|do you|does it|who|help with|help for|pay for|pays for|paying for|cost of|what about|any)(?: \w+){0,3} (?:childcare|child care|creche|childminder|child minder|nursery|nurseries)\b(?! (?:job|jobs|work|worker|workers|course|courses|assistant|assistants|practitioner|level|nurse|nurses))"
        + @"|\bchild ?care (?:costs?|help|fees|support)\b|\b(?:who|what about|what happens to|who will)(?: \w+){0,2} (?:looks after|look after|mind|minds|watches|takes care of|about) (?:my |the )?(?:kids|children|child|baby|son|daughter)\b|\bwhat about my (?:kids|children|child|baby)\b")]
    private static partial Regex Childcare();

    // Volunteering, asked or wished: "can i volunteer first", "are there volunteer jobs". Not "i volunteered at a shop".
    [GeneratedRegex(@"\b(?:can|could|how|where|do|does|is|are|want to|like to|i want|id like|would like|become)(?: \w+){0,3} (?:volunteer|volunteering|volunteers)\b|\bvolunteer(?:ing)? (?:jobs?|roles?|work|first|opportunities|posts?)\b")]
    private static partial Regex Volunteer();

    // Two jobs at once: "can i work 2 jobs", "can i keep my other job". Applying for two is faq.apply_many.
    [GeneratedRegex(@"\b(?:can|could|may|is it ok to|am i allowed to)(?: \w+){0,3} (?:2|two|second|another|both|more than one) (?:jobs|job)\b(?! (?:and|or) (?:course|courses))|\b(?:can|could) i (?:keep|still do|still work|still have|stay in|work) (?:my )?(?:other|current|old|first|present|part time|evening) job\b|\b(?:a |my )?second job\b")]
    private static partial Regex TwoJobs();

    // Work on holy and bank holidays, asked: "do i have to work christmas", "do hospitals close at christmas".
    [GeneratedRegex(@"\b(?:do|will|would|must|should|does|are|is) (?:i|you|we|staff|they|hospitals|the hospital|care homes|it|people)(?: \w+){0,3} (?:work|open|close|closed|off|working|shut)(?: \w+){0,2} (?:on |at |over |for |during )?(?:christmas|xmas|new year|new years|new years day|easter|boxing day|bank holidays?)\b"
        + @"|\b(?:christmas|xmas|easter|new year|new years|bank holidays?|boxing day) off\b|\bwork(?:ing)? (?:on |at |over )?(?:christmas|xmas|boxing day)\b")]
    private static partial Regex BankHolidays();

    // The cost of getting to work, asked: "how much is the bus", "who pays for my travel", "help with bus fares". Not how
    // they travel ("by bus", "i can get the bus").
    private const string Transport = @"(?:bus|buses|train|trains|tram|trams|metro|travel|transport|fare|fares|ticket|tickets|bus pass|petrol|fuel|taxi|taxis)";

    [GeneratedRegex(@"\bhow much (?:is|are|does|do|will|would|would it|will it)(?: it)?(?: cost)?(?: \w+){0,2} " + Transport + @"\b"
        + @"|\b(?:who|will|do|does|would|can|could|should|must|how will|how do|how can) (?:\w+ ){0,3}pays? (?:for )?(?:my |the |your |our )?" + Transport + @"\b"
        + @"|\bhelp (?:with|for|paying for|to pay for|towards) (?:my |the |a )?" + Transport + @"\b"
        + @"|\b(?:is|are) (?:the )?(?:bus|buses|train|trains|tram|trams|travel|transport|metro) free\b"
        + @"|\b(?:can|could|do|will|would) (?:i|we|you|they)(?: \w+){0,2} (?:get|have|give)(?: me| you| us)? (?:a )?free (?:bus|travel|train|tram)\b"
        + @"|\b(?:bus|train|tram|travel|rail|taxi) fares?\b|\bfares\b|\b(?:cost|price) of (?:the )?" + Transport + @"\b")]
    private static partial Regex TravelCost();

    // The pattern of shifts, asked: "what are the shifts", "shift pattern", "what time does it start". Not "shift work" as an answer.
    [GeneratedRegex(@"\bshift (?:patterns?|times|lengths?)\b|\bwhat (?:are|is) the (?:shifts?|hours|rota|work hours|working hours)\b|\bhow long (?:are|is) (?:the |a |each )?shifts?\b|\bwhat times? (?:do|does|would|will) (?:i|you|u|it|the shift|the shifts|work|the job) (?:start|finish|end)\b|\bwhat are the hours like\b")]
    private static partial Regex Shifts();
}

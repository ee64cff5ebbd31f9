using System.Text.Json;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// The guided conversation: loads the dialog stack from the snapshot, handles interruptions
/// (help, back, start again, stop, forget me, word meanings), runs the active dialog and saves.
/// </summary>
public sealed partial class ConversationEngine : IConversationEngine
{
    private readonly DialogSet _dialogs;
    private readonly MainDialog _main;
    private readonly MessageCatalogue _messages;
    private readonly ILogger _logger;
    private readonly EnglishNeedRecognizer _english = new();
    private readonly PlainChoices _plainChoices;
    private readonly FactReader _facts;
    private readonly ICatalogueSearch _search;
    private readonly SuggestionCards _cards;
    private readonly JobQuestions _jobQuestions;

    public ConversationEngine(ICatalogueSearch search, IReadOnlyList<KnownPlace> places,
        ILogger<ConversationEngine>? logger = null, MessageCatalogue? messages = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(places);
        _messages = messages ?? MessageCatalogue.Default;
        _logger = logger ?? NullLogger<ConversationEngine>.Instance;
        _facts = new FactReader(places);
        _plainChoices = new PlainChoices(_facts, _english);
        _search = search;
        _cards = new SuggestionCards(_messages, new CoursePlaces(new PlaceFinder(places)));
        _jobQuestions = new JobQuestions(search, _cards);
        var questions = new Questions(_messages);
        _main = new MainDialog(questions);
        _dialogs = new DialogSet()
            .Add(_main)
            .Add(new InterestDialog(questions))
            .Add(new QualificationsDialog(questions))
            .Add(new ResultsDialog(search, questions, _cards))
            .Add(new PromptDialog(new CareerPromptRecognizer(search, places, _messages)));
    }

    /// <summary>
    /// A button that says nothing else goes straight to its question (<see cref="PlainChoices"/>). Off, every message is
    /// read in full: the tests that prove both ways give the same turn.
    /// </summary>
    internal bool ButtonsGoStraightToTheQuestion { get; init; } = true;

    public async Task<TurnOutcome> RunTurnAsync(Turn turn, DialogSnapshot? state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var loaded = DialogStateSerializer.Read(state);
        var dialogState = loaded ?? new DialogState();
        var typed = TextOf(turn);
        // A button of the question on screen that says nothing else ("None", "Part-time"): the question's answer, read by
        // the question alone. Every reader below would find nothing in it (PlainChoices).
        var plain = ButtonsGoStraightToTheQuestion && loaded?.Stack is [.., { Prompt: { } onScreen }] && _plainChoices.IsPlain(onScreen, typed, turn.LocalTime);
        // An email, phone number or date of birth sent is taken out before anything reads it: never searched, said back or kept.
        var personal = plain ? new PersonalDetails.Found(typed, []) : PersonalDetails.Remove(typed, DateOnly.FromDateTime(turn.LocalTime.Date));
        // A message of emoji alone ("👍", "🤔") is read as the words it stands for; texted words of time written out.
        var text = plain ? typed : Recognizers.Text.TextSpeak.Read(Recognizers.Text.EmojiWords.Read(personal.Rest));
        // Said at any point: "my English is not good". The rest of the message ("cleaning job") is the answer.
        var english = plain ? Recognizers.Recognition<EnglishNeed>.NoMatch : _english.Recognise(text);
        // "what is ESOL?" asks what a word means: it says nothing about the resident's own English.
        if (english.Succeeded && Interruptions.Recognise(text).Kind == InterruptionKind.Glossary) english = Recognizers.Recognition<EnglishNeed>.NoMatch;
        if (english.Succeeded && !LearningEnglishIsTheWish(text, english, dialogState) && !LevelIsTheAnswer(english, dialogState)) text = Answer(text, english);
        // "my english is ok": no English courses are needed; the rest of the message is the answer.
        var fine = english.Succeeded || plain ? Recognizers.Recognition<bool>.NoMatch : _english.RecogniseFine(text);
        if (fine.Succeeded)
        {
            var rest = EnglishNeedRecognizer.Without(text, fine.Start, fine.Length);
            text = EnglishNeedRecognizer.SaysNothingMore(rest) ? "" : rest;
        }
        // Where the choices are numbered there are no buttons: messages about pressing one say to type a number.
        var dc = new DialogContext(_dialogs, dialogState, turn with { Text = text }, turn.ChoicesNumbered ? _messages.Numbered : _messages);
        try
        {
            if (state is not null && loaded is null)
            {
                // Unreadable or older state: start kindly from the beginning.
                dc.Say("greet.fresh");
                dialogState.Facts = dialogState.Facts with { Greeted = true };
                await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
                return Outcome(dc, ConversationAction.None);
            }
            if (fine.Succeeded && dialogState.Stack.Count > 0) EnglishIsFine(dc);
            var action = ConversationAction.None;
            if (plain) await AnswerAsync(dc, cancellationToken, readFacts: false);
            else action = await RunAsync(dc, english.Succeeded ? english.Value : null, personal, cancellationToken);
            if (action == ConversationAction.ForgetMe)
                return new TurnOutcome { Replies = dc.Replies, State = null, Action = action };
            return Outcome(dc, action);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Turn failed in conversation {ConversationId}", turn.ConversationId);
            return new TurnOutcome
            {
                Replies = [new Reply { Text = _messages.Get(MessageKeys.ErrorSorry) }],
                State = state,
            };
        }
    }

    /// <summary>
    /// A resident in danger (<see cref="Distress"/>): where to get free help now, then the question they were at. As a
    /// first message the help comes before the greeting and the first question.
    /// </summary>
    private static async Task AnswerCrisisAsync(DialogContext dc, string crisis, bool empty, CancellationToken cancellationToken)
    {
        dc.Signal("crisis", crisis);
        var keys = Distress.Replies(crisis);
        if (empty)
        {
            await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
            // The greeting says what the bot is for, so "when you are ready" is left out.
            var help = keys.Where(k => k != Distress.Ready).Select(k => new Reply { Text = dc.Messages.Get(k) });
            dc.Replies.InsertRange(0, help);
            return;
        }
        foreach (var key in keys) dc.Say(key);
        await dc.RepromptAsync(cancellationToken);
    }

    /// <summary>
    /// Personal details were sent (<see cref="PersonalDetails"/>): not to send them, and that the bot cannot call or
    /// email. Said before anything else about the message; in a first message after the greeting, before the question.
    /// </summary>
    private static void NoticePersonal(DialogContext dc, PersonalDetails.Found personal, bool beforeQuestion)
    {
        if (!personal.Any) return;
        foreach (var kind in personal.Kinds) dc.Signal("personal", kind);
        var reply = new Reply { Text = dc.Messages.Get(personal.OnlyAddress ? PersonalDetails.AddressReply : PersonalDetails.Reply) };
        if (!beforeQuestion)
        {
            dc.Send(reply);
            return;
        }
        var question = dc.Replies.FindLastIndex(r => r.ExpectsInput);
        dc.Replies.Insert(question >= 0 ? question : dc.Replies.Count, reply);
    }

    private async Task<ConversationAction> RunAsync(DialogContext dc, EnglishNeed? english, PersonalDetails.Found personal, CancellationToken cancellationToken)
    {
        var text = dc.Turn.Text;
        var empty = dc.State.Stack.Count == 0;

        if (text.Length == 0)
        {
            if (empty)
            {
                await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
                NoticePersonal(dc, personal, beforeQuestion: true);
                NoticeEnglish(dc, english, beforeQuestion: true);
            }
            else if (personal.Any)
            {
                NoticePersonal(dc, personal, beforeQuestion: false);
                await dc.RepromptAsync(cancellationToken);
            }
            else if (dc.Turn.IsConversationStart)
            {
                dc.Say("greet.back");
                await NoticeEnglishLaterAsync(dc, english, cancellationToken);
                await dc.RepromptAsync(cancellationToken);
            }
            else
            {
                await NoticeEnglishLaterAsync(dc, english, cancellationToken);
                await dc.RepromptAsync(cancellationToken);
            }
            return ConversationAction.None;
        }

        // Danger before everything: free help at once, then the question again. The words answer nothing.
        if (Distress.Find(text) is { } crisis)
        {
            await AnswerCrisisAsync(dc, crisis, empty, cancellationToken);
            return ConversationAction.None;
        }

        var interruption = Interruptions.Recognise(text);
        switch (interruption.Kind)
        {
            case InterruptionKind.ForgetMe:
                dc.Say("forget.ok");
                dc.CancelAll();
                return ConversationAction.ForgetMe;
            case InterruptionKind.Stop:
                dc.Say("stop.ok");
                dc.CancelAll();
                dc.State.Facts = dc.State.Facts with { Greeted = false };
                return ConversationAction.End;
            case InterruptionKind.Goodbye:
                dc.Say("goodbye");
                dc.CancelAll();
                dc.State.Facts = dc.State.Facts with { Greeted = false };
                return ConversationAction.End;
        }

        // A worry ("I have a criminal record") is answered first; the text may still answer the question.
        var worry = interruption.Kind == InterruptionKind.None ? CommonQuestions.Find(text) : null;
        // "is it free?", "am i too old?", "will they pay for my bus?", "is there childcare?" about a course on screen: the results answer for that course.
        if (worry is "faq.course_cost" or "faq.age" or "faq.travel_cost" or "faq.childcare" && ResultsFollowUps.AsksOfACourse(dc.State, text)) worry = null;
        // "is it free?" about the job talked about: a job costs nothing, and what it pays.
        if (worry is "faq.course_cost" && ResultsFollowUps.AsksWhatTheJobCosts(dc.State, text)) worry = null;
        if (worry is not null) dc.Signal("question", worry);

        if (empty)
        {
            // A new conversation, or one that ended: greet and start.
            if (interruption.Kind == InterruptionKind.Thanks)
            {
                dc.Say("thanks");
                return ConversationAction.None;
            }
            var result = await dc.BeginDialogAsync(MainDialog.DialogId, cancellationToken);
            NoticePersonal(dc, personal, beforeQuestion: true);
            if (worry is not null)
            {
                // After the greeting, before the first question.
                dc.Replies.Insert(dc.Replies.FindLastIndex(r => r.ExpectsInput) is var q and >= 0 ? q : dc.Replies.Count,
                    new Reply { Text = _messages.Get(worry) });
                dc.Answered(WithoutWorries(text));
                KeepOtherLanguage(dc, worry);
            }
            NoticeEnglish(dc, english, beforeQuestion: true);
            // "what does a phlebotomist mean" as a first message: what the job is, before the first question.
            if (interruption.Kind == InterruptionKind.UnknownWord && result.Status == DialogStatus.Waiting)
                await AnswerJobQuestionFirstAsync(dc, text, cancellationToken);
            // A first message that is an answer ("cleaning") answers the first question at once.
            if (interruption.Kind == InterruptionKind.None && result.Status == DialogStatus.Waiting)
            {
                // "how much do porters get paid?": the answer goes after the greeting, before the first question, and
                // the job's words still answer that question.
                if (worry is null) await AnswerJobQuestionFirstAsync(dc, text, cancellationToken);
                var before = dc.Replies.Count;
                await AnswerAsync(dc, cancellationToken);
                // Only a worry, no answer: the first question is already on screen, just after the answer.
                if (worry is not null && dc.Replies.Count == before + 1 && dc.Replies[^1].Text == dc.Replies[before - 1].Text)
                    dc.Replies.RemoveAt(dc.Replies.Count - 1);
            }
            return ConversationAction.None;
        }

        NoticePersonal(dc, personal, beforeQuestion: false);
        await NoticeEnglishLaterAsync(dc, english, cancellationToken);

        switch (interruption.Kind)
        {
            case InterruptionKind.Greeting:
                // Just after the bot's own greeting, "Hello again!" reads oddly: a plain hello, then the question.
                dc.Say(interruption.Key ?? (dc.State.Facts.Asked.Count <= 1 && !dc.State.Facts.ResultsSeen ? "greet.reply" : "greet.again"));
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.NotUnderstood when dc.ActiveFrame?.Prompt is { } asked && _messages.Contains("explain." + asked.MessageKey):
                // "i dont understand", "?": the question said again in other words, then the question; not how the bot works.
                dc.Signal("help", asked.Step);
                dc.Say("explain." + asked.MessageKey);
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Help or InterruptionKind.NotUnderstood:
                dc.Signal("help", dc.ActiveFrame?.Prompt?.Step ?? "none");
                dc.Say("help.what");
                dc.Say("help.how");
                dc.Say("help.words");
                dc.Say("help.forget");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Thanks:
                dc.Say("thanks");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Glossary:
                dc.Signal("glossary", interruption.Key!);
                dc.Say(interruption.Key!);
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.UnknownWord:
                // "what does phlebotomist mean": a job's name is no unknown word; the catalogue says what the job is.
                if (await _jobQuestions.AnswerAsync(dc, text, cancellationToken))
                {
                    await dc.RepromptAsync(cancellationToken);
                    break;
                }
                dc.Signal("unmatched", interruption.Key!);
                dc.Say("unknown.word");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.Restart:
                dc.Say("restart.ok");
                await _main.RestartAsync(dc, cancellationToken);
                break;
            case InterruptionKind.Back:
                await BackAsync(dc, cancellationToken);
                break;
            case InterruptionKind.Repeat:
                dc.Signal("help", dc.ActiveFrame?.Prompt?.Step ?? "none");
                dc.Say("repeat.ok");
                await dc.RepromptAsync(cancellationToken);
                break;
            case InterruptionKind.ChangeHours:
                await _main.JumpToAsync(dc, "hours", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangePlace:
                await _main.JumpToAsync(dc, "place", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeInterest:
                await _main.JumpToAsync(dc, "interest", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeQualifications:
                await _main.JumpToAsync(dc, "qualifications", dc.State.Facts.ResultsSeen, cancellationToken);
                break;
            case InterruptionKind.ChangeAnswer:
                await AskWhatToChangeAsync(dc, cancellationToken);
                break;
            default:
                // "is the esol course free", "am i too old for the care certificate" before the results: what the
                // catalogue says of that course, not the general answer about courses.
                var ofACourse = worry is "faq.course_cost" or "faq.age" && !AtResults(dc) && await _jobQuestions.AnswerAsync(dc, text, cancellationToken);
                var ofAJob = ofACourse || (worry is null && !AtResults(dc) && await _jobQuestions.AnswerAsync(dc, text, cancellationToken));
                if (worry is not null && !ofACourse)
                {
                    await SayOfTheJobAsync(dc, worry, text, cancellationToken);
                    dc.Say(worry);
                    dc.Answered(WithoutWorries(text));
                    KeepOtherLanguage(dc, worry);
                }
                // A question about a job before the results ("what does a porter do?"): answered, then the question
                // again; at the first question the job's words also say what work the resident likes.
                else if (ofAJob && dc.ActiveFrame?.Prompt?.Step != "interest")
                {
                    await dc.RepromptAsync(cancellationToken);
                    break;
                }
                // "how do i apply", "which one pays more" of no job by name, before the results: a short answer, then the
                // question again; the words answer nothing.
                else if (!ofAJob && worry is null && !AtResults(dc) && dc.ActiveFrame?.Prompt is not null
                    && EarlyQuestions.Find(text) is { } early && !(early is "early.results" or "early.course" && dc.State.Facts.ResultsSeen))
                {
                    dc.Signal("question", early);
                    dc.Say(early);
                    await dc.RepromptAsync(cancellationToken);
                    break;
                }
                // A question of their own that nothing above knows ("what happens after i apply"), in the middle of the
                // questions: the question still reads it, as it may be an answer ("can i do part time?"). When it is not,
                // no "Sorry, I did not understand" (that asks for the answer in other words): a short reply, then the
                // question again. Not at "Where do you live?": there the retry says how to give the place.
                var ownQuestion = worry is null && !ofAJob && !AtResults(dc) && dc.ActiveFrame?.Prompt is { Kind: not PromptKind.Place } asking
                    && asking.Step != "interest" && FactReader.MainQuestions.Contains(asking.Step) && EarlyQuestions.Asks(text);
                if (ownQuestion) dc.Answered(text);
                await AnswerAsync(dc, cancellationToken);
                if (ownQuestion && dc.AnswerMissed && !dc.HeardOtherFacts && dc.Replies.Count > 0 && dc.Replies[^1].ExpectsInput)
                {
                    var key = EarlyQuestions.Unknown(text);
                    dc.Signal("question", key);
                    dc.Replies.Insert(dc.Replies.Count - 1, new Reply { Text = _messages.Get(key) });
                }
                break;
        }
        return ConversationAction.None;
    }

    /// <summary>
    /// A question about the conditions of a job ("is it permanent", "do they give training") after the results: what the
    /// catalogue says of the job it points at ("is job 2 permanent") or the one talked about, before the general answer.
    /// That job is then the one talked about.
    /// </summary>
    private async Task SayOfTheJobAsync(DialogContext dc, string worry, string text, CancellationToken cancellationToken)
    {
        var facts = dc.State.Facts;
        if (!CommonQuestions.IsAboutAJob(worry) || !facts.ResultsSeen) return;
        var shown = facts.Shown;
        var job = FollowUpReader.Read(text).Pick is { } pick && (pick == int.MaxValue ? shown.Count : pick) is var k && k >= 1 && k <= shown.Count
            ? shown[k - 1]
            : facts.Current ?? (shown.Count(s => s.Kind == "role") == 1 ? shown.First(s => s.Kind == "role") : null);
        if (job is not { Kind: "role" } || await _search.GetRoleAsync(job.Id, cancellationToken) is not { } role) return;
        dc.State.Facts = facts with { Current = new ShownResult("role", role.Id, role.Title) };
        var lines = JobConditions.For(role, worry, _cards);
        if (lines.Count > 0) dc.Send(new Reply { Text = _messages.Format("about.line", ("title", role.Title), ("line", string.Join(" ", lines))) });
    }

    /// <summary>
    /// A question about a job in a first message: the answer goes after the greeting, before the first question
    /// already on screen. False (nothing said) when the message asks nothing about a job.
    /// </summary>
    private async Task<bool> AnswerJobQuestionFirstAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var question = dc.Replies.FindLastIndex(r => r.ExpectsInput);
        var said = dc.Replies.Count;
        if (question < 0 || !await _jobQuestions.AnswerAsync(dc, text, cancellationToken)) return false;
        var answer = dc.Replies.GetRange(said, dc.Replies.Count - said);
        dc.Replies.RemoveRange(said, answer.Count);
        dc.Replies.InsertRange(question, answer);
        return true;
    }

    /// <summary>
    /// Keeps an English need in the answers (a level said later adds to one said before). The first time, thanks the
    /// resident and says English courses will come with the jobs: <paramref name="beforeQuestion"/> puts that after
    /// the greeting and before the question just asked, so the question (and its buttons) stays last.
    /// </summary>
    private void NoticeEnglish(DialogContext dc, EnglishNeed? english, bool beforeQuestion)
    {
        if (english is null) return;
        var had = dc.State.Answers.English;
        dc.State.Answers = dc.State.Answers with { English = english.Level is null && had is not null ? had : english };
        if (had is not null) return;
        if (!beforeQuestion)
        {
            dc.Say("english.noted");
            return;
        }
        var question = dc.Replies.FindLastIndex(r => r.ExpectsInput);
        dc.Replies.Insert(question >= 0 ? question : dc.Replies.Count, new Reply { Text = _messages.Get("english.noted") });
    }

    /// <summary>
    /// The resident says their English is fine, in a conversation under way: thanks, and no English courses from now
    /// on when a need was noted before ("my english is not good" then "actually my english is ok").
    /// </summary>
    private static void EnglishIsFine(DialogContext dc)
    {
        if (dc.State.Answers.English is null)
        {
            dc.Say("english.fine");
            return;
        }
        dc.State.Answers = dc.State.Answers with { English = null };
        dc.Say("english.fine.no_courses");
    }

    /// <summary>
    /// An English need said in a conversation under way. Once the results are on screen, the thanks comes with the
    /// English course that fits the resident at once (the next searches pair it with the jobs too): said first, or
    /// with a new level. Before the results, only the thanks (<see cref="NoticeEnglish"/>).
    /// </summary>
    private async Task NoticeEnglishLaterAsync(DialogContext dc, EnglishNeed? english, CancellationToken cancellationToken)
    {
        var had = dc.State.Answers.English;
        var atResults = AtResults(dc);
        if (english is null || !atResults || (had is not null && (english.Level is null || english.Level == had.Level)))
        {
            NoticeEnglish(dc, english, beforeQuestion: false);
            return;
        }
        dc.State.Answers = dc.State.Answers with { English = english };
        CourseCard? course;
        try
        {
            course = await _search.EnglishCourseAsync(ProfileBuilder.From(dc.State.Answers), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "English course lookup failed in conversation {ConversationId}", dc.Turn.ConversationId);
            course = null;
        }
        if (course is null)
        {
            if (had is null) dc.Say("english.noted");
            return;
        }
        dc.Send(new Reply { Text = _messages.Get("english.noted.results"), Cards = [_cards.ForCourse(course, dc.State.Answers.Place)] });
        ResultsFollowUps.Explain(dc, "esol");
    }

    /// <summary>
    /// A message in another script says English is new to the resident: English courses come with the jobs, as when
    /// they say so in words. Its reply already points to ESOL, so nothing more is said.
    /// </summary>
    /// <summary>
    /// The text for the question to read, without its worries (<see cref="CommonQuestions.WithoutWorries"/>); but
    /// when the only worry is the resident's own age ("i am 18 years old want care job"), the whole text: the answer
    /// reader keeps the age and takes its words out, and the rest of the clause still answers the question.
    /// </summary>
    private static string WithoutWorries(string text)
    {
        var t = Recognizers.Text.Tokens.Of(text);
        if (Recognizers.Text.AgeReader.Find(t) is { } age)
        {
            var (start, length) = Recognizers.Text.Tokens.Span(t, age.From, age.To);
            var rest = text[..start] + new string(' ', length) + text[(start + length)..];
            if (CommonQuestions.Find(rest) is null) return text;
        }
        return CommonQuestions.WithoutWorries(text);
    }

    private static void KeepOtherLanguage(DialogContext dc, string worry)
    {
        if (worry == CommonQuestions.OtherLanguage && dc.State.Answers.English is null)
            dc.State.Answers = dc.State.Answers with { English = new EnglishNeed() };
    }

    /// <summary>The message without its words about English; empty when nothing else was said ("I speak Urdu").</summary>
    /// <summary>Words that may be left around a wish to learn English and say nothing else ("what next").</summary>
    private static readonly HashSet<string> NextWords = new(StringComparer.Ordinal)
    {
        "next", "then", "after", "afterwards", "step", "higher", "better", "more", "up", "now", "free", "beginner", "beginners",
        "beginer", "beginers", "basic", "start", "starter", "online", "evening", "evenings", "near", "local",
    };

    /// <summary>
    /// At the first question, words about English that ask for a course or class and say nothing else ("i want learn
    /// english", "i have entry 2 english what next"; not "my english is not good") are the resident's answer: English courses are the wish. They stay in
    /// the answer, so the search looks for courses; the need is noted as well. Words of work beside them ("I am
    /// learning English, I want cleaning job") are the answer, as at other questions.
    /// </summary>
    private static bool LearningEnglishIsTheWish(string text, Recognizers.Recognition<EnglishNeed> english, DialogState state)
    {
        var atFirst = state.Stack.Count == 0 || state.Stack[^1].Prompt?.Step == "interest";
        if (!atFirst || !LearningWishes.AsksForCourse(text)) return false;
        var rest = WorkWords.Read(EnglishNeedRecognizer.Without(text, english));
        return rest.Kinds.Count == 0 && rest.Words.All(w => NextWords.Contains(w) || LearningWishes.AsksToLearn(w));
    }

    /// <summary>
    /// At the qualifications question, an English level ("entry 3 english", "esol e2") is the answer: the level the
    /// resident has, kept as a level (the need is noted as well). Taken out, the question was asked again.
    /// </summary>
    private static bool LevelIsTheAnswer(Recognizers.Recognition<EnglishNeed> english, DialogState state) =>
        english.Value?.Level is not null && state.Stack.Count > 0 && state.Stack[^1].Prompt?.Step == "qualifications";

    private static string Answer(string text, Recognizers.Recognition<EnglishNeed> english)
    {
        var rest = EnglishNeedRecognizer.Without(text, english);
        return EnglishNeedRecognizer.SaysNothingMore(rest) ? "" : rest;
    }

    /// <summary>
    /// Runs the active dialog with the turn's answer. An answer to a main question is first read for the other
    /// questions' facts too ("i live in walsall" to "When can you start?"): they are stored, and when the asked
    /// question's own answer is missing the bot says what it noted and asks again.
    /// </summary>
    /// <summary>
    /// The answer to the question on screen: facts it gives for other questions kept first (not for a button that says
    /// nothing else, <see cref="PlainChoices"/>: it holds none), then the question reads it.
    /// </summary>
    private async Task AnswerAsync(DialogContext dc, CancellationToken cancellationToken, bool readFacts = true)
    {
        IReadOnlyList<string> ahead = [];
        // Follow-ups ("What level is your course?") carry their main question's step, and are read the same way.
        if (dc.ActiveFrame?.Prompt is { } prompt && FactReader.MainQuestions.Contains(prompt.Step))
        {
            // A place on the list ("the first", "2nd", "number 3") picks a button: no date or hours to read in it.
            if (readFacts && !PicksAButton(prompt, dc.Turn)) ahead = StoreOtherFacts(dc, prompt.Step);
        }
        // The results menu is no main question: new facts there search again.
        else if (await NewFactsAtResultsAsync(dc, cancellationToken))
        {
            return;
        }
        await dc.ContinueDialogAsync(cancellationToken);
        if (dc.AnswerMissed)
        {
            FactNotes.SayAhead(dc, ahead);
            await dc.RepromptAsync(cancellationToken);
        }
    }

    /// <summary>Words that want a least pay: "over", "more than", "at least", "only", "i want", "paying".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:over|above|more than|at least|min|minimum|only|just|i want|i need|i would like|id like|paying|that pay|which pay|pays? over|pays? at least|or more|plus)\b")]
    private static partial System.Text.RegularExpressions.Regex PayWished();

    /// <summary>The whole answer points at a place in the question's list (see <see cref="ListPick"/>).</summary>
    private static bool PicksAButton(PromptSpec prompt, Turn turn) =>
        prompt.Choices.Count > 0 && ListPick.Read(turn.Text, prompt.Choices.Count) is { Several: false } pick
        && (pick.Explicit || (turn.ChoicesNumbered && pick.Index >= 0));

    /// <summary>Facts the answer gives for other questions, kept; the questions they answer, said back when the answer is missed.</summary>
    private IReadOnlyList<string> StoreOtherFacts(DialogContext dc, string step)
    {
        var heard = _facts.Read(dc.Turn.Text, step, dc.Turn.LocalTime);
        FactNotes.StoreWorkplace(dc, heard.Employer);
        if (!heard.Any) return [];
        // Only on a turn with facts for other questions: whether they told anything not held before.
        var before = System.Text.Json.JsonSerializer.Serialize(dc.State.Answers, DialogStateJsonContext.Default.CareerAnswers);
        var ahead = FactNotes.Store(dc, heard);
        dc.HeardOtherFacts = true;
        dc.HeardNewFacts = before != System.Text.Json.JsonSerializer.Serialize(dc.State.Answers, DialogStateJsonContext.Default.CareerAnswers);
        return ahead;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:can|could|may) i\b|^(?:is|are|do|does|did|what|when|which|how|will it|would it)\b")]
    private static partial System.Text.RegularExpressions.Regex AsksAboutShown();

    /// <summary>Words that want hours or times, not ask about them: "only", "just", "what about", "i want", "i can only".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:only|just)\b|^(?:ok |so |and |but )?(?:what|how) about\b|\bi (?:want|wanna|would like|prefer|need|can do|can work|can only)\b|\b(?:any|show me|find me|are there|is there)\b(?! (?:it|this|that)\b)")]
    private static partial System.Text.RegularExpressions.Regex HoursWish();

    /// <summary>"are any of them part time", "which ones do evenings": a question over the jobs on screen, not a wish.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bof (?:them|these|those|the jobs)\b|^(?:(?:ok|so|and|but) )?(?:which|wich|witch|whitch)\b")]
    private static partial System.Text.RegularExpressions.Regex OfTheShown();

    /// <summary>Times of day the results' reader leaves in the words ("evenings"): with "only" or "what about", times wanted.</summary>
    private static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal)
    {
        "evening", "evenings", "morning", "mornings", "afternoon", "afternoons", "daytime", "daytimes", "weekday", "weekdays", "eve", "evenin",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:miles?|km|kilometres?|kilometers?)\b")]
    private static partial System.Text.RegularExpressions.Regex MilesSaid();

    /// <summary>
    /// At the results menu, a new place, distance, hours or times of work ("can you look in Coventry instead",
    /// "10 miles", "i can do nights now") changes that answer, says so, and searches again with it. Not while the
    /// menu waits for the answer to its own question ("Which job?", "What do you want to change?").
    /// </summary>
    private async Task<bool> NewFactsAtResultsAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveFrame?.Prompt is not { Kind: PromptKind.Results } || dc.State.Stack.Count < 2) return false;
        if (dc.State.Stack[^2] is not { DialogId: ResultsDialog.DialogId, Values.Purpose: null }) return false;
        // A question about a job ("what hours is the porter job", "where is it") is the results dialog's to answer.
        var followUp = FollowUpReader.Read(dc.Turn.Text);
        var n = PromptWords.Normalise(dc.Turn.Text);
        // Hours or times wanted, of no job in particular: "only part time ones", "what about weekends", "i can only
        // do nights". Not a question about the jobs ("is it full time?", "shift is night?", "what hours").
        // "what about evenings only": times of day are a course's study times to the reader, and stay in its words.
        var hoursWish = (followUp.Topic == JobTopic.Hours || (followUp.Topic == JobTopic.None && followUp.CourseTopic == JobTopic.Study))
            && followUp.Words.All(TimesOfDay.Contains) && !followUp.MeansCurrent
            && HoursWish().IsMatch(n) && !OfTheShown().IsMatch(n);
        // Pay wanted, of no job in particular: "only jobs over £13 an hour", "i want at least 25k". Not "how much is job 2".
        // ("£13 an hour" is a pay, though "hour" asks of hours to the follow-up reader.)
        var payHeard = n.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && !followUp.MeansCurrent && followUp.Pick is null
            && PayWished().IsMatch(n) && !OfTheShown().IsMatch(n) ? _facts.Read(dc.Turn.Text, "results", dc.Turn.LocalTime) : null;
        var payWish = payHeard is { Pay.MinYearly: not null };
        if ((followUp.Topic != JobTopic.None && !hoursWish && !payWish) || followUp.Pick is not null || ShownJobs.PointsAtOne(n)) return false;
        // A question about a course or job on screen ("can i go in the evening", "is 2 daytime or evening") too.
        if (AsksAboutShown().IsMatch(n) && !hoursWish && !payWish) return false;
        var heard = payHeard ?? _facts.Read(dc.Turn.Text, "results", dc.Turn.LocalTime);
        // A distance only in miles or km here: "no driving" says what work is not wanted, not how they travel.
        if (heard.MaxMiles is not null && !MilesSaid().IsMatch(PromptWords.Normalise(dc.Turn.Text))) heard = heard with { MaxMiles = null };
        if (heard.Place is null && heard.MaxMiles is null && heard.Hours is null && heard.Times is null && heard.Pay is not { MinYearly: not null }) return false;
        // Only what changes the search: a start date or a level said with it is kept too, as anywhere else.
        FactNotes.Store(dc, heard);
        dc.CancelAll();
        dc.State.Facts = dc.State.Facts with { ReturnToResults = false, ResultsOffset = 0 };
        dc.State.Stack.Add(new DialogFrame { DialogId = MainDialog.DialogId, Step = 8 });
        await dc.BeginDialogAsync(ResultsDialog.DialogId, cancellationToken);
        return true;
    }

    /// <summary>"Which answer do you want to change?", with the answers as buttons; the results follow the change.</summary>
    private async Task AskWhatToChangeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.CancelAll();
        dc.State.Stack.Add(new DialogFrame { DialogId = MainDialog.DialogId, Step = 8 });
        dc.State.Stack.Add(new DialogFrame { DialogId = ResultsDialog.DialogId, Values = new FrameValues { Purpose = "change" } });
        await dc.PromptAsync(new Questions(_messages).ChangeWhich(), cancellationToken);
    }

    private async Task BackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // At the results the last question may have been told by an earlier answer and be skipped again (the results came
        // back unchanged): which answer to change, with buttons.
        if (AtResults(dc))
        {
            await AskWhatToChangeAsync(dc, cancellationToken);
            return;
        }
        var asked = dc.State.Facts.Asked;
        var activeStep = dc.ActiveFrame?.Prompt?.Step;
        if (asked.Count == 0)
        {
            dc.Say("back.first");
            await dc.RepromptAsync(cancellationToken);
            return;
        }
        // In a follow-up question, or at the results: back to the last main question.
        var target = activeStep == asked[^1] ? (asked.Count >= 2 ? asked[^2] : null) : asked[^1];
        if (target is null)
        {
            dc.Say("back.first");
            await dc.RepromptAsync(cancellationToken);
            return;
        }
        await _main.JumpToAsync(dc, target, returnToResults: false, cancellationToken);
    }

    /// <summary>The results are on screen and their menu (or a question about them) is waiting.</summary>
    private static bool AtResults(DialogContext dc) =>
        dc.State.Facts.ResultsSeen && dc.State.Stack.Exists(f => f.DialogId == ResultsDialog.DialogId);

    private static TurnOutcome Outcome(DialogContext dc, ConversationAction action)
    {
        OneQuestionOnce(dc.Replies);
        return new()
        {
            Replies = dc.Replies,
            State = DialogStateSerializer.Write(dc.State),
            Signals = dc.Signals,
            Action = action,
        };
    }

    /// <summary>
    /// A question asked twice in one turn (a first message that did not answer it: the greeting asks it, then the
    /// reply to the message asks it again) is shown once, the last time, after what was said about the message.
    /// </summary>
    private static void OneQuestionOnce(List<Reply> replies)
    {
        var last = replies.FindLastIndex(r => r.ExpectsInput);
        if (last <= 0) return;
        var first = replies.FindIndex(r => r.ExpectsInput && r.Text == replies[last].Text);
        if (first >= 0 && first < last) replies.RemoveAt(first);
    }

    /// <summary>The turn's text; for a card submit with no text, its "text" or "value" field. At most 2,000 characters.</summary>
    private static string TextOf(Turn turn)
    {
        var text = Capped(turn.Text);
        if (text.Length > 0 || string.IsNullOrWhiteSpace(turn.ValueJson)) return text;
        try
        {
            using var doc = JsonDocument.Parse(turn.ValueJson);
            if (doc.RootElement.ValueKind == JsonValueKind.String) return Capped(doc.RootElement.GetString());
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in new[] { "text", "value", "choice", "action" })
                {
                    if (doc.RootElement.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                        return Capped(p.GetString());
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON we understand, or a string with a broken surrogate escape (found by the fuzz test): no text.
        }
        return "";
    }

    private static string Capped(string? raw)
    {
        var text = PromptWords.Clean(raw ?? "").Trim();
        return text.Length > 2000 ? text[..2000] : text;
    }
}

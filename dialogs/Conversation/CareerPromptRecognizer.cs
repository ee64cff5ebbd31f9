using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Messages;
using CareerBot.Dialogs.Recognizers;
using CareerBot.Dialogs.Recognizers.Text;
using CareerBot.SearchIndex.Index;
using CareerBot.SearchIndex.Places;
using CareerBot.SearchIndex.Query;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Understands answers for every prompt kind: buttons first (label, number, other words), then the
/// recognisers, then (for the kind of work) the catalogue itself.
/// </summary>
public sealed partial class CareerPromptRecognizer(
    ICatalogueSearch search, IReadOnlyList<KnownPlace> places, MessageCatalogue messages) : IPromptRecognizer
{
    /// <summary>Below this a recogniser's answer is confirmed with the resident.</summary>
    public const double ConfirmBelow = 0.7;

    private readonly ChoiceRecognizer _choice = new();
    private readonly YesNoRecognizer _yesNo = new();
    private readonly NumberRecognizer _number = new();
    private readonly HoursRecognizer _hours = new();
    private readonly AvailabilityRecognizer _availability = new();
    private readonly StartDateRecognizer _start = new();
    private readonly QualificationRecognizer _qualifications = new();
    private readonly PlaceRecognizer _place = new(places);
    private readonly PlaceFinder _placeFinder = new(places);
    private readonly FactReader _facts = new(places);

    public Task<PromptRecognition> RecogniseAsync(PromptSpec spec, Turn turn, DialogState state, CancellationToken cancellationToken) =>
        RecogniseAsync(spec, turn, readLoneNumber: true, cancellationToken, state?.Answers.Place, state?.Answers.InterestText);

    // wishText: the resident's words for what they want. A ticket named there ("i want to do the care certificate") is
    // wanted, so said alone at the qualifications question it is not taken as held.
    private async Task<PromptRecognition> RecogniseAsync(PromptSpec spec, Turn turn, bool readLoneNumber, CancellationToken cancellationToken, PlaceAnswer? home = null, string? wishText = null)
    {
        var text = turn.Text ?? "";
        // The answer normalised once for this turn (lower case, letters and digits, single spaces).
        var n = PromptWords.Normalise(text);
        if (n.Length == 0) return PromptRecognition.None;
        // A number alone where the buttons show without numbers: see LoneNumberAsync. Where they are numbered, a
        // number in range is the button of that number ("2 please" as "2"; bare digits are read so by each kind below).
        // A place in the list said in other ways ("number 4", "the second one", "(2)", "the last one") is that button on any
        // channel; a number alone is, where the buttons are numbered. Off the list, or two places: say which numbers there are.
        var offList = false;
        if (readLoneNumber && spec.Choices.Count > 0 && spec.Kind != PromptKind.Results && ListPick.Read(text, spec.Choices.Count) is { } pick
            && (pick.Explicit || turn.ChoicesNumbered) && !(spec.Kind == PromptKind.StartDate && !pick.Listed))
        {
            if (pick.Index >= 0 && !pick.Several)
            {
                if (await PressAsync(spec, turn, pick.Index, cancellationToken) is { } picked) return PromptRecognition.Of(picked);
            }
            else if (pick.Several || pick.Explicit) return OffList(spec, pick.Several);
            // "20" at "How many hours?", "5" at the GCSE grade: the question's own answer, when it reads one.
            else offList = true;
        }
        if (readLoneNumber && spec.Choices.Count > 0 && spec.Kind != PromptKind.Results && LoneNumber(text) is { } lone)
        {
            if (!turn.ChoicesNumbered && await LoneNumberAsync(spec, turn, lone, cancellationToken) is { } read)
                return read;
            if (turn.ChoicesNumbered && PromptWords.BareNumber(text) is null && lone >= 1 && lone <= spec.Choices.Count
                && await PressAsync(spec, turn, lone - 1, cancellationToken) is { } pressed)
                return PromptRecognition.Of(pressed);
        }
        var heard = await RecogniseKindAsync(spec, turn, text, n, home, wishText, cancellationToken);
        if (offList && heard.Answer is null) return OffList(spec, several: false);
        // "i want porter job" to one of the easy questions for a resident not sure what work they like: the work is
        // named now, so the easy questions end with it.
        if (heard.Answer is null && spec.Step == Questions.NotSureStep && FactReader.WorkWished(text) is { } wish)
            return PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Interest, Text = text, Choice = wish.Kinds[0], Words = wish.Text });
        return heard;
    }

    private async Task<PromptRecognition> RecogniseKindAsync(PromptSpec spec, Turn turn, string text, string n, PlaceAnswer? home, string? wish, CancellationToken cancellationToken)
    {
        return spec.Kind switch
        {
            PromptKind.YesNo => YesNo(text, n, grades: spec.MessageKey == Questions.GcseGradeKey),
            PromptKind.Choice => Choice(spec, text, n),
            PromptKind.Number => Number(spec, text),
            PromptKind.Text => PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Text, Text = text.Trim() }),
            PromptKind.Interest => await InterestAsync(spec, text, n, turn.LocalTime, cancellationToken),
            PromptKind.Qualification => Qualification(spec, text, n, wish),
            PromptKind.Hours => Hours(spec, text, n),
            PromptKind.Times => Times(spec, text, n),
            PromptKind.StartDate => Start(spec, text, n, turn.LocalTime),
            PromptKind.Place => PickChoice(spec.Choices, text, n) is { Index: >= 0, Sure: true } pick && spec.Choices[pick.Index].Value == "skip"
                ? PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Place, Text = text, Skipped = true })
                : Place(text),
            PromptKind.Miles => Miles(spec, text, n, home),
            PromptKind.Results => Results(spec, text, n),
            _ => PromptRecognition.None,
        };
    }

    /// <summary>"Please type a number from 1 to 4": a place off the list ("7", "number 9"), or more than one ("2 and 3").</summary>
    private static PromptRecognition OffList(PromptSpec spec, bool several) =>
        PromptRecognition.AskAgain(several ? "list.one" : "list.off", notAMiss: true,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["count"] = spec.Choices.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Polite words that may follow a number typed alone ("3 pls", "20 please").</summary>
    private static readonly string[] Polite = ["please", "pls", "plz", "plse", "thanks", "thank", "you", "thx", "ta"];

    /// <summary>A whole number typed alone, maybe with a polite word: "3", "3 pls", "two", " 20. "; else null.
    /// Not "3 miles", "option 3" or "the third one": those say what they mean.</summary>
    internal static int? LoneNumber(string? text)
    {
        var t = Tokens.Of(text);
        if (t.Count == 0 || NumberWords.Cardinal(t, 0) is not { } number) return null;
        if (number.Min != number.Max || number.Approximate || !decimal.IsInteger(number.Min) || number.Min is < 0 or > 10_000) return null;
        for (var i = number.Next; i < t.Count; i++)
            if (!t[i].IsSymbol && !t[i].IsAny(Polite)) return null;
        return (int)number.Min;
    }

    /// <summary>
    /// A number typed alone where the buttons show without numbers: the resident may not mean the button of that
    /// number. A number that is the question's own kind of answer (miles, hours) is that answer; when a button is
    /// also in that place and means something else, both are offered ("3 miles" or "Up to 10 miles"). At other
    /// questions a number that is in one button's words ("Level 2") is that button, and asked about when another
    /// button is in that place. Null: the number is the button in that place, as where buttons are numbered.
    /// </summary>
    private async Task<PromptRecognition?> LoneNumberAsync(PromptSpec spec, Turn turn, int number, CancellationToken cancellationToken)
    {
        var text = turn.Text ?? "";
        var place = number >= 1 && number <= spec.Choices.Count ? number - 1 : -1;
        if (OwnNumber(spec.Kind, number, text) is { } own)
        {
            if (place < 0) return PromptRecognition.Of(own.Answer);
            var button = spec.Choices[place];
            if (button.Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture)) return null;
            return await PressAsync(spec, turn, place, cancellationToken) is { } pressed
                ? PromptRecognition.Either(own.Answer, own.Description, pressed, button.Label)
                : null;
        }
        var named = -1;
        for (var i = 0; i < spec.Choices.Count; i++)
        {
            if (!HasNumber(spec.Choices[i].Label, number)) continue;
            if (named >= 0) return null; // in the words of two buttons: the place decides
            named = i;
        }
        if (named < 0 || named == place) return null;
        if (await PressAsync(spec, turn, named, cancellationToken) is not { } byName) return null;
        if (place < 0) return PromptRecognition.Of(byName);
        return await PressAsync(spec, turn, place, cancellationToken) is { } byPlace
            ? PromptRecognition.Either(byName, spec.Choices[named].Label, byPlace, spec.Choices[place].Label)
            : null;
    }

    /// <summary>The answer a button gives, as if its label were typed; null when that is not a sure answer.</summary>
    private async Task<PromptAnswer?> PressAsync(PromptSpec spec, Turn turn, int index, CancellationToken cancellationToken)
    {
        var heard = await RecogniseAsync(spec, turn with { Text = spec.Choices[index].Label }, readLoneNumber: false, cancellationToken);
        return heard is { Answer: { } answer, NeedsConfirmation: false } ? answer with { Text = turn.Text ?? "" } : null;
    }

    /// <summary>A number as the question's own kind of answer: miles to "How far can you travel?", hours a week.</summary>
    private (PromptAnswer Answer, string Description)? OwnNumber(PromptKind kind, int number, string text) => kind switch
    {
        PromptKind.Miles when number is >= 1 and <= 200 => (
            new PromptAnswer { Kind = kind, Text = text, Number = new NumberRange(number, number) },
            number == 1 ? messages.Get("describe.miles.one")
                : messages.Format("describe.miles", new Dictionary<string, string> { ["miles"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
        PromptKind.Hours when number is >= 1 and <= 80 => (
            new PromptAnswer { Kind = kind, Text = text, Hours = new WeeklyHours(number, number) },
            Describe(new WeeklyHours(number, number))),
        _ => null,
    };

    /// <summary>True when <paramref name="label"/> has <paramref name="number"/> as a word of its own ("Level 2").</summary>
    private static bool HasNumber(string label, int number)
    {
        var t = Tokens.Of(label);
        for (var i = 0; i < t.Count; i++)
            if (NumberWords.Cardinal(t, i) is { } found && found.Min == number && found.Max == number) return true;
        return false;
    }

    /// <summary>Yes or no; at the GCSE grade question (<paramref name="grades"/>) also a grade said ("5", "a C", see <see cref="GcseGrades"/>).</summary>
    private PromptRecognition YesNo(string text, string n, bool grades)
    {
        bool? fast = n switch
        {
            "yes" or "y" or "1" => true,
            "no" or "n" or "2" => false,
            _ => null,
        };
        // The buttons' numbers stay buttons; any other number at the grade question is a grade.
        if (fast is null && grades) fast = GcseGrades.Passed(n);
        if (fast is { } f) return PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.YesNo, Text = text, YesNo = f });
        // "only english", "just maths": one of the two passed, so not both; which one is kept.
        if (grades && GcseGrades.OnlyOne(n) is { } subject)
            return PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.YesNo, Text = text, YesNo = false, Choice = subject });
        var heard = _yesNo.Recognise(text);
        // "maybe", "not sure": neither answer, so ask again with the buttons.
        if (!heard.Succeeded || heard.Alternatives.Contains(!heard.Value)) return PromptRecognition.None;
        var answer = new PromptAnswer { Kind = PromptKind.YesNo, Text = text, YesNo = heard.Value };
        return heard.IsAmbiguous || heard.Confidence < ConfirmBelow
            ? PromptRecognition.Unsure(answer, messages.Get(heard.Value ? MessageKeys.ButtonYes : MessageKeys.ButtonNo))
            : PromptRecognition.Of(answer);
    }

    /// <summary>Index of the picked choice: exact label, value or other word, or its number; then the fuzzy recogniser.</summary>
    /// <param name="choices">The buttons.</param>
    /// <param name="text">What the resident typed.</param>
    /// <param name="n">The same, normalised (<see cref="PromptWords.Normalise"/>).</param>
    private (int Index, bool Sure) PickChoice(IReadOnlyList<PromptChoice> choices, string text, string n)
    {
        if (choices.Count == 0) return (-1, false);
        if (PromptWords.BareNumber(text) is { } number)
            return number >= 1 && number <= choices.Count ? (number - 1, true) : (-1, false);
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            if (n == PromptWords.NormaliseKnown(c.Label) || n == PromptWords.NormaliseKnown(c.Value) || IsKnownWord(c.Synonyms, n))
                return (i, true);
        }
        var options = new List<ChoiceOption>(choices.Count);
        foreach (var c in choices) options.Add(new ChoiceOption(c.Label, c.Value, c.Synonyms));
        var heard = _choice.Recognise(text, options);
        if (!heard.Succeeded || heard.Value < 0 || heard.Value >= choices.Count) return (-1, false);
        return (heard.Value, !heard.IsAmbiguous && heard.Confidence >= ConfirmBelow);
    }

    /// <summary>True when one of the bot's <paramref name="words"/> normalises to <paramref name="n"/>.</summary>
    private static bool IsKnownWord(IReadOnlyList<string>? words, string n)
    {
        if (words is null) return false;
        for (var i = 0; i < words.Count; i++)
            if (PromptWords.NormaliseKnown(words[i]) == n) return true;
        return false;
    }

    private PromptRecognition Choice(PromptSpec spec, string text, string n)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        // "Which job do you mean?" after the results: anything but a sure button is the resident's own follow-up
        // ("how do I apply", "more jobs", "the senior one"), which the results dialog reads as it does at its menu.
        if (spec.Step == Questions.ResultsStep && (index < 0 || !sure))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text.Trim(), Choice = SaidChoice });
        if (index < 0) return PromptRecognition.None;
        var choice = spec.Choices[index];
        var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Choice = choice.Value };
        return sure ? PromptRecognition.Of(answer) : PromptRecognition.Unsure(answer, choice.Label);
    }

    private PromptRecognition Number(PromptSpec spec, string text)
    {
        NumberRange? range = PromptWords.BareNumber(text) is { } n ? new NumberRange(n, n) : null;
        var approximate = false;
        if (range is null)
        {
            var heard = _number.Recognise(text);
            if (!heard.Succeeded || heard.Value is null) return PromptRecognition.None;
            range = heard.Value;
            approximate = heard.IsAmbiguous || heard.Confidence < ConfirmBelow;
        }
        if ((spec.Min is { } min && range.Min < min) || (spec.Max is { } max && range.Max > max)) return PromptRecognition.None;
        var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Number = range };
        return approximate ? PromptRecognition.Unsure(answer, range.IsSingle ? $"{range.Min:0.##}" : $"{range.Min:0.##} - {range.Max:0.##}") : PromptRecognition.Of(answer);
    }

    private async Task<PromptRecognition> InterestAsync(PromptSpec spec, string text, string n, DateTimeOffset localNow, CancellationToken cancellationToken)
    {
        var heard = await InterestWordsAsync(spec, text, n, localNow, cancellationToken);
        // "my husband wants a porter job": the work is for someone else, which the bot says back with the work.
        if (heard.Answer is { } forOther && WorkWords.Read(text).ForSomeone is { } who)
            heard = heard with { Answer = forOther with { ForSomeone = who } };
        // The wish as the resident said it ("helping old people and cooking"), to say back whole.
        if (heard.Answer is { Words: { } words } answer && words.Contains(' ', StringComparison.Ordinal)
            && WishPhrase.Of(_facts.Read(text, "interest", localNow).Rest, words) is { } phrase)
            return heard with { Answer = answer with { Phrase = phrase } };
        return heard;
    }

    private async Task<PromptRecognition> InterestWordsAsync(PromptSpec spec, string text, string n, DateTimeOffset localNow, CancellationToken cancellationToken)
    {
        if (InterestKinds.NotSureWords.Contains(n))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = InterestKinds.NotSure });
        if (InterestKinds.MoreWords.Contains(n) || PromptWords.AsksForMore(n))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = InterestKinds.More });

        if (InterestKinds.UnsureCareWords.Contains(n))
            return PromptRecognition.Unsure(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "care" }, messages.Get("describe.paid_care"));

        // A button press (its label, value or number) says nothing more than the kind; typed words also go to the search.
        if (PromptWords.BareNumber(text) is { } number && number >= 1 && number <= spec.Choices.Count)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[number - 1].Value });
        foreach (var kind in InterestKinds.All)
        {
            if (n == PromptWords.NormaliseKnown(messages.Get(kind.ButtonKey)))
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = kind.Key });
            if (n == kind.Key)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = kind.Key });
        }

        // "how old are you": a question to the bot as a person, whose words ("old") would name work.
        if (OffTopic.AsksAboutTheBot(text))
            return PromptRecognition.AskAgain("interest.off_topic", notAMiss: false);
        // Only the words about the work: the hours, place and so on in the same answer are stored on their own.
        var heard = _facts.Read(text, "interest", localNow);
        var words = heard.Rest;
        // A ticket held as the whole answer ("i got my forklift licence", "food hygiene certificate"): noted as held,
        // and the work it is for is the wish, so the question is not asked again.
        if (TicketWork.For(heard.Qualifications) is { } work
            && WorkWords.Read(words) is { Words.Count: 0, NotWords.Count: 0, NotSure: false, FamilyCarer: false }) words = work;
        var w = PromptWords.Normalise(words);
        // "i live near the city centre": a home with no town, and no work; the place is asked later, as usual.
        if (w.Length == 0)
            return heard.VagueHome ? PromptRecognition.AskAgain("interest.place_later", notAMiss: true)
                // "asda", "can i work at tesco": a shop, which the bot has said it has no jobs for; which work, then?
                : heard.Employer is { Kind: EmployerKind.Shop } ? PromptRecognition.AskAgain("interest.which_kind", notAMiss: true)
                : PromptRecognition.None;
        // The whole answer is a button's label or one of its words ("cleaning", "office work").
        var (index, sure) = PickChoice(spec.Choices, words, w);
        if (index >= 0 && sure && Exact(spec.Choices, words, w))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value, Words = Typed(spec.Choices[index], words, w) });
        // "lorry driver", "police officer": a job's name with a word before it that none of our jobs has. A word the
        // catalogue knows ("lorry") finds near jobs (drivers), said to be no such job; one it does not ("police") none.
        if (!LearningWishes.AsksToLearn(words) && WorkWords.Read(words) is var early && NoSuchJob.MayBePhrase(early) && await PhraseNoJobAsync(early, words, cancellationToken) is { } phrase)
        {
            return phrase.Known
                ? PromptRecognition.Of(new PromptAnswer
                {
                    Kind = spec.Kind, Text = text, Choice = early.Kinds.Count == 1 ? early.Kinds[0] : InterestKinds.Free, Words = early.Text,
                    NoJobFor = phrase.Phrase, NotKinds = early.NotKinds, NotWords = early.NotWords,
                })
                : PromptRecognition.AskAgain("interest.no_jobs", notAMiss: false, new Dictionary<string, string> { ["words"] = phrase.Phrase }, [phrase.Phrase]);
        }
        foreach (var kind in InterestKinds.All)
        {
            if (w == PromptWords.NormaliseKnown(messages.Get(kind.ButtonKey)) || IsKnownWord(kind.Synonyms, w))
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = kind.Key, Words = words });
        }

        // A sentence: only its words about the work count (see WorkWords for the rules).
        var wish = WorkWords.Read(words);
        if (wish.NotOurs is not null) return await NearestToNotOursAsync(spec, text, wish, cancellationToken);
        var notKinds = wish.NotKinds;
        // "i want to be a doctor": a job the catalogue only speaks of, and has none of. Said plainly; the words still
        // find the nearest jobs we have (a GP receptionist), whose cards say how they link to it.
        if (wish.JobNouns.Count > 0 && await NoJobForAsync(wish, cancellationToken) is { } missing)
            return PromptRecognition.Of(new PromptAnswer
            {
                Kind = spec.Kind, Text = text, Choice = wish.Kinds.Count == 1 ? wish.Kinds[0] : InterestKinds.Free, Words = wish.Text,
                NoJobFor = missing, NotKinds = notKinds, NotWords = wish.NotWords,
            });
        if (wish.Words.Count == 0)
        {
            if (wish.FamilyCarer)
                return PromptRecognition.Unsure(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "care" }, messages.Get("describe.paid_care"));
            // "anything but cleaning", "not care work": all kinds of work but those.
            if (notKinds.Count > 0 || wish.NotWords.Count > 0)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = InterestKinds.Any, NotKinds = notKinds, NotWords = wish.NotWords });
            if (wish.NotSure)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = InterestKinds.NotSure });
            // "kaam", "i want munca": words of another language, and none of work in English; say plainly we read English.
            if (wish.Foreign > 0) return PromptRecognition.AskAgain(CommonQuestions.OtherLanguage, notAMiss: false);
            // "hello there": no answer, and no miss either. "I need a job": yes, but which kind? "what time is it?":
            // what we help with. Else: not understood.
            // "a job for my wife": work for someone else, of a kind not said yet.
            if (wish.ForSomeone is { } who)
                return PromptRecognition.AskAgain("interest.for_someone", notAMiss: true, new Dictionary<string, string> { ["who"] = who });
            return wish.Greeting ? PromptRecognition.AskAgain("greet.reply", notAMiss: true)
                : wish.WantsWork ? PromptRecognition.AskAgain("interest.which_kind", notAMiss: false)
                : OffTopic.IsQuestionNamingNoWork(text) ? PromptRecognition.AskAgain("interest.off_topic", notAMiss: false)
                : PromptRecognition.None;
        }
        // "i want to do an nvq in care", "need to get qualified": the words that say it is a wish to learn are no words
        // of work, so the work's words alone do not say it; the words are kept whole, for the search to find courses.
        // So too "i need esol and a cleaning job": the word "job" says a job is wanted as well as the course.
        var said = LearningWishes.AsksToLearn(words) && (!LearningWishes.AsksToLearn(wish.Text) || LearningWishes.AsksForJobToo(words)) ? words : wish.Text;
        var kindAnswer = wish.Kinds.Count == 1
            ? new PromptAnswer { Kind = spec.Kind, Text = text, Choice = wish.Kinds[0], Words = said, Respelt = wish.Respelt && said == wish.Text, NotKinds = notKinds, NotWords = wish.NotWords }
            : null;
        // A kind's word spelt right here ("hospitle"): the search may spell the others right too ("poter").
        if (kindAnswer is not null && !(wish.Respelt && said == wish.Text)) return PromptRecognition.Of(kindAnswer);

        // Free words: fine when the catalogue knows at least one of them.
        var results = await search.SearchAsync(new SearchProfile
        {
            Text = said, Limit = 1, ExcludedFamilies = WorkWords.ExcludedFamilies(notKinds, null),
        }, cancellationToken);
        // Fine when one of them names work: not an everyday word the catalogue only uses to describe a job ("made", "big").
        // A wish to learn names no work, and needs none: "improve my reading and writing" finds its courses.
        if (results.Total > 0 && results.UnmatchedWords.Count < wish.Words.Count && (results.WorkWords.Count > 0 || LearningWishes.AsksToLearn(said)))
        {
            // Words the search spelt right ("portar", "farmacy"): kept as spelt right, and read again for a kind of work.
            var respelt = Respelt(said, results.Corrections) ?? (kindAnswer is not null ? said : null);
            if (respelt is not null)
            {
                var again = WorkWords.Read(respelt);
                if (again.Kinds.Count == 1 && !notKinds.Contains(again.Kinds[0]))
                    return PromptRecognition.Of(new PromptAnswer
                    {
                        Kind = spec.Kind, Text = text, Choice = again.Kinds[0], Words = respelt, Respelt = true, NotKinds = notKinds, NotWords = wish.NotWords,
                    });
                said = respelt;
            }
            var free = new PromptAnswer
            {
                Kind = spec.Kind, Text = said, Choice = InterestKinds.Free, Words = said, Respelt = respelt is not null, Unmatched = results.UnmatchedWords,
                NotKinds = notKinds, NotWords = wish.NotWords, WorkWords = results.WorkWords,
            };
            return new PromptRecognition { Answer = free, Unmatched = results.UnmatchedWords };
        }
        if (kindAnswer is not null) return PromptRecognition.Of(kindAnswer);
        // A kind's word with a typo the catalogue could not fix ("wherehouse").
        if (WorkWords.KindWordByTypo(wish.Words) is { } typo && !notKinds.Contains(typo.Kind))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = typo.Kind, Words = typo.Word, NotKinds = notKinds, NotWords = wish.NotWords });
        var (near, _) = PickChoice(spec.Choices, said, PromptWords.Normalise(said));
        if (near >= 0 && !notKinds.Contains(spec.Choices[near].Value))
        {
            var choice = spec.Choices[near];
            return PromptRecognition.Unsure(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = choice.Value, Words = Typed(choice, said, PromptWords.Normalise(said)), NotKinds = notKinds, NotWords = wish.NotWords }, choice.Label);
        }
        if (wish.FamilyCarer)
            return PromptRecognition.Unsure(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "care" }, messages.Get("describe.paid_care"));
        // Words none of which is English ("hola quiero trabajo", "szukam pracy"): another language; we read English only.
        if (wish.Words.Count(w => w.Length > 1) + wish.Foreign >= 2 && !wish.Words.Any(w => w.Length > 1 && EnglishWords.IsWord(w)))
            return PromptRecognition.AskAgain(CommonQuestions.OtherLanguage, notAMiss: false);
        // A question about something else ("whats the weather like", "who made you"): say what we help with.
        if (OffTopic.IsQuestionNamingNoWork(text))
            return PromptRecognition.AskAgain("interest.off_topic", notAMiss: false);
        // Work done before that we have no jobs like ("before i work in factory"): no wish for it was said; which work, then?
        if (wish.OnlyPast) return PromptRecognition.AskAgain("interest.which_kind", notAMiss: false);
        // A job we do not have ("hairdresser"): say so, with the words; a long message is just not understood.
        return wish.Words.Count <= 3
            ? PromptRecognition.AskAgain("interest.no_jobs", notAMiss: false, new Dictionary<string, string> { ["words"] = said }, results.UnmatchedWords)
            : new PromptRecognition { Unmatched = results.UnmatchedWords };
    }

    /// <summary>The job the resident wants to be that the catalogue has none of (see <see cref="NoSuchJob"/>), or null.</summary>
    /// <summary>A job's name with a word before it that none of our jobs has (see <see cref="NoSuchJob.Phrase"/>), or null.</summary>
    private async Task<(string Phrase, bool Known)?> PhraseNoJobAsync(WorkWish wish, string typed, CancellationToken cancellationToken) =>
        NoSuchJob.Phrase(wish, await search.SearchAsync(new SearchProfile { Text = wish.Text, Limit = 10 }, cancellationToken), typed);

    private async Task<string?> NoJobForAsync(WorkWish wish, CancellationToken cancellationToken) =>
        NoSuchJob.For(wish, await search.SearchAsync(new SearchProfile { Text = wish.Text, Limit = 1 }, cancellationToken));

    /// <summary>The words with the search's spelling fixes in them ("portar job" is "porter job"); null when none was made.</summary>
    private static string? Respelt(string words, IReadOnlyList<SpellingFix> fixes)
    {
        var padded = " " + words + " ";
        foreach (var fix in fixes)
        {
            var typed = PromptWords.Normalise(fix.Typed);
            var used = PromptWords.Normalise(fix.Used);
            if (typed.Length > 0 && used.Length > 0 && typed != used)
                padded = padded.Replace(" " + typed + " ", " " + used + " ", StringComparison.Ordinal);
        }
        var respelt = padded.Trim();
        return respelt == words ? null : respelt;
    }

    /// <summary>
    /// Work we have no jobs in ("looking after kids", "nursery nurse"): the nearest work we have, and the bot says so
    /// (see <see cref="PromptAnswer.NotOurs"/>). The other words, when the catalogue knows them ("nurse"); else caring
    /// for people, the nearest kind to work with children.
    /// </summary>
    private async Task<PromptRecognition> NearestToNotOursAsync(PromptSpec spec, string text, WorkWish wish, CancellationToken cancellationToken)
    {
        var rest = WorkWords.Read(string.Join(' ', wish.Words.Where(w => !WorkWords.IsNotOurs(w))));
        if (rest.Words.Count > 0)
        {
            if (rest.Kinds.Count == 1)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = rest.Kinds[0], Words = rest.Text, NotOurs = wish.NotOurs, NotKinds = wish.NotKinds, NotWords = wish.NotWords });
            var results = await search.SearchAsync(new SearchProfile { Text = rest.Text, Limit = 1 }, cancellationToken);
            if (results.Total > 0 && results.UnmatchedWords.Count < rest.Words.Count && results.WorkWords.Count > 0)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = rest.Text, Choice = InterestKinds.Free, Words = rest.Text, NotOurs = wish.NotOurs, NotKinds = wish.NotKinds, NotWords = wish.NotWords });
        }
        // "i want to volunteer": no kind of work is near it; say we have paid jobs only, and ask again.
        if (WorkWords.IsVolunteer(wish.NotOurs)) return PromptRecognition.AskAgain("interest.volunteer", notAMiss: true);
        return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "care", NotOurs = wish.NotOurs, NotKinds = wish.NotKinds, NotWords = wish.NotWords });
    }

    /// <summary>The typed words, unless they are the button's own label or value (a press, or the label typed).</summary>
    private static string? Typed(PromptChoice choice, string words, string w) =>
        w == PromptWords.NormaliseKnown(choice.Label) || w == PromptWords.NormaliseKnown(choice.Value) ? null : words;

    private PromptRecognition Qualification(PromptSpec spec, string text, string n, string? wish)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        if (index >= 0 && sure && Exact(spec.Choices, text, n))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value });
        var heard = _qualifications.Recognise(text, wanted: QualificationRecognizer.TicketsWanted(wish));
        // "im doing level 2", "i want to get my food hygiene certificate": not held yet, so the question is asked again.
        if (heard.Succeeded && heard.Value is { } notYet && notYet.OnlyNotYet())
            return PromptRecognition.AskAgain(notYet.Expired ? "quals.expired" : "quals.not_yet", notAMiss: true);
        if (heard.Succeeded && heard.Value is { } set)
        {
            // GCSEs without a grade ("5 gcses"): the grade decides Level 1 or 2, so ask it as the "English and maths"
            // button does. "Did you mean: Level 1?" asks the resident a level most do not know.
            if (set.Certificates.Count > 0 && set.Certificates.All(c => c.StartsWith("gcse", StringComparison.Ordinal))
                && heard.Alternatives.Any(a => a.Level > set.Level))
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "school" });
            var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Qualifications = set };
            return heard.IsAmbiguous || heard.Confidence < ConfirmBelow
                ? PromptRecognition.Unsure(answer, Describe(set))
                : PromptRecognition.Of(answer);
        }
        // "nah", "nope", "na", "no sorry": a plain no, and nothing more, to "What qualifications do you have?" is none.
        if (_yesNo.Recognise(text) is { Succeeded: true, Value: false, IsAmbiguous: false, Confidence: >= 0.85 } no
            && PromptWords.Normalise(text.Remove(no.Start, no.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => NoFiller.Contains(w))
            && spec.Choices.FirstOrDefault(c => c.Value == "none") is { } none)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = none.Value });
        return Fallback(spec, text, index, sure);
    }

    /// <summary>Small words said with a plain no ("no sorry", "nah mate") that change nothing.</summary>
    private static readonly HashSet<string> NoFiller = new(StringComparer.Ordinal) { "sorry", "mate", "thanks", "i", "me", "have", "got", "nothing", "none", "any" };

    /// <summary>
    /// The button only a loose match found, once the recogniser found nothing: sure, or to confirm. (A loose match
    /// goes after the recogniser: "NVQ level 2" is the "A work course" button, but also says the level.)
    /// </summary>
    private static PromptRecognition Fallback(PromptSpec spec, string text, int index, bool sure, WorkTimes? times = null)
    {
        if (index < 0) return PromptRecognition.None;
        var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value, Times = times };
        return sure ? PromptRecognition.Of(answer) : PromptRecognition.Unsure(answer, spec.Choices[index].Label);
    }

    /// <summary>The answer is a button's number, label, value or other word, exactly.</summary>
    private static bool Exact(IReadOnlyList<PromptChoice> choices, string text, string n)
    {
        if (PromptWords.BareNumber(text) is not null) return true;
        foreach (var c in choices)
            if (n == PromptWords.NormaliseKnown(c.Label) || n == PromptWords.NormaliseKnown(c.Value) || IsKnownWord(c.Synonyms, n)) return true;
        return false;
    }

    private PromptRecognition Hours(PromptSpec spec, string text, string n)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        if (index >= 0 && sure && Exact(spec.Choices, text, n))
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value });
        if (PromptWords.BareNumber(text) is { } bare && bare is >= 1 and <= 80)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Hours = new WeeklyHours(bare, bare) });
        var heard = _hours.Recognise(text);
        if (heard.Succeeded && heard.Value is { } hours)
        {
            var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Hours = hours };
            return heard.IsAmbiguous || heard.Confidence < ConfirmBelow ? PromptRecognition.Unsure(answer, Describe(hours)) : PromptRecognition.Of(answer);
        }
        var pattern = _availability.Recognise(text);
        // "around the school run", "while the kids are at school": school hours, as "school hours" is (see HoursRecognizer).
        if (pattern.Succeeded && pattern.Value is { } school && (school.Patterns & (WorkPatterns.SchoolHours | WorkPatterns.FullTime)) == WorkPatterns.SchoolHours)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Hours = school.Hours ?? HoursRecognizer.SchoolHours });
        if (pattern.Succeeded && pattern.Value is { } a && (a.Patterns & (WorkPatterns.FullTime | WorkPatterns.PartTime)) != 0)
        {
            var value = (a.Patterns & WorkPatterns.FullTime) != 0 ? "full" : "part";
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = value, Hours = a.Hours });
        }
        // "mon to fri 9-5": the days and the times of a day make the hours a week (said back, so a wrong sum is put right).
        if (pattern.Succeeded && pattern.Value is { Hours: { DayHours: not null } clock } && pattern.Confidence >= ConfirmBelow)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Hours = clock });
        if (pattern.Succeeded && pattern.Value is { } when && pattern.Confidence >= ConfirmBelow)
        {
            // "zero hour contract", "bank": no set hours.
            if ((when.Patterns & WorkPatterns.Bank) != 0) return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "bank" });
            // "any time", "whenever": any hours (the times are kept too: see FactReader).
            if (when.Flexible && when.Days.Count is 0 or 7) return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = "any" });
        }
        // "3 days a week": the hours are a guess (see DaysToHours), said back with the days so a wrong one can be put right.
        var daysSaid = WhenParser.Parse(Tokens.Of(text));
        if (DaysToHours(daysSaid.DaysPerWeekLow, daysSaid.DaysPerWeek) is { } week)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Hours = week });
        // Only when they can work ("any day but not Sunday", "weekends"): kept as the times (see FactReader), and the
        // hours asked again; no loose guess at a button from words about days.
        if (pattern.Succeeded && pattern.Value is { } said && SaysWhen(said)) return PromptRecognition.None;
        return Fallback(spec, text, index, sure);
    }

    /// <summary>Days a week as hours: a working day is 7 to 8 hours (the NHS full week is 37.5 hours over 5 days).</summary>
    internal static WeeklyHours? DaysToHours(int? days) =>
        days is { } d and >= 1 and <= 6 ? new WeeklyHours(d * 7, d * 8) { DaysPerWeek = d } : null;

    /// <summary>A range of days a week as hours ("2 or 3 days": 14 to 24); one count when no fewer days were said.</summary>
    internal static WeeklyHours? DaysToHours(int? fewest, int? days) =>
        fewest is { } low and >= 1 && days is { } high and <= 6 && low < high
            ? new WeeklyHours(low * 7, high * 8) { DaysPerWeek = high, DaysPerWeekLow = low }
            : DaysToHours(days);

    private PromptRecognition Times(PromptSpec spec, string text, string n)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        if (index >= 0 && sure && Exact(spec.Choices, text, n))
        {
            // A button, or its label or number typed, needs no saying back; its other words ("nights only") are said back.
            var label = PromptWords.BareNumber(text) is not null || n == PromptWords.NormaliseKnown(spec.Choices[index].Label);
            return PromptRecognition.Of(new PromptAnswer
            {
                Kind = spec.Kind, Text = text, Choice = label ? spec.Choices[index].Value : null, Times = TimesForChoice(spec.Choices[index].Value),
            });
        }
        var heard = _availability.Recognise(text);
        if (heard.Succeeded && heard.Value is { } a)
        {
            // Hours said here ("16 hours", "full time", "3 days a week") are kept as the hours too.
            var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Times = TimesFrom(a), Hours = a.Hours ?? DaysToHours(a.DaysPerWeekLow, a.DaysPerWeek) };
            return heard.IsAmbiguous || heard.Confidence < ConfirmBelow ? PromptRecognition.Unsure(answer, text.Trim()) : PromptRecognition.Of(answer);
        }
        return Fallback(spec, text, index, sure, index >= 0 ? TimesForChoice(spec.Choices[index].Value) : null);
    }

    /// <summary>
    /// Whether an availability says when in the day or week ("nights", "weekdays", "any time"); "part time" alone
    /// says how many hours, and is the answer to that question, not to "When can you work?".
    /// </summary>
    public static bool SaysWhen(Availability a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Parts != DayParts.None || a.Days.Count > 0 || a.Flexible
            || (a.Patterns & ~(WorkPatterns.FullTime | WorkPatterns.PartTime)) != WorkPatterns.None;
    }

    /// <summary>The times of day and week an availability gives.</summary>
    public static WorkTimes TimesFrom(Availability a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var patterns = a.Patterns;
        if ((a.Parts & DayParts.Nights) != 0) patterns |= WorkPatterns.Nights;
        if ((a.Parts & DayParts.Evenings) != 0) patterns |= WorkPatterns.Evenings;
        if ((a.Parts & (DayParts.Mornings | DayParts.Afternoons)) != 0) patterns |= WorkPatterns.Days;
        if ((a.Parts & DayParts.SchoolHours) != 0) patterns |= WorkPatterns.SchoolHours | WorkPatterns.PartTime;
        if (a.Days.Count > 0 && a.Days.All(d => d is DayOfWeek.Saturday or DayOfWeek.Sunday)) patterns |= WorkPatterns.Weekends;
        if (a.Days.Count > 0 && a.Days.All(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday))) patterns |= WorkPatterns.Weekdays;
        var flexible = a.Flexible || (a.Parts & DayParts.AnyTime) != 0;
        // Bank work is no time of day: kept at any time too ("bank shifts any time").
        return new WorkTimes(flexible ? patterns & WorkPatterns.Bank : patterns, a.Parts, flexible) { NotParts = a.NotParts, Days = flexible ? [] : WeekDays(a.Days) };
    }

    /// <summary>Some days of the week, Monday first; none when all seven (or none) were said.</summary>
    public static IReadOnlyList<DayOfWeek> WeekDays(IReadOnlySet<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days.Count is 0 or 7 ? [] : days.OrderBy(d => ((int)d + 6) % 7).ToList();
    }

    public static WorkTimes TimesForChoice(string value) => value switch
    {
        "days" => new WorkTimes(WorkPatterns.Days, DayParts.Mornings | DayParts.Afternoons),
        "nights" => new WorkTimes(WorkPatterns.Nights, DayParts.Nights),
        "evenings" => new WorkTimes(WorkPatterns.Evenings, DayParts.Evenings),
        "weekends" => new WorkTimes(WorkPatterns.Weekends) { Days = [DayOfWeek.Saturday, DayOfWeek.Sunday] },
        _ => new WorkTimes(WorkPatterns.None, DayParts.AnyTime, Flexible: true),
    };

    private PromptRecognition Start(PromptSpec spec, string text, string n, DateTimeOffset now)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        var today = DateOnly.FromDateTime(now.DateTime);
        var heard = _start.Recognise(text, now);
        if (index >= 0 && sure && (Exact(spec.Choices, text, n) || !heard.Succeeded))
        {
            var value = spec.Choices[index].Value;
            StartDate? start = value switch
            {
                "now" => new StartDate(today, Now: true),
                "month" => new StartDate(today.AddMonths(1), Approximate: true),
                "later" => new StartDate(today.AddMonths(3), Approximate: true),
                _ => null,
            };
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = value, Start = start });
        }
        if (heard.Succeeded && heard.Value is { } date)
        {
            var answer = new PromptAnswer { Kind = spec.Kind, Text = text, Start = date };
            return heard.IsAmbiguous || heard.Confidence < ConfirmBelow ? PromptRecognition.Unsure(answer, Describe(date)) : PromptRecognition.Of(answer);
        }
        return PromptRecognition.None;
    }

    private PromptRecognition Place(string text)
    {
        var heard = _place.Recognise(text);
        if (heard.Succeeded && heard.Value is { Name.Length: 0, Anywhere: true })
            return PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Place, Text = text, Skipped = true });
        // A place outside the boroughs ("Stafford", "LE1", "SW1A 1AA"): say the jobs are in the West Midlands and ask
        // again, unless one of their own places is named for sure ("I live in Tamworth but can get to Sutton").
        // A typo guess does not count as named ("Ashton" is near Aston by letters).
        var exact = heard.Confidence >= 1.0 ? heard : _place.Recognise(text, exactOnly: true);
        var named = exact.Succeeded && exact.Value is { Name.Length: > 0, Borough.Length: > 0 };
        if (!named && (heard.Value is { Name.Length: > 0, Borough.Length: 0 } || _place.NamesOutside(text)))
            return new PromptRecognition { RetryKey = "retry.place.outside" };
        if (heard.Succeeded && heard.Value is { } place && place.Name.Length > 0)
        {
            var answer = new PromptAnswer { Kind = PromptKind.Place, Text = text, Place = place };
            return heard.IsAmbiguous || heard.Confidence < ConfirmBelow ? PromptRecognition.Unsure(answer, place.Name) : PromptRecognition.Of(answer);
        }
        // The index's own place finder: the whole text, then each word or pair of words.
        var words = text.Split([' ', ',', '.', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        var tries = new List<string> { text.Trim() };
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length) tries.Add(words[i] + " " + words[i + 1]);
            tries.Add(words[i]);
        }
        var aboutEnglish = PlaceRecognizer.TalksAboutEnglish(text);
        foreach (var attempt in tries)
        {
            if (aboutEnglish && PlaceRecognizer.IsEnglishLevel(attempt.Trim())) continue;
            if (_placeFinder.Find(attempt) is { } known)
            {
                var district = known.PostcodeDistricts.FirstOrDefault(d => attempt.Replace(" ", "").StartsWith(d, StringComparison.OrdinalIgnoreCase));
                var name = district is not null ? PlaceRecognizer.DistrictName(known, attempt.Trim().ToUpperInvariant()) : known.Name;
                return PromptRecognition.Of(new PromptAnswer { Kind = PromptKind.Place, Text = text, Place = new PlaceAnswer(name, known.Borough, district, null) });
            }
        }
        return PromptRecognition.None;
    }

    private PromptRecognition Miles(PromptSpec spec, string text, string n, PlaceAnswer? home)
    {
        var (index, sure) = PickChoice(spec.Choices, text, n);
        decimal? miles = PromptWords.BareNumber(text);
        // A button's number or label is the button.
        var pressed = index >= 0 && sure && (miles is not null
            || n == PromptWords.NormaliseKnown(spec.Choices[index].Label) || n == PromptWords.NormaliseKnown(spec.Choices[index].Value));
        if (pressed)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value });
        // Words about travel come before a looser button guess ("not far" is 3 miles, though "far" picks Any distance),
        // and are kept on the answer (Place) so the distance they stand for is said back:
        // "within 5 miles", "8km", "30 mins on the bus", "I can't travel far", "anywhere";
        // "by bus", "I drive", "walk": a way of travelling stands for a distance (see TravelWords.Mode).
        var byMode = false;
        PlaceAnswer? words = null;
        if (miles is null && _place.Recognise(text, travelModeAlone: true) is { Succeeded: true, Value: { } travel })
        {
            if (travel.MaxMiles is { } said) (miles, byMode, words) = ((decimal)said, travel.TravelMode, travel);
            else if (travel.Anywhere && spec.Choices.FirstOrDefault(c => c.Value == "any") is { } any)
                return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = any.Value, Place = travel });
        }
        // "train to Coventry is ok", "I can get to Brum": the place named must be in reach, so the distance is at least
        // the straight line from home to it (in whole miles, rounded up).
        if (Reach(text, home) is { } reach && reach.Miles > (double)(miles ?? 0))
            return PromptRecognition.Of(new PromptAnswer
            {
                Kind = spec.Kind, Text = text, Number = new NumberRange((decimal)reach.Miles, (decimal)reach.Miles), Choice = ReachChoice,
                Place = new PlaceAnswer(reach.Name, reach.Borough, null, reach.Miles),
            });
        if (miles is null && index >= 0 && sure)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[index].Value });
        if (miles is null)
        {
            var heard = _number.Recognise(text);
            if (heard.Succeeded && heard.Value is { } range) miles = range.Max;
        }
        return miles is { } m && m is > 0 and <= 200
            ? PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Number = new NumberRange(m, m), Choice = byMode ? "mode" : null, Place = words })
            : PromptRecognition.None;
    }

    /// <summary>The choice of a distance answer that names a place they can get to (see <see cref="Reach"/>).</summary>
    public const string ReachChoice = "reach";

    /// <summary>
    /// A place named for sure in a distance answer, other than home, and how far it is from home: "train to coventry
    /// is ok" from Dudley. Not when the answer rules places out ("not Coventry", "can't get to Brum").
    /// </summary>
    private (string Name, string Borough, double Miles)? Reach(string text, PlaceAnswer? home)
    {
        if (home is null || home.Name.Length == 0) return null;
        var heard = _place.Recognise(text, exactOnly: true);
        if (heard is not { Succeeded: true, Confidence: >= 1.0, Value: { Name.Length: > 0, Borough.Length: > 0 } named }) return null;
        if (Tokens.Of(text).Any(t => t.IsAny("not", "no", "cant", "cannot", "dont", "never", "except", "but"))) return null;
        if (_placeFinder.Find(home.PostcodeDistrict ?? home.Name) is not { } from || _placeFinder.Find(named.PostcodeDistrict ?? named.Name) is not { } to) return null;
        if (from == to) return null;
        var miles = Math.Ceiling(PlaceFinder.Miles(from.Latitude, from.Longitude, to.Latitude, to.Longitude));
        return miles is >= 1 and <= 200 ? (named.Name, named.Borough, miles) : null;
    }

    /// <summary>
    /// The menu's buttons, by label, other word or number; anything else goes to the results dialog as said, where
    /// follow-ups ("how much does it pay", "the cleaner job", "any jobs in a kitchen") are understood.
    /// </summary>
    private PromptRecognition Results(PromptSpec spec, string text, string n)
    {
        // Only a sure pick here (a number, a label or one of its words): a near miss may be a job's name.
        var number = PromptWords.BareNumber(text);
        if (number is { } k && k >= 1 && k <= spec.Choices.Count)
            return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text, Choice = spec.Choices[k - 1].Value });
        return PromptRecognition.Of(new PromptAnswer { Kind = spec.Kind, Text = text.Trim(), Choice = MenuWords(spec, n) ?? SaidChoice });
    }

    /// <summary>The value of the menu button whose label, value or other word is the whole answer (normalised), or null.</summary>
    internal static string? MenuWords(PromptSpec menu, string n)
    {
        foreach (var c in menu.Choices)
            if (n == PromptWords.NormaliseKnown(c.Label) || n == PromptWords.NormaliseKnown(c.Value) || IsKnownWord(c.Synonyms, n))
                return c.Value;
        // More of the results in any words: "show me more", "next 3", "any others", "next page".
        if (PromptWords.AsksForMore(n))
            foreach (var c in menu.Choices)
                if (c.Value == "more") return c.Value;
        // The words of a button with polite words around them: "more please", "ok more", "can i see more".
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        var end = words.Length;
        while (start < end && PoliteStart.Contains(words[start])) start++;
        while (end > start && PoliteEnd.Contains(words[end - 1])) end--;
        if (start == 0 && end == words.Length || start == end) return null;
        // "i want to start again": "again" may be the button's own word, so the words before go first.
        foreach (var bare in new[] { string.Join(' ', words[start..]), string.Join(' ', words[..end]), string.Join(' ', words[start..end]) })
            foreach (var c in menu.Choices)
                if (bare == PromptWords.NormaliseKnown(c.Label) || bare == PromptWords.NormaliseKnown(c.Value) || IsKnownWord(c.Synonyms, bare))
                    return c.Value;
        return null;
    }

    /// <summary>Words before a button's words that ask nothing more: "ok", "please", "can i see", "i want to".</summary>
    private static readonly HashSet<string> PoliteStart = new(StringComparer.Ordinal)
    {
        "ok", "okay", "oki", "k", "yes", "yeah", "ya", "please", "pls", "plz", "plez", "so", "then", "now", "can", "could", "i", "we", "you",
        "see", "show", "me", "have", "get", "want", "wanna", "to", "would", "like", "id", "let", "lets", "just", "and", "thanks", "thank",
    };

    /// <summary>Words after a button's words that ask nothing more: "please", "thanks", "now".</summary>
    private static readonly HashSet<string> PoliteEnd = new(StringComparer.Ordinal)
    {
        "please", "pls", "plz", "plez", "thanks", "thank", "you", "u", "thx", "ty", "now", "then", "again", "ok", "okay", "mate",
    };

    /// <summary>The choice of a results-menu answer that is none of the buttons: the dialog reads the text.</summary>
    public const string SaidChoice = "said";

    private string Describe(QualificationSet set) =>
        set.None ? messages.Get("describe.none")
        : set.Level is 0 ? messages.Get("describe.entry")
        : set.Level is { } level ? messages.Format("describe.level", new Dictionary<string, string> { ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        : set.Overseas ? messages.Get("describe.overseas")
        : messages.Get("describe.some");

    private string Describe(WeeklyHours hours) => hours.Min == hours.Max
        ? hours.Min == 1 ? messages.Get("describe.hours.one") : messages.Format("describe.hours", new Dictionary<string, string> { ["hours"] = hours.Min.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        : messages.Format("describe.hours.range", new Dictionary<string, string>
        {
            ["min"] = hours.Min.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["max"] = hours.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private string Describe(StartDate start) => start.Now
        ? messages.Get("describe.now")
        : start.Date is { } date
            ? messages.Format("describe.date", new Dictionary<string, string> { ["date"] = date.ToString("d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) })
            : messages.Get("describe.later");

}

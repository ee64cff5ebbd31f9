using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;

namespace CareerBot.Dialogs.Conversation;

/// <summary>
/// Qualifications, without shame: "none" is a fine answer. Buttons lead to one short follow-up
/// (GCSE grade, course level, or a degree from another country); typed answers go to the recogniser.
/// </summary>
public sealed class QualificationsDialog(Questions q) : WaterfallDialog(DialogId,
[
    // 0: ask; GCSEs said before with no grade ("admin job, i have gcses"): only their grade is still to ask
    (step, ct) =>
    {
        // "nvq 2 in care" at the first question: ask if they have it, rather than guess.
        if (step.Context.State.Facts.NamedQualification is { } named && step.Context.State.Answers.Qualifications is null)
        {
            step.Context.UpdateActive(f => f with { Values = f.Values with { Purpose = "named" } });
            return step.PromptAsync(q.HaveNamed(named), ct);
        }
        if (GcsesWithoutGrade(step.Context.State.Answers.Qualifications))
        {
            step.Context.UpdateActive(f => f with { Values = f.Values with { Purpose = "school" } });
            return step.PromptAsync(q.GcseGrade(), ct);
        }
        // A course, and no job, is wanted: the level they have now in its subject, in words about courses.
        var answers = step.Context.State.Answers;
        if (CourseSeeker.Only(answers))
        {
            step.Context.Say("quals.intro.course");
            return CourseSeeker.Subject(answers.InterestText) is { } subject
                ? step.PromptAsync(q.LevelNow(subject), ct)
                : step.PromptAsync(q.Qualifications(), ct);
        }
        step.Context.Say("quals.intro");
        return step.PromptAsync(q.Qualifications(), ct);
    },
    // 1: a full answer, or a button that needs one more question
    (step, ct) =>
    {
        var dc = step.Context;
        var result = step.Result;
        if (step.Frame.Values.Purpose == "school") return step.NextAsync(ct, result);
        if (step.Frame.Values.Purpose == "named") return Named(step, q, ct);
        if (result is null || result.GaveUp) return step.EndAsync(ct, result);
        var wish = dc.State.Answers.InterestText;
        // A course level button ("Entry 2"): its step, for the subject of the course wished for.
        if (result.Choice is { } button && button.StartsWith(StepChoice, StringComparison.Ordinal)
            && int.TryParse(button.AsSpan(StepChoice.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var picked))
        {
            var atStep = CourseSeeker.WithStep(new QualificationSet { Level = picked > 3 ? picked - 3 : 0 }, CourseSeeker.Subject(wish), picked);
            SayLevel(dc, atStep);
            return step.EndAsync(ct, With(atStep));
        }
        if (result.Choice == "unknown") return step.EndAsync(ct, With(new QualificationSet { Level = null }));
        if (result.Qualifications is { } typed)
        {
            // "entry 2", "level 1 maths", "esol e3": the course level is kept for its subject, to find the next course up.
            var set = CourseSeeker.WithSteps(typed, result.Text, wish);
            result = result with { Qualifications = set };
            if (!SayLevel(dc, set) && (set.None || set.Level == 0)) dc.Say(CourseSeeker.Only(dc.State.Answers) ? "quals.none.course" : "quals.none");
            if (set.Overseas) dc.Say("quals.overseas");
            if (HeardFacts.HasTickets(set))
            {
                // "NVQ 2 in care and first aid": the level, then the tickets, so the resident sees both were understood.
                if (set is { None: false, Level: > 0 and var level })
                    dc.Say("quals.noted", new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture) });
                FactNotes.SayTickets(dc, set);
            }
            else if (set is { NotYet.Count: > 0, None: false, Level: > 0 and var held })
            {
                // "i have level 1 maths and im doing level 2": say the level counted, so the resident sees the other was not.
                dc.Say("quals.noted", new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = held.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
            if (set.NotYet.Count > 0) dc.Say("quals.not_yet.some");
            return step.EndAsync(ct, result);
        }
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = result.Choice } });
        switch (result.Choice)
        {
            case "none":
                dc.Say(CourseSeeker.Only(dc.State.Answers) ? "quals.none.course" : "quals.none");
                return step.EndAsync(ct, With(new QualificationSet { None = true, Level = 0 }));
            case "school":
                return step.PromptAsync(q.GcseGrade(), ct);
            case "work":
                return step.PromptAsync(q.CourseLevel(), ct);
            default:
                dc.Say("quals.overseas");
                return step.PromptAsync(q.OverseasDegree(), ct);
        }
    },
    // 2: the follow-up answer
    (step, ct) =>
    {
        var r = step.Result;
        var set = step.Frame.Values.Purpose switch
        {
            "school" => r?.Choice is "english" or "maths"
                ? new QualificationSet { Level = 1, Certificates = r.Choice == "english" ? ["gcse-english", "gcse-maths-low"] : ["gcse-english-low", "gcse-maths"] }
                : r?.YesNo == false
                ? new QualificationSet { Level = 1, Certificates = ["gcse-english-low", "gcse-maths-low"] }
                : r?.YesNo == true
                    ? new QualificationSet { Level = 2, Certificates = ["gcse-english", "gcse-maths"] }
                    // Not known ("i dont know", or other facts twice): no level is guessed.
                    : new QualificationSet { Level = null },
            "work" => r?.Choice switch
            {
                "1" => new QualificationSet { Level = 1 },
                "2" => new QualificationSet { Level = 2 },
                "3" => new QualificationSet { Level = 3 },
                _ => new QualificationSet { Level = null },
            },
            _ => r?.YesNo == true
                ? new QualificationSet { Level = 6, Overseas = true, Certificates = ["overseas-degree"] }
                : new QualificationSet { Level = null, Overseas = true, Certificates = ["overseas"] },
        };
        if (step.Frame.Values.Purpose == "school" && r is { GaveUp: false, YesNo: not null }) SayGrades(step.Context, r, set);
        return step.EndAsync(ct, With(set));
    },
])
{
    public const string DialogId = "qualifications";

    /// <summary>GCSEs heard in another answer with no grade: their level waits for the grade.</summary>
    internal static bool GcsesWithoutGrade(QualificationSet? set) =>
        set is { Level: null, None: false, Overseas: false, Certificates.Count: > 0 }
        && set.Certificates.All(c => c.StartsWith("gcse", StringComparison.Ordinal));

    /// <summary>
    /// The answer to "Do you have it now?" about a qualification named at the first question: yes, it is theirs and
    /// its level is said back; else it is not counted, and the usual question is asked.
    /// </summary>
    private static Task<DialogTurnResult> Named(WaterfallStepContext step, Questions q, CancellationToken ct)
    {
        var dc = step.Context;
        var named = dc.State.Facts.NamedQualification;
        dc.State.Facts = dc.State.Facts with { NamedQualification = null };
        dc.UpdateActive(f => f with { Values = f.Values with { Purpose = null } });
        if (step.Result?.YesNo == true && named is not null && new QualificationRecognizer().Recognise(named).Value is { } set)
        {
            // "nvq in care" with no level: its level is asked, as for the "A work course" button.
            if (set.Level is null)
            {
                dc.UpdateActive(f => f with { Values = f.Values with { Purpose = "work" } });
                return step.PromptAsync(q.CourseLevel(), ct);
            }
            if (set.Level is > 0 and var level)
                dc.Say("quals.noted", new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            return step.EndAsync(ct, With(set));
        }
        dc.Say("quals.named.no");
        return step.GoToAsync(0, ct);
    }

    /// <summary>
    /// A grade answer typed in other words than yes or no ("C", "a 5 and a 3", "only english", "i think so"): the level
    /// it was read as is said, so a wrong reading can be put right.
    /// </summary>
    private static void SayGrades(DialogContext dc, PromptAnswer answer, QualificationSet set)
    {
        var typed = Engine.PromptWords.Normalise(answer.Text);
        if (typed is "yes" or "no" or "y" or "n" || Engine.PromptWords.BareNumber(answer.Text) is 1 or 2 || set.Level is not { } level) return;
        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (answer.Choice is "english" or "maths")
        {
            args["subject"] = dc.Messages.Get("describe.subject." + answer.Choice);
            dc.Say("quals.grade.one", args);
            return;
        }
        dc.Say("quals.noted", args);
    }

    /// <summary>The value of a course level button: "step:" and the step on the course ladder.</summary>
    internal const string StepChoice = "step:";

    /// <summary>
    /// A course level held in English or maths ("entry 2"), said back as the level it is ("Your English is at Entry
    /// 2."), not as no qualifications; for a course seeker, with the next level up to come. False when none was said.
    /// </summary>
    private static bool SayLevel(DialogContext dc, QualificationSet set)
    {
        if (set.None) return false;
        var (subject, step) = set.EnglishStep is { } e ? ("english", e) : set.MathsStep is { } m ? ("maths", m) : ("", -1);
        if (step < 0) return false;
        var level = step == 0 ? dc.Messages.Get("describe.pre_entry")
            : step <= 3 ? dc.Messages.Format("describe.entry_n", new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = step.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : dc.Messages.Format("describe.level", new Dictionary<string, string>(StringComparer.Ordinal) { ["level"] = (step - 3).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        dc.Say(CourseSeeker.Only(dc.State.Answers) ? "quals.step.noted.course" : "quals.step.noted", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["subject"] = dc.Messages.Get("describe.subject." + subject), ["level"] = level,
        });
        return true;
    }

    private static PromptAnswer With(QualificationSet set) => new() { Kind = PromptKind.Qualification, Qualifications = set };
}

namespace CareerBot.Dialogs.Conversation;

/// <summary>A main kind of work offered as a button, and how it maps to the catalogue.</summary>
public sealed record InterestKind(string Key, IReadOnlyList<string> Families, IReadOnlyList<string> Words, IReadOnlyList<string> Synonyms)
{
    public string ButtonKey => "button.interest." + Key;
    public string NameKey => "interest.name." + Key;
}

/// <summary>The kinds of work on the interest buttons, in button order.</summary>
public static class InterestKinds
{
    public const string NotSure = "notsure";
    public const string More = "more";
    public const string Free = "free";
    /// <summary>All kinds of work ("anything but cleaning"): no kind and no words, only the kinds not wanted left out.</summary>
    public const string Any = "any";

    public static IReadOnlyList<InterestKind> All { get; } =
    [
        new("care", ["social care"], ["care"], ["caring", "care", "care work", "care worker", "caring for people", "looking after people"]),
        new("hospital", ["clinical"], ["patients"], ["hospital", "helping patients", "patients", "healthcare assistant", "hca", "nurse helper"]),
        new("behind", ["support services", "estates"], [], ["behind the scenes", "porter", "cleaning", "cleaner", "catering", "kitchen"]),
        new("driving", ["support services"], ["driver", "stores"], ["driving", "driver", "warehouse", "stores", "delivery"]),
        new("office", ["admin"], [], ["office", "admin", "reception", "receptionist", "office and reception"]),
        new("computers", ["digital"], [], ["computers", "computer", "it", "tech", "computers and it"]),
        new("medicines", ["pharmacy"], [], ["medicines", "medicine", "pharmacy", "chemist", "medicines and pharmacy"]),
    ];

    /// <summary>Buttons per page: three kinds and "more" (2-4 buttons per question).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Pages { get; } =
    [
        ["care", "hospital", "behind", More],
        ["driving", "office", "computers", More],
        ["medicines", NotSure, More],
    ];

    public static IReadOnlyList<string> NotSureWords { get; } =
    [
        "not sure", "im not sure", "i am not sure", "unsure", "dont know", "i dont know", "do not know", "i do not know",
        "no idea", "idk", "anything", "any", "any job", "anything really", "help me choose", "no preference",
        // "none" or "nothing" alone to "What kind of work do you like?": no kind in mind (or the question misread), not a job called "none".
        "none", "nothing", "none really", "nothing really", "nothing special", "dont no", "i dont no", "no know", "i no know",
    ];

    /// <summary>
    /// Words that may mean an unpaid family carer rather than a paid job: confirm before using them.
    /// </summary>
    public static IReadOnlyList<string> UnsureCareWords { get; } = ["carer", "carers", "a carer", "i am a carer", "im a carer", "family carer"];

    public static IReadOnlyList<string> MoreWords { get; } = ["more", "more choices", "other", "others", "something else", "show more"];

    public static InterestKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);
}

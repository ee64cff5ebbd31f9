namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Employers residents name ("the Dudley Group", "Royal Wolverhampton", "Birmingham City Council", "BCHC", "Boots",
/// "Asda"): the sort of employer each is and its town. West Midlands NHS trusts and councils from general knowledge,
/// kept short; hospitals and colleges are in the place data (<see cref="PlaceRecognizer.Mentions"/>).
/// </summary>
internal static class Employers
{
    /// <summary>Words that may follow a trust's name and belong to it ("Dudley Group NHS Foundation Trust").</summary>
    private static readonly string[] TrustTail = ["nhs", "foundation", "trust", "ft", "hospitals", "of"];

    /// <summary>Words after "council" that make it a home or a bill, not an employer ("a council flat", "council tax").</summary>
    private static readonly string[] CouncilThings = ["flat", "flats", "house", "houses", "home", "homes", "estate", "tax", "housing", "property"];

    private static readonly string[] Boroughs = ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall", "Wolverhampton"];

    /// <summary>Each way of saying a name, as its words, with the employer; longest first.</summary>
    private static readonly (string[] Words, NamedEmployer Employer)[] Names = Build();

    private static (string[], NamedEmployer)[] Build()
    {
        var list = new List<(string[], NamedEmployer)>();
        void Add(NamedEmployer e, params string[] said)
        {
            foreach (var s in said) list.Add((s.Split(' '), e));
        }
        Add(new("The Dudley Group", EmployerKind.Hospital, "Dudley"), "dudley group", "dgft");
        Add(new("The Royal Wolverhampton NHS Trust", EmployerKind.Hospital, "Wolverhampton"), "royal wolverhampton", "rwt");
        Add(new("Walsall Healthcare", EmployerKind.Hospital, "Walsall"), "walsall healthcare");
        Add(new("Sandwell and West Birmingham Hospitals", EmployerKind.Hospital, null), "sandwell and west birmingham", "sandwell and west brum", "swbh");
        Add(new("University Hospitals Birmingham", EmployerKind.Hospital, "Birmingham"), "university hospitals birmingham", "uhb");
        Add(new("University Hospitals Coventry and Warwickshire", EmployerKind.Hospital, "Coventry"), "university hospitals coventry");
        Add(new("Birmingham Community Healthcare", EmployerKind.CommunityNhs, "Birmingham"), "birmingham community healthcare", "birmingham community health", "bchc");
        Add(new("Black Country Healthcare", EmployerKind.MentalHealth, null), "black country healthcare", "black country partnership", "bchft");
        Add(new("Birmingham and Solihull Mental Health", EmployerKind.MentalHealth, null), "birmingham and solihull mental health", "bsmhft", "bsmht");
        Add(new("Coventry and Warwickshire Partnership", EmployerKind.MentalHealth, "Coventry"), "coventry and warwickshire partnership", "cwpt");
        Add(new("West Midlands Ambulance Service", EmployerKind.Ambulance, null), "west midlands ambulance service", "west midlands ambulance", "wmas", "ambulance service");
        foreach (var b in Boroughs)
        {
            var w = b.ToLowerInvariant();
            var name = b switch
            {
                "Birmingham" or "Coventry" => $"{b} City Council",
                "Wolverhampton" => "City of Wolverhampton Council",
                _ => $"{b} Council",
            };
            Add(new(name, EmployerKind.Council, b), $"city of {w} council", $"{w} council", $"{w} city council", $"{w} borough council", $"{w} metropolitan borough council", $"{w} mbc");
        }
        Add(new("Birmingham City Council", EmployerKind.Council, "Birmingham"), "bcc", "brum council");
        Add(new("City of Wolverhampton Council", EmployerKind.Council, "Wolverhampton"), "wolves council");
        Add(new("the council", EmployerKind.Council, null), "the council", "the local council", "my council", "a council", "councils");
        Add(new("Boots", EmployerKind.Chemist, null), "boots", "boots the chemist", "boots pharmacy", "boots chemist");
        Add(new("Lloyds Pharmacy", EmployerKind.Chemist, null), "lloyds pharmacy", "lloyds chemist");
        Add(new("Superdrug", EmployerKind.Chemist, null), "superdrug");
        Add(new("Asda", EmployerKind.Shop, null), "asda", "asdas");
        Add(new("Tesco", EmployerKind.Shop, null), "tesco", "tescos", "tesco's");
        Add(new("Sainsbury's", EmployerKind.Shop, null), "sainsburys", "sainsbury", "sainsburies");
        Add(new("Aldi", EmployerKind.Shop, null), "aldi", "aldis");
        Add(new("Lidl", EmployerKind.Shop, null), "lidl", "lidls");
        Add(new("Morrisons", EmployerKind.Shop, null), "morrisons", "morrison");
        Add(new("Primark", EmployerKind.Shop, null), "primark");
        Add(new("Argos", EmployerKind.Shop, null), "argos");
        Add(new("Greggs", EmployerKind.Shop, null), "greggs");
        Add(new("McDonald's", EmployerKind.Shop, null), "mcdonalds", "mcdonald", "maccies", "maccys");
        Add(new("KFC", EmployerKind.Shop, null), "kfc");
        Add(new("Costa", EmployerKind.Shop, null), "costa");
        Add(new("Starbucks", EmployerKind.Shop, null), "starbucks");
        Add(new("Poundland", EmployerKind.Shop, null), "poundland");
        Add(new("Home Bargains", EmployerKind.Shop, null), "home bargains");
        Add(new("Amazon", EmployerKind.Shop, null), "amazon");
        Add(new("Waitrose", EmployerKind.Shop, null), "waitrose");
        return [.. list.Select(x => (x.Item1.Select(Tokens.Of).Select(t => t.Count > 0 ? t[0].Text : "").ToArray(), x.Item2))
            .OrderByDescending(x => x.Item1.Length)];
    }

    /// <summary>Every employer named in <paramref name="t"/>, left to right: the token range [From, To) and the employer.
    /// A "the" just before is part of the name, and so are "NHS", "Trust", "Foundation" after a trust's.</summary>
    public static IReadOnlyList<(int From, int To, NamedEmployer Employer)> Find(IReadOnlyList<Token> t)
    {
        var found = new List<(int, int, NamedEmployer)>();
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord) continue;
            foreach (var (words, employer) in Names)
            {
                if (!At(t, i, words)) continue;
                if (employer.Kind == EmployerKind.Council && i + words.Length < t.Count && t[i + words.Length].IsAny(CouncilThings)) continue;
                var from = i > 0 && t[i - 1].Is("the") ? i - 1 : i;
                var to = i + words.Length;
                if (employer.Kind is not (EmployerKind.Council or EmployerKind.Shop))
                    while (to < t.Count && t[to].IsAny(TrustTail)) to++;
                found.Add((from, to, employer));
                i = to - 1;
                break;
            }
        }
        return found;
    }

    private static bool At(IReadOnlyList<Token> t, int i, string[] words)
    {
        if (i + words.Length > t.Count) return false;
        for (var k = 0; k < words.Length; k++)
            if (!t[i + k].Is(words[k])) return false;
        return true;
    }
}

namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>
/// Places outside the seven boroughs that residents name when asked where they live: UK towns and cities (the big
/// ones, and the towns around the West Midlands), and the UK's postcode areas, so "LE1" or "SW1A 1AA" can be told
/// apart from words that only look like a postcode. General knowledge (unverified).
/// </summary>
internal static class OutsidePlaces
{
    /// <summary>The postcode areas of the UK (the letters before the first digit).</summary>
    public static readonly IReadOnlySet<string> PostcodeAreas = new HashSet<string>(
    [
        "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT",
        "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL",
        "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE",
        "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH",
        "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW",
        "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    ], StringComparer.Ordinal);

    /// <summary>Towns and cities, as words. Not those that are also everyday words ("Reading", "Bath", "Stone").</summary>
    private static readonly string[][] Towns =
    [
        .. new[]
        {
            // Around the West Midlands.
            "stafford", "stoke", "stoke on trent", "hanley", "newcastle under lyme", "cannock", "hednesford", "rugeley",
            "lichfield", "burntwood", "tamworth", "burton", "burton upon trent", "burton on trent", "telford", "shrewsbury",
            "bridgnorth", "kidderminster", "bewdley", "stourport", "bromsgrove", "redditch", "worcester", "droitwich",
            "evesham", "malvern", "hereford", "warwick", "leamington", "leamington spa", "kenilworth", "stratford",
            "stratford upon avon", "nuneaton", "bedworth", "rugby", "coleshill", "atherstone", "hinckley", "codsall",
            "wombourne", "kinver", "perton", "great wyrley", "cheslyn hay", "penkridge", "water orton", "alcester",
            "wythall", "alvechurch", "daventry", "banbury",
            // Big towns and cities of the UK.
            "london", "manchester", "liverpool", "leeds", "sheffield", "bristol", "nottingham", "leicester", "derby",
            "oxford", "cambridge", "northampton", "milton keynes", "luton", "southampton", "portsmouth", "brighton",
            "newcastle", "sunderland", "bradford", "hull", "york", "preston", "blackpool", "bolton", "stockport", "cardiff",
            "swansea", "newport", "glasgow", "edinburgh", "aberdeen", "dundee", "belfast", "plymouth", "exeter",
            "gloucester", "cheltenham", "peterborough", "norwich", "ipswich", "crewe", "chester", "lincoln", "mansfield",
            "chesterfield", "huddersfield", "wakefield", "doncaster", "rotherham", "middlesbrough", "swindon", "slough",
            "scotland", "wales", "northern ireland",
        }.Select(t => t.Split(' ')),
    ];

    /// <summary>The tokens name a town outside the West Midlands ("I live in Stafford", "stoke on trent").</summary>
    public static bool NamesTown(IReadOnlyList<Token> t)
    {
        foreach (var town in Towns)
            for (var i = 0; i + town.Length <= t.Count; i++)
            {
                var ok = true;
                for (var k = 0; k < town.Length && ok; k++) ok = t[i + k].Text == town[k];
                if (ok) return true;
            }
        return false;
    }

    /// <summary>The letters of a postcode or district ("LE" of "LE1 5WW") are a UK postcode area.</summary>
    public static bool IsPostcodeArea(string outward)
    {
        var letters = new string(outward.TakeWhile(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        return PostcodeAreas.Contains(letters);
    }
}

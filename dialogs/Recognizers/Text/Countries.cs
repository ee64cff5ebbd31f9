namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>Countries (and their adjectives) West Midlands residents often come from, for "a degree from Nigeria".</summary>
internal static class Countries
{
    /// <summary>Adjectives ("polish", "nigerian"): they count only before a qualification word ("a Polish diploma"),
    /// since many are also languages ("GCSE French").</summary>
    public static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal);

    /// <summary>Normalised words -> the country's name. Multi-word names are joined with spaces.</summary>
    public static readonly Dictionary<string, string> Names = Build(
    [
        "Nigeria|nigerian", "Ghana|ghanaian", "India|indian", "Pakistan|pakistani", "Bangladesh|bangladeshi", "Poland|polish",
        "Romania|romanian", "Bulgaria|bulgarian", "Lithuania|lithuanian", "Latvia|latvian", "Slovakia|slovak|slovakian",
        "Czech Republic|czech", "Hungary|hungarian", "Ukraine|ukrainian", "Syria|syrian", "Iraq|iraqi", "Iran|iranian",
        "Afghanistan|afghan", "Eritrea|eritrean", "Ethiopia|ethiopian", "Somalia|somali", "Sudan|sudanese", "Kenya|kenyan",
        "Zimbabwe|zimbabwean", "South Africa|south african", "Uganda|ugandan", "Jamaica|jamaican", "Philippines|filipino|filipina",
        "Nepal|nepali|nepalese", "Sri Lanka|sri lankan", "China|chinese", "Hong Kong", "Vietnam|vietnamese", "Turkey|turkish",
        "Kurdistan|kurdish", "Albania|albanian", "Portugal|portuguese", "Spain|spanish", "Italy|italian", "France|french",
        "Germany|german", "Brazil|brazilian", "Egypt|egyptian", "Morocco|moroccan", "Algeria|algerian", "Yemen|yemeni",
        "Congo|congolese", "Cameroon|cameroonian", "Zambia|zambian", "Malawi|malawian", "Sierra Leone", "Gambia|gambian",
        "Libya|libyan", "Saudi Arabia|saudi", "Jordan|jordanian", "Lebanon|lebanese", "Palestine|palestinian", "Kosovo",
        "Serbia|serbian", "Croatia|croatian", "Greece|greek", "Russia|russian", "Moldova|moldovan", "Georgia", "Armenia|armenian",
        "Kazakhstan", "Uzbekistan", "Indonesia|indonesian", "Malaysia|malaysian", "Thailand|thai", "Myanmar|burma|burmese",
        "Colombia|colombian", "Venezuela|venezuelan", "Mexico|mexican", "Cuba|cuban", "Trinidad", "Guyana", "Barbados",
        "USA|america|american|united states", "Canada|canadian", "Australia|australian", "New Zealand", "Ireland|irish",
        "Netherlands|dutch|holland", "Belgium|belgian", "Sweden|swedish", "Estonia|estonian", "Slovenia", "Bosnia",
        "Tunisia", "Senegal", "Ivory Coast", "Rwanda", "Burundi", "Tanzania|tanzanian", "Botswana", "Namibia", "Mauritius",
        "Dominica", "Saint Lucia", "Grenada", "Oman", "Qatar", "Kuwait", "Dubai|uae|emirates", "Japan|japanese", "Korea|korean",
    ]);

    /// <summary>Longest first, so "south africa" wins over a shorter name.</summary>
    public static readonly IReadOnlyList<string[]> Phrases =
        [.. Names.Keys.Select(k => k.Split(' ')).OrderByDescending(w => w.Length)];

    /// <summary>Single-word names long enough for typo matching ("nigera", "pakisan").</summary>
    public static readonly IReadOnlyList<string> FuzzyWords = [.. Names.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && k.Length >= 6)];

    private static Dictionary<string, string> Build(string[] rows)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var parts = row.Split('|');
            for (var k = 0; k < parts.Length; k++)
            {
                map[parts[k].ToLowerInvariant()] = parts[0];
                if (k > 0 && !parts[k].Contains(' ', StringComparison.Ordinal) && parts[k] is not ("america" or "holland" or "burma" or "usa" or "uae" or "emirates" or "dubai"))
                    Adjectives.Add(parts[k]);
            }
        }
        return map;
    }
}

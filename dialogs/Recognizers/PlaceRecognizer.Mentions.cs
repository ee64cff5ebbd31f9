using CareerBot.Dialogs.Recognizers.Text;

namespace CareerBot.Dialogs.Recognizers;

public sealed partial class PlaceRecognizer
{
    /// <summary>Words that make the name before them a road's ("Walsall Road", "Coventry Rd", "Dudley Street").</summary>
    private static readonly string[] StreetWords = ["road", "rd", "roads", "street", "st", "lane", "ln", "avenue", "ave", "crescent", "grove", "terrace"];

    /// <summary>Words that make the name before them an employer's ("Dudley Group", "Walsall Council", "Birmingham City
    /// Council"; not "Coventry city", which is the city).</summary>
    private static readonly string[] EmployerWords =
        ["group", "trust", "nhs", "healthcare", "council", "councils", "university", "uni", "college", "fc", "community", "partnership"];

    /// <summary>Words after a town's name that make it a hospital's ("Sandwell Hospital", "Walsall General").</summary>
    private static readonly string[] HospitalWords = ["hospital", "hospitals", "general", "infirmary", "hospice"];

    /// <summary>Words after "hospital" that make the town where the jobs are looked for ("walsall hospital jobs").</summary>
    private static readonly string[] JobWords = ["job", "jobs", "work", "role", "roles", "vacancy", "vacancies", "position", "positions"];

    /// <summary>The town to say for a place: the borough for a city or town centre ("Walsall", not "Walsall town centre")
    /// and for a joined name ("Wolverhampton", not "Bushbury and Low Hill").</summary>
    private static string TownOf(SearchIndex.Places.KnownPlace place) =>
        place.Name.EndsWith("centre", StringComparison.OrdinalIgnoreCase) || place.Name.Contains(" and ", StringComparison.Ordinal) ? place.Borough : place.Name;

    /// <summary>A landmark that is a college or university ("Walsall College", "University of Birmingham").</summary>
    private static bool IsCollege(string name) => Tokens.Of(name).Any(t => t.IsAny("college", "university", "uni"));

    /// <summary>A road word follows the name that ends before token <paramref name="to"/>.</summary>
    private static bool StreetAfter(IReadOnlyList<Token> t, int to) => to < t.Count && t[to].IsAny(StreetWords);

    /// <summary>
    /// Every known place name typed in <paramref name="text"/> (exactly, not with a typo), from left to right, with
    /// what it stands for: the place, a hospital with its own name, or part of a road's, an employer's or a ward's
    /// name. A caller that reads a home out of its own question leaves out what is no home.
    /// </summary>
    public IReadOnlyList<PlaceMention> Mentions(string text)
    {
        var t = Tokens.Of(text);
        var found = new List<PlaceMention>();
        foreach (var (from, to, place, name, landmark) in Hits(t).OrderBy(h => h.From))
        {
            var (start, length) = Tokens.Span(t, from, to);
            var after = to < t.Count && t[to].Is("city") ? to + 1 : to;
            var next = after < t.Count ? t[after] : default;
            if (StreetAfter(t, to))
            {
                (start, length) = Tokens.Span(t, from, to + 1);
                found.Add(new(start, length, name, PlaceMentionKind.Street));
            }
            else if (landmark && _hospitals.Contains(name)) found.Add(new(start, length, name, PlaceMentionKind.Hospital, TownOf(place)));
            else if (landmark && IsCollege(name)) found.Add(new(start, length, name, PlaceMentionKind.College, TownOf(place)));
            else if (landmark) found.Add(new(start, length, name, PlaceMentionKind.Place));
            // "a job at sandwell hospital", "walsall general": a town's name with a hospital's word is that hospital, a
            // workplace, no home. Not "walsall hospital jobs": hospital jobs in that town.
            else if (next.IsWord && next.IsAny(HospitalWords) && !(after + 1 < t.Count && t[after + 1].IsAny(JobWords)))
            {
                (start, length) = Tokens.Span(t, from, after + 1);
                found.Add(new(start, length, name + " " + char.ToUpperInvariant(next.Text[0]) + next.Text[1..], PlaceMentionKind.Hospital, TownOf(place)));
            }
            else if (next.IsWord && next.IsAny(EmployerWords)) found.Add(new(start, length, name, PlaceMentionKind.Employer));
            else if (next.IsWord && next.IsAny("ward", "wards")) found.Add(new(start, length, name, PlaceMentionKind.Ward));
            else found.Add(new(start, length, name, PlaceMentionKind.Place));
        }
        return found;
    }
}

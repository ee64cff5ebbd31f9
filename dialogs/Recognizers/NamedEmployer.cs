namespace CareerBot.Dialogs.Recognizers;

/// <summary>What sort of employer a resident named: the catalogue has jobs by sort of employer, never one employer's.</summary>
public enum EmployerKind
{
    /// <summary>An NHS hospital, or a trust that runs hospitals ("the Dudley Group", "New Cross").</summary>
    Hospital,
    /// <summary>An NHS trust that cares for people at home and in clinics ("BCHC").</summary>
    CommunityNhs,
    /// <summary>An NHS mental health trust ("Black Country Healthcare").</summary>
    MentalHealth,
    /// <summary>The ambulance service.</summary>
    Ambulance,
    /// <summary>A council ("Birmingham City Council", "the council").</summary>
    Council,
    /// <summary>A chain of chemists ("Boots", "Lloyds Pharmacy").</summary>
    Chemist,
    /// <summary>A shop, supermarket or cafe chain ("Asda", "Tesco"): not an employer we have jobs for.</summary>
    Shop,
    /// <summary>A college or university, where courses are ("Walsall College", "BMet", "the uni").</summary>
    College,
}

/// <summary>
/// An employer or place of work or study named in an answer: the name to say back, what sort it is, and the town it
/// is in (null when it is in many). It is where the work or course is, never the resident's home.
/// </summary>
public sealed record NamedEmployer(string Name, EmployerKind Kind, string? Town)
{
    /// <summary>The words to search for the jobs this sort of employer has ("hospital", "council"), or for a college its
    /// courses; empty for a shop.</summary>
    public string SearchWords => Kind switch
    {
        EmployerKind.Hospital => "hospital",
        EmployerKind.CommunityNhs => "nhs",
        EmployerKind.MentalHealth => "mental health",
        EmployerKind.Ambulance => "ambulance",
        EmployerKind.Council => "council",
        EmployerKind.Chemist => "pharmacy",
        EmployerKind.College => "course",
        _ => "",
    };
}

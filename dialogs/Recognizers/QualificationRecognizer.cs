
namespace CareerBot.Dialogs.Recognizers;

/// <summary>UK and overseas qualifications and levels.</summary>
public sealed class QualificationRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<QualificationSet> Recognise(string text) => Recognition<QualificationSet>.NoMatch;
}


namespace CareerBot.Dialogs.Recognizers;

/// <summary>Days, parts of the day, patterns and hours.</summary>
public sealed class AvailabilityRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<Availability> Recognise(string text) => Recognition<Availability>.NoMatch;
}

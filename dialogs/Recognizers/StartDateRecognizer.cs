
namespace CareerBot.Dialogs.Recognizers;

/// <summary>Start dates relative to the turn's local time.</summary>
public sealed class StartDateRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<StartDate> Recognise(string text, DateTimeOffset localNow) => Recognition<StartDate>.NoMatch;
}

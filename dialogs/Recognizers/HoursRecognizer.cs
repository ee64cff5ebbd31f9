
namespace CareerBot.Dialogs.Recognizers;

/// <summary>Hours per week or per day.</summary>
public sealed class HoursRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<WeeklyHours> Recognise(string text) => Recognition<WeeklyHours>.NoMatch;
}

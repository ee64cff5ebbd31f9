
namespace CareerBot.Dialogs.Recognizers;

/// <summary>Yes/no and their everyday variants.</summary>
public sealed class YesNoRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<bool> Recognise(string text) => Recognition<bool>.NoMatch;
}

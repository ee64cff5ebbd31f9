
namespace CareerBot.Dialogs.Recognizers;

/// <summary>Numbers in digits and words, ranges and approximations.</summary>
public sealed class NumberRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<NumberRange> Recognise(string text) => Recognition<NumberRange>.NoMatch;
}

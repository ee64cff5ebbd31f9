
namespace CareerBot.Dialogs.Recognizers;

/// <summary>Picks one option by label, number, ordinal or fuzzy match; the value is the option's index.</summary>
public sealed class ChoiceRecognizer
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<int> Recognise(string text, IReadOnlyList<ChoiceOption> options) => Recognition<int>.NoMatch;
}

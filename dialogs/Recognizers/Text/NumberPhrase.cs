namespace CareerBot.Dialogs.Recognizers.Text;

/// <summary>A number phrase found in tokens [<see cref="From"/>, <see cref="To"/>).</summary>
internal sealed record NumberPhrase(NumberRange Range, int From, int To);

namespace CareerBot.Dialogs.Recognizers;

/// <summary>
/// The pay a resident asked for: a least figure a year ("£15 an hour" is about £29,300 a year at the NHS's 37.5 hours a
/// week), or only a wish for good pay ("well paid", "good money") when <see cref="MinYearly"/> is null.
/// </summary>
/// <param name="MinYearly">The least pay a year, in whole pounds; null for "good pay" with no figure.</param>
/// <param name="Said">The wish as the bot says it back: "£15 an hour", "£25,000 a year", "good pay".</param>
public sealed record PayWish(int? MinYearly, string Said);

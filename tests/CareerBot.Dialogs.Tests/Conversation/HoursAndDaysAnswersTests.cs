using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Days of the week and times of work said at the hours question or the times question: kept, said back, and given
/// to the search. See HoursAndDaysCheck for what the expectations mean; HoursAndDaysHeldOutTests holds other wordings.
/// </summary>
public sealed class HoursAndDaysAnswersTests
{
    [Theory]
    [InlineData("zero hour contract", "+Bank h=none say=bank_shifts")]
    [InlineData("0 hrs contract is fine", "+Bank h=none")]
    [InlineData("Any time", "h=none any skip")]
    [InlineData("whenever", "h=none any skip")]
    [InlineData("flexible", "h=none asked")]
    [InlineData("any day but not sunday", "days=Mon,Tue,Wed,Thu,Fri,Sat skip say=any_day_but_Sundays")]
    [InlineData("20 hours only mondays and fridays", "h=20-20 days=Mon,Fri skip say=on_Mondays_and_Fridays")]
    [InlineData("no weekends", "days=Mon,Tue,Wed,Thu,Fri +Weekdays -Weekends skip say=on_weekdays")]
    [InlineData("part time", "+PartTime asked")]
    public Task Hours_Answer_IsHeld(string answer, string expect) => HoursAndDaysCheck.RunAsync("hours", answer, expect);

    [Theory]
    [InlineData("not fridays", "days=Mon,Tue,Wed,Thu,Sat,Sun say=any_day_but_Fridays")]
    [InlineData("only tues and thurs", "days=Tue,Thu +Weekdays -Weekends say=on_Tuesdays_and_Thursdays")]
    [InlineData("no weekends", "days=Mon,Tue,Wed,Thu,Fri +Weekdays -Weekends say=on_weekdays")]
    [InlineData("weekends only", "days=Sat,Sun +Weekends say=weekends")]
    [InlineData("any day but not sunday", "days=Mon,Tue,Wed,Thu,Fri,Sat say=any_day_but_Sundays")]
    [InlineData("zero hour contract", "+Bank")]
    [InlineData("saturday and tuesday evenings", "days=Tue,Sat +Evenings say=evenings_on_Tuesdays_and_Saturdays")]
    [InlineData("any day", "days=all")]
    [InlineData("Weekends", "days=Sat,Sun +Weekends")]
    public Task Times_Answer_IsHeld(string answer, string expect) => HoursAndDaysCheck.RunAsync("times", answer, expect);
}

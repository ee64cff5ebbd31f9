using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Hours, days and shifts in residents' own words: bank work said with the hours, the job they have now against the
/// hours they want, "as many as I can", days a week, and days added in a later answer. See <see cref="OwnHoursTalk"/>
/// for what the expectations mean; "a | b" are two answers. <see cref="OwnHoursHeldOutTests"/> holds other wordings.
/// </summary>
public sealed class OwnHoursTests
{
    [Theory]
    [InlineData("part time bank shifts", "+Bank +PartTime say=part-time_bank_shifts")]
    [InlineData("20 hours bank", "+Bank h=20-20 say=20_hours_a_week_on_bank_shifts")]
    [InlineData("as many hours as poss", "+FullTime h=37-48")]
    [InlineData("as much as i can", "+FullTime h=37-48")]
    [InlineData("full time if possible", "+FullTime h=35-40")]
    [InlineData("3 days a week", "h=21-24 say=3_days_a_week,_about_21_to_24_hours")]
    [InlineData("two days a week", "h=14-16 say=2_days_a_week")]
    [InlineData("i work nights at asda so days only", "+Days -Nights skip")]
    [InlineData("i work full time at asda so just evenings", "-FullTime +Evenings skip")]
    public Task Hours_OwnWords_AreHeld(string answers, string expect) => OwnHoursTalk.RunAsync("hours", answers, expect);

    [Theory]
    [InlineData("i work nights at asda so days only", "+Days -Nights say=mornings_and_afternoons")]
    [InlineData("im on days at the moment, evenings please", "+Evenings -Days")]
    // Said alone, "i work nights" is how many say when they can work.
    [InlineData("i work nights", "+Nights")]
    [InlineData("i work best in the mornings, evenings are ok too", "+Days +Evenings")]
    [InlineData("i work weekends but can do weekdays too", "days=Mon,Tue,Wed,Thu,Fri")]
    [InlineData("mondays | and fridays too", "days=Mon,Fri say=on_Mondays_and_Fridays")]
    [InlineData("mornings | evenings as well", "+Days +Evenings")]
    // Not said as more: the days said last are the days.
    [InlineData("mondays | fridays", "days=Fri")]
    [InlineData("bank shifts whenever", "+Bank any")]
    public Task Times_OwnWords_AreHeld(string answers, string expect) => OwnHoursTalk.RunAsync("times", answers, expect);

    [Theory]
    [InlineData("part time bank shifts as a porter", "+Bank +PartTime say=part-time_bank_shifts")]
    [InlineData("i work nights at asda so days only", "+Days -Nights")]
    [InlineData("porter on the bank", "+Bank say=bank_shifts")]
    [InlineData("porter, zero hours is fine", "+Bank")]
    public Task First_OwnWords_AreHeld(string answers, string expect) => OwnHoursTalk.RunAsync("first", answers, expect);
}

using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>First answers kept out while the rules were written, checked once at the end (see <see cref="FirstAnswerTests"/>).</summary>
public sealed class FirstAnswerHeldOutTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    [InlineData("dunno really, maybe looking after elderly", "kind=care")]
    [InlineData("hey there!", "again")]
    [InlineData("i am carer for my husband, want job with money", "confirm")]
    [InlineData("any job but not kitchen", "any")]
    [InlineData("kitchin", "title~catering|cook")]
    [InlineData("i dont want driving i like cleaning", "kind=behind;text~cleaning;text!driving")]
    [InlineData("work in a school with children", "notours")]
    [InlineData("you pick", "notsure")]
    [InlineData("laundry", "title~laundry")]
    [InlineData("no idea, maybe computer stuff", "kind=computers")]
    public async Task FirstAnswer_HeldOut(string text, string expect) => await FirstAnswerTests.CheckAsync(real, text, expect);
}

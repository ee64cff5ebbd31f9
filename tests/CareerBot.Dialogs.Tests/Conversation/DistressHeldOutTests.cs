using CareerBot.Dialogs.Conversation;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Wordings written down before <see cref="Distress"/> was tried on them and never tuned on: how well the reader does
/// on words it has not seen. Scored before their misses were mended: the first set 12 of 18, the second 10 of 13.
/// </summary>
public sealed class DistressHeldOutTests
{
    [Theory]
    [InlineData("honestly i just want to end it", Distress.SelfHarm)]
    [InlineData("i cant go on like this i want to die", Distress.SelfHarm)]
    [InlineData("sometimes i think about killing myself", Distress.SelfHarm)]
    [InlineData("i want to hurt myself", Distress.SelfHarm)]
    [InlineData("im so depressed i feel like ending it all", Distress.SelfHarm)]
    [InlineData("life is not worth living", Distress.SelfHarm)]
    [InlineData("i might as well be dead", Distress.SelfHarm)]
    [InlineData("i've been cutting myself", Distress.SelfHarm)]
    [InlineData("my boyfriend beats me", Distress.Abuse)]
    [InlineData("im scared of my husband", Distress.Abuse)]
    [InlineData("my ex keeps threatening me", Distress.Abuse)]
    [InlineData("i am living with domestic violence", Distress.Abuse)]
    public void Danger_IsFound(string text, string kind) => Assert.Equal(kind, Distress.Find(text));

    [Theory]
    [InlineData("i want to be a support worker for people with suicidal thoughts")]
    [InlineData("im dead tired of looking for work")]
    [InlineData("killing it at my current job lol")]
    [InlineData("what is the cut off for nursing")]
    [InlineData("I hit my target at work")]
    [InlineData("i want to work with victims of domestic abuse")]
    public void WorkAndFiguresOfSpeech_AreNotDanger(string text) => Assert.Null(Distress.Find(text));

    /// <summary>A second held-out set, written after the first was scored (12 of 18) and before its misses were mended.</summary>
    [Theory]
    [InlineData("i keep thinking of suicide", Distress.SelfHarm)]
    [InlineData("nobody would miss me if i was gone", Distress.SelfHarm)]
    [InlineData("i'm planning to end it tonight", Distress.SelfHarm)]
    [InlineData("i hate my life and want to disappear", Distress.SelfHarm)]
    [InlineData("i have thoughts of harming myself", Distress.SelfHarm)]
    [InlineData("my wife hits me when she is drunk", Distress.Abuse)]
    [InlineData("my partner controls my money and hurts me", Distress.Abuse)]
    [InlineData("i ran away from home because my dad beats me", Distress.Abuse)]
    public void Danger_IsFound_Second(string text, string kind) => Assert.Equal(kind, Distress.Find(text));

    [Theory]
    [InlineData("i survived a lot, i want to help others now")]
    [InlineData("i am dying to get a job as a porter")]
    [InlineData("we had to deal with overdoses on the ward")]
    [InlineData("my mum is disabled and i care for her")]
    [InlineData("i want to work in a hospice with people at the end of life")]
    public void WorkAndFiguresOfSpeech_AreNotDanger_Second(string text) => Assert.Null(Distress.Find(text));
}

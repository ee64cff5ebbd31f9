using CareerBot.Dialogs.Conversation;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed class InterruptionsTests
{
    [Theory]
    [InlineData("help", InterruptionKind.Help)]
    [InlineData("Help!", InterruptionKind.Help)]
    [InlineData("HELP ME", InterruptionKind.Help)]
    [InlineData("start again", InterruptionKind.Restart)]
    [InlineData("Restart", InterruptionKind.Restart)]
    [InlineData("go back", InterruptionKind.Back)]
    [InlineData("change my hours", InterruptionKind.ChangeHours)]
    [InlineData("please change my place", InterruptionKind.ChangePlace)]
    [InlineData("stop", InterruptionKind.Stop)]
    [InlineData("cancel", InterruptionKind.Stop)]
    [InlineData("forget me", InterruptionKind.ForgetMe)]
    [InlineData("Delete my data", InterruptionKind.ForgetMe)]
    [InlineData("thank you", InterruptionKind.Thanks)]
    [InlineData("bye", InterruptionKind.Goodbye)]
    [InlineData("hello", InterruptionKind.Greeting)]
    // Asking to start (an SMS poster's "text START", a first message on any channel) is a greeting, not an answer.
    [InlineData("START", InterruptionKind.Greeting)]
    [InlineData("Start.", InterruptionKind.Greeting)]
    [InlineData("lets start", InterruptionKind.Greeting)]
    [InlineData("let's begin please", InterruptionKind.Greeting)]
    [InlineData("ok start", InterruptionKind.Greeting)]
    [InlineData("i want to start", InterruptionKind.Greeting)]
    [InlineData("start now", InterruptionKind.None)]
    [InlineData("I can start next week", InterruptionKind.None)]
    [InlineData("start date", InterruptionKind.None)]
    [InlineData("begin again", InterruptionKind.Restart)]
    [InlineData("change my distance", InterruptionKind.ChangePlace)]
    [InlineData("can i edit the start date", InterruptionKind.ChangeHours)]
    [InlineData("I want to update my post code please", InterruptionKind.ChangePlace)]
    [InlineData("change how far", InterruptionKind.ChangePlace)]
    [InlineData("fix my gcses", InterruptionKind.ChangeQualifications)]
    [InlineData("change the type of work", InterruptionKind.ChangeInterest)]
    [InlineData("change my days", InterruptionKind.ChangeHours)]
    [InlineData("I want to change my life", InterruptionKind.None)]
    [InlineData("I want to change careers into care", InterruptionKind.None)]
    [InlineData("I like to help people", InterruptionKind.None)]
    [InlineData("I want to stop being a cleaner", InterruptionKind.None)]
    [InlineData("back office work", InterruptionKind.None)]
    [InlineData("", InterruptionKind.None)]
    [InlineData("   ", InterruptionKind.None)]
    public void Recognise_Message_FindsKind(string text, InterruptionKind expected) =>
        Assert.Equal(expected, Interruptions.Recognise(text).Kind);

    [Theory]
    [InlineData("what does NVQ mean?", "glossary.nvq")]
    [InlineData("What is a DBS check", "glossary.dbs")]
    [InlineData("whats band 2", "glossary.band")]
    [InlineData("NVQ?", "glossary.nvq")]
    [InlineData("meaning of apprenticeship", "glossary.apprenticeship")]
    [InlineData("what does ESOL stand for", "glossary.esol")]
    [InlineData("explain shifts", "glossary.shift")]
    public void Recognise_GlossaryQuestion_FindsTheWord(string text, string key)
    {
        var found = Interruptions.Recognise(text);
        Assert.Equal(InterruptionKind.Glossary, found.Kind);
        Assert.Equal(key, found.Key);
    }

    [Fact]
    public void Recognise_UnknownWordQuestion_IsUnknownWord()
    {
        var found = Interruptions.Recognise("what does zumba mean?");
        Assert.Equal(InterruptionKind.UnknownWord, found.Kind);
        Assert.Equal("zumba", found.Key);
    }

    [Theory]
    [InlineData("\u0000\u0001")]
    [InlineData("\ud83d\ude00\ud83d\ude00")]
    [InlineData("ｈｅｌｐ")]
    public void Recognise_OddUnicode_NeverThrows(string text)
    {
        var found = Interruptions.Recognise(text);
        Assert.True(Enum.IsDefined(found.Kind));
    }
}

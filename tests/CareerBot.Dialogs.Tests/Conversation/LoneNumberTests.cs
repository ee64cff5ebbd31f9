using CareerBot.Dialogs.Engine;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// A number typed alone at a question with buttons. Where the channel shows the buttons numbered (SMS, the
/// terminal chat) a number in range is that button. Where it does not (web chat, Teams, the Emulator) a number that
/// is the question's own kind of answer (miles, hours) is that answer, and when it could also be a button that means
/// something else, the bot asks which one with two buttons.
/// </summary>
public sealed class LoneNumberTests
{
    private const string Hours = "How many hours a week can you work?";
    private const string Times = "When can you work?";
    private const string Miles = "How far can you travel to work?";
    private const string Which = "Which one do you mean?";
    private const string Next = "What would you like to do next?";

    private static async Task<TestTalk> AtMilesAsync(ChannelKind channel, bool? numbered = null)
    {
        var talk = new TestTalk(channel: channel, numbered: numbered);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Full-time", "Days", "Now", "Dudley");
        Assert.Equal(Miles, talk.LastText);
        return talk;
    }

    private static async Task<TestTalk> AtHoursAsync(ChannelKind channel, bool? numbered = null)
    {
        var talk = new TestTalk(channel: channel, numbered: numbered);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None");
        Assert.Equal(Hours, talk.LastText);
        return talk;
    }

    private static void AssertAsksWhich(TestTalk talk, string first, string second)
    {
        var ask = talk.Last.Replies[^1];
        Assert.Equal(Which, ask.Text);
        Assert.True(ask.ExpectsInput);
        Assert.Equal([first, second], ask.Choices.Select(c => c.Label));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
    }

    // --- Distance: channels that show the buttons without numbers ---

    [Theory]
    [InlineData(ChannelKind.WebChat, "3", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.Teams, "3", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.Emulator, "3", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.DirectLine, "3", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.WebChat, "3 pls", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.WebChat, " 3. ", "3 miles", "Up to 10 miles")]
    [InlineData(ChannelKind.WebChat, "1", "1 mile", "Up to 3 miles")]
    [InlineData(ChannelKind.WebChat, "2", "2 miles", "Up to 5 miles")]
    [InlineData(ChannelKind.WebChat, "4", "4 miles", "Any distance")]
    [InlineData(ChannelKind.WebChat, "two", "2 miles", "Up to 5 miles")]
    public async Task Distance_UnnumberedButtons_NumberThatCouldBeEither_AsksWhich(ChannelKind channel, string typed, string first, string second)
    {
        var talk = await AtMilesAsync(channel);
        var searches = talk.Catalogue.Profiles.Count;
        await talk.SayAsync(typed);
        AssertAsksWhich(talk, first, second);
        Assert.Equal(searches, talk.Catalogue.Profiles.Count);
    }

    [Theory]
    [InlineData("3 miles", 3.0)]
    [InlineData("Up to 10 miles", 10.0)]
    [InlineData("3", 3.0)]
    [InlineData("the 10 miles one", 10.0)]
    [InlineData("up to 10", 10.0)]
    [InlineData("7", 7.0)]
    public async Task Distance_WebChat_AnswerToTheCheck_IsKept(string answer, double miles)
    {
        var talk = await AtMilesAsync(ChannelKind.WebChat);
        await talk.SayAsync("3");
        await talk.SayAsync(answer);
        Assert.Equal(Next, talk.LastText);
        Assert.Equal(miles, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Fact]
    public async Task Distance_WebChat_OtherAnswerAtTheCheck_IsTakenAsTheAnswer()
    {
        var talk = await AtMilesAsync(ChannelKind.WebChat);
        await talk.SayAsync("3");
        await talk.SayAsync("any distance is fine");
        Assert.Equal(Next, talk.LastText);
        Assert.Null(talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Fact]
    public async Task Distance_WebChat_CheckAskedAgainAfterHelp_KeepsBothButtons()
    {
        var talk = await AtMilesAsync(ChannelKind.WebChat);
        await talk.SayAsync("3");
        await talk.SayAsync("help");
        AssertAsksWhich(talk, "3 miles", "Up to 10 miles");
        await talk.SayAsync("Up to 10 miles");
        Assert.Equal(10.0, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Theory]
    [InlineData(ChannelKind.WebChat, "5", 5.0)]
    [InlineData(ChannelKind.WebChat, "7", 7.0)]
    [InlineData(ChannelKind.WebChat, "10", 10.0)]
    [InlineData(ChannelKind.WebChat, "10 mile", 10.0)]
    [InlineData(ChannelKind.WebChat, "15 please", 15.0)]
    [InlineData(ChannelKind.Teams, "5", 5.0)]
    [InlineData(ChannelKind.WebChat, "3 miles", 3.0)]
    [InlineData(ChannelKind.WebChat, "Up to 3 miles", 3.0)]
    [InlineData(ChannelKind.WebChat, "option 3", 10.0)]
    [InlineData(ChannelKind.WebChat, "the third one", 10.0)]
    public async Task Distance_UnnumberedButtons_OnlyOneReading_TakenAtOnce(ChannelKind channel, string typed, double miles)
    {
        var talk = await AtMilesAsync(channel);
        await talk.SayAsync(typed);
        Assert.Equal(Next, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Which);
        Assert.Equal(miles, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    // --- Distance: channels that number the buttons (as today) ---

    [Theory]
    [InlineData(ChannelKind.Sms, null, "3", 10.0)]
    [InlineData(ChannelKind.Sms, null, "1", 3.0)]
    [InlineData(ChannelKind.Sms, null, "2", 5.0)]
    [InlineData(ChannelKind.Sms, null, "3 pls", 10.0)]
    [InlineData(ChannelKind.Sms, null, "7", 7.0)]
    [InlineData(ChannelKind.Sms, null, "three", 10.0)]
    [InlineData(ChannelKind.Sms, null, "10 mile", 10.0)]
    [InlineData(ChannelKind.Test, true, "3", 10.0)]
    [InlineData(ChannelKind.WebChat, true, "3", 10.0)]
    public async Task Distance_NumberedButtons_NumberInRangeIsTheButton(ChannelKind channel, bool? numbered, string typed, double miles)
    {
        var talk = await AtMilesAsync(channel, numbered);
        await talk.SayAsync(typed);
        Assert.Equal(Next, talk.LastText);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Which);
        Assert.Equal(miles, talk.Catalogue.Profiles[^1].MaxMiles);
    }

    [Fact]
    public async Task Distance_Sms_Four_IsAnyDistance()
    {
        var talk = await AtMilesAsync(ChannelKind.Sms);
        await talk.SayAsync("4");
        Assert.Equal(Next, talk.LastText);
        Assert.Null(talk.Catalogue.Profiles[^1].MaxMiles);
    }

    // --- Hours ---

    [Theory]
    [InlineData(ChannelKind.WebChat, "20", 20)]
    [InlineData(ChannelKind.WebChat, "16", 16)]
    [InlineData(ChannelKind.WebChat, "37", 37)]
    [InlineData(ChannelKind.WebChat, "20 pls", 20)]
    [InlineData(ChannelKind.Emulator, "30", 30)]
    [InlineData(ChannelKind.Sms, "20", 20)]
    [InlineData(ChannelKind.Sms, "16", 16)]
    [InlineData(ChannelKind.Test, "20", 20)]
    public async Task Hours_NumberNoButtonHas_IsTheHours(ChannelKind channel, string typed, int hours)
    {
        var talk = await AtHoursAsync(channel);
        await talk.SayAsync(typed);
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now", "skip");
        Assert.Equal(hours, talk.Catalogue.Profiles[^1].MinHoursPerWeek);
        Assert.Equal(hours, talk.Catalogue.Profiles[^1].MaxHoursPerWeek);
    }

    [Theory]
    [InlineData("3", "3 hours a week", "Less than 16 hours")]
    [InlineData("2", "2 hours a week", "Part-time")]
    [InlineData("1", "1 hour a week", "Full-time")]
    [InlineData("4", "4 hours a week", "I do not mind")]
    [InlineData("three", "3 hours a week", "Less than 16 hours")]
    public async Task Hours_WebChat_NumberThatCouldBeAButton_AsksWhich(string typed, string first, string second)
    {
        var talk = await AtHoursAsync(ChannelKind.WebChat);
        await talk.SayAsync(typed);
        AssertAsksWhich(talk, first, second);
    }

    [Fact]
    public async Task Hours_WebChat_CheckAnsweredWithTheButton_KeepsTheButton()
    {
        var talk = await AtHoursAsync(ChannelKind.WebChat);
        await talk.SayAsync("2");
        await talk.SayAsync("Part-time");
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now", "skip");
        Assert.True(talk.Catalogue.Profiles[^1].Patterns.HasFlag(WorkPatterns.PartTime));
        Assert.Equal(16, talk.Catalogue.Profiles[^1].MinHoursPerWeek);
    }

    [Fact]
    public async Task Hours_WebChat_CheckAnsweredWithTheHours_KeepsTheHours()
    {
        var talk = await AtHoursAsync(ChannelKind.WebChat);
        await talk.SayAsync("3");
        await talk.SayAsync("3 hours a week");
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now", "skip");
        Assert.Equal(3, talk.Catalogue.Profiles[^1].MaxHoursPerWeek);
    }

    [Theory]
    [InlineData(ChannelKind.Sms, "2")]
    [InlineData(ChannelKind.Test, "2")]
    [InlineData(ChannelKind.Sms, "2 please")]
    public async Task Hours_NumberedButtons_NumberInRangeIsTheButton(ChannelKind channel, string typed)
    {
        var talk = await AtHoursAsync(channel);
        await talk.SayAsync(typed);
        Assert.Equal(Times, talk.LastText);
        await talk.SayAllAsync("Days", "Now", "skip");
        Assert.True(talk.Catalogue.Profiles[^1].Patterns.HasFlag(WorkPatterns.PartTime));
        Assert.Equal(16, talk.Catalogue.Profiles[^1].MinHoursPerWeek);
    }

    // --- Questions whose answer is not a number ---

    [Theory]
    [InlineData(ChannelKind.WebChat)]
    [InlineData(ChannelKind.Sms)]
    public async Task Qualifications_Number_IsTheButtonOnEveryChannel(ChannelKind channel)
    {
        var talk = new TestTalk(channel: channel);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "3");
        Assert.Equal("What level is your course?", talk.LastText);
    }

    [Theory]
    [InlineData(ChannelKind.WebChat, "2", 2)]
    [InlineData(ChannelKind.WebChat, "3", 3)]
    [InlineData(ChannelKind.Sms, "2", 2)]
    public async Task CourseLevel_NumberIsBothTheButtonAndItsLabel_NoCheck(ChannelKind channel, string typed, int level)
    {
        var talk = new TestTalk(channel: channel);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "A work course", typed);
        Assert.Equal(Hours, talk.LastText);
        await talk.SayAllAsync("Full-time", "Days", "Now", "skip");
        Assert.Equal(level, talk.Catalogue.Profiles[^1].QualificationLevel);
    }

    [Fact]
    public async Task Choice_WebChat_NumberInOneLabelAndAnotherButtonsPlace_AsksWhich()
    {
        // Buttons: "Band 3 support worker" (1st), "Porter" (2nd), "Cleaner" (3rd); "3" is in the first one's name
        // and the third one's place in the list.
        var talk = new TestTalk(channel: ChannelKind.WebChat);
        var spec = new PromptSpec
        {
            Kind = PromptKind.Choice, Step = "test", MessageKey = "ask.results.which_job",
            Choices = [new("a", "Band 3 support worker"), new("b", "Porter"), new("c", "Cleaner")],
        };
        var recognizer = new CareerBot.Dialogs.Conversation.CareerPromptRecognizer(talk.Search, TestTalk.Places, CareerBot.Dialogs.Messages.MessageCatalogue.Default);
        var turn = new Turn { Text = "3", LocalTime = TestTalk.Now, Channel = ChannelKind.WebChat, ConversationId = "c1" };
        var heard = await recognizer.RecogniseAsync(spec, turn, new DialogState(), TestContext.Current.CancellationToken);
        Assert.True(heard.NeedsConfirmation);
        Assert.Equal(["a", "c"], new[] { heard.Answer?.Choice, heard.Other?.Choice });

        var sms = await recognizer.RecogniseAsync(spec, turn with { Channel = ChannelKind.Sms }, new DialogState(), TestContext.Current.CancellationToken);
        Assert.False(sms.NeedsConfirmation);
        Assert.Equal("c", sms.Answer?.Choice);
    }

    // --- The results menu: a bare number is the menu button everywhere; "job 2" and "the second one" pick a job ---

    [Theory]
    [InlineData(ChannelKind.WebChat)]
    [InlineData(ChannelKind.Sms)]
    [InlineData(ChannelKind.Teams)]
    public async Task ResultsMenu_BareTwo_IsMoreJobs(ChannelKind channel)
    {
        var talk = await AtMilesAsync(channel);
        await talk.SayAsync("Up to 5 miles");
        Assert.Equal(Next, talk.LastText);
        await talk.SayAsync("2");
        Assert.Equal(3, talk.Catalogue.Profiles[^1].Offset);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text == Which);
    }

    [Theory]
    [InlineData(ChannelKind.WebChat, "job 2")]
    [InlineData(ChannelKind.WebChat, "the second one")]
    [InlineData(ChannelKind.Sms, "job 2")]
    public async Task ResultsMenu_JobByNumber_ShowsThatJob(ChannelKind channel, string typed)
    {
        var talk = new TestTalk(channel: channel);
        await talk.JoinAsync();
        await talk.SayAllAsync("Caring for people", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Equal(Next, talk.LastText);
        var second = talk.Catalogue.Profiles.Count;
        var shown = talk.Last.Replies.SelectMany(r => r.Cards).Select(c => c.Title).ToList();
        Assert.True(shown.Count >= 2);
        await talk.SayAsync(typed);
        Assert.StartsWith(shown[1] + ". ", talk.Last.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(second, talk.Catalogue.Profiles.Count);
    }
}

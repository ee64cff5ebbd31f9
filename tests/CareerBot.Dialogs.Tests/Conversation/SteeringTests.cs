using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>
/// Residents steering the talk, as played in the terminal chat (numbered lists, as SMS): a list's place in any form,
/// "more" at a list with a "More choices" button, skipping a question or hearing it again, and at the results more
/// jobs, a wrong answer and a least pay. With the small catalogue.
/// </summary>
public sealed class SteeringTests
{
    private const string MoreKinds = "Here are more kinds of work.";
    private const string Hours = "How many hours a week can you work?";
    private const string Quals = "What qualifications do you have?";
    private const string Menu = "What would you like to do next?";

    private static Task<TestTalk> AtResultsAsync() =>
        TestTalk.StartAsync("Caring for people", "None", "Part-time", "Nights", "Now", "Dudley", "Up to 5 miles");

    private static void NoSorry(TestTalk talk) => Assert.DoesNotContain("Sorry", talk.AllText, StringComparison.Ordinal);

    [Theory]
    [InlineData("show me more")]
    [InlineData("other choices")]
    [InlineData("next")]
    [InlineData("number 4")]
    [InlineData("the last one")]
    public async Task NoneOfTheseThenMore_ShowsMoreKinds(string text)
    {
        var talk = await AtResultsAsync();
        await talk.SayAsync("none of these");
        Assert.Equal("What kind of work do you like?", talk.LastText);

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.StartsWith(MoreKinds, talk.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(2)", "hospital")]
    [InlineData("no 3", "porter")]
    [InlineData("option 2", "hospital")]
    [InlineData("the first", "caring for people")]
    [InlineData("second one", "hospital")]
    [InlineData("too", "hospital")]
    [InlineData("#2", "hospital")]
    [InlineData("2nd", "hospital")]
    [InlineData("number two", "hospital")]
    [InlineData("i want 3", "porter")]
    public async Task FirstList_PlaceInAnyForm_PicksThatButton(string text, string kind)
    {
        var talk = await TestTalk.StartAsync();

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.Contains(kind, talk.AllText, StringComparison.Ordinal);
        // "the first", "2nd" are places on the list here, not a start date.
        Assert.DoesNotContain("start from", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Quals, talk.LastText);
    }

    [Theory]
    [InlineData("7", "not on the list")]
    [InlineData("0", "not on the list")]
    [InlineData("-1", "not on the list")]
    [InlineData("number 9", "not on the list")]
    [InlineData("2 and 3", "one number")]
    public async Task FirstList_OffTheListOrTwo_SaysWhichNumbers(string text, string said)
    {
        var talk = await TestTalk.StartAsync();

        await talk.SayAsync(text);

        Assert.Contains(said, talk.AllText, StringComparison.Ordinal);
        Assert.Contains("from 1 to 4", talk.AllText, StringComparison.Ordinal);
        Assert.Equal("What kind of work do you like?", talk.LastText);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("pass")]
    [InlineData("next question")]
    [InlineData("later")]
    [InlineData("skip this one")]
    public async Task Question_Skipped_GoesOnKindly(string text)
    {
        var talk = await TestTalk.StartAsync("Caring for people");

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.Contains("That is OK.", talk.AllText, StringComparison.Ordinal);
        Assert.Equal(Hours, talk.LastText);
    }

    [Theory]
    [InlineData("what was the question")]
    [InlineData("repeat")]
    [InlineData("can you repeat that")]
    public async Task Question_AskedAgain_SaysItAgain(string text)
    {
        var talk = await TestTalk.StartAsync("Caring for people");

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.Equal("Here is my question again.", talk.Last.Replies[0].Text);
        Assert.Equal(Quals, talk.LastText);
    }

    [Theory]
    [InlineData("next 3")]
    public async Task Results_NextInWords_ShowsMore(string text)
    {
        var talk = await AtResultsAsync();
        var first = ResultsTalkTests.Titles(talk);

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("Here are", StringComparison.Ordinal) || r.Text.StartsWith("Here is", StringComparison.Ordinal)
            || r.Text.StartsWith("There are no more", StringComparison.Ordinal));
        Assert.Empty(ResultsTalkTests.Titles(talk).Intersect(first));
    }

    [Theory]
    [InlineData("i made a mistake")]
    public async Task Results_AnswerWasWrong_AsksWhichToChange(string text)
    {
        var talk = await AtResultsAsync();

        await talk.SayAsync(text);

        NoSorry(talk);
        Assert.Equal("Which answer do you want to change?", talk.LastText);
    }

    [Fact]
    public async Task Results_LeastPaySaid_SearchesAgainWithIt()
    {
        var talk = await AtResultsAsync();

        await talk.SayAsync("only jobs over £13 an hour");

        Assert.Contains("pay £13 an hour or more", talk.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.StartsWith("Which job", StringComparison.Ordinal));
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("want a job at walsall hospital")]
    [InlineData("i wanna work in walsall general")]
    public async Task LaterQuestion_TownsHospital_IsNoHome(string text)
    {
        var talk = await TestTalk.StartAsync("Caring for people", "None");

        await talk.SayAsync(text);

        Assert.DoesNotContain("look near Walsall", talk.AllText, StringComparison.Ordinal);
        await talk.SayAllAsync("Part-time", "Days", "Now");
        Assert.StartsWith("Where do you live?", talk.LastText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9-3")]
    [InlineData("11 3")]
    [InlineData("2 days")]
    [InlineData("5 miles")]
    [InlineData("go for it")]
    [InlineData("no")]
    [InlineData("")]
    public void ListPick_NotOnlyAPlace_IsNone(string text) => Assert.Null(ListPick.Read(text, 4));

    [Theory]
    [InlineData("the last one", 3, true)]
    [InlineData("(2)", 1, true)]
    [InlineData("2", 1, false)]
    [InlineData("too", 1, false)]
    [InlineData("for", 3, false)]
    [InlineData("fifth one", -1, true)]
    public void ListPick_Place_IsRead(string text, int index, bool isExplicit)
    {
        var pick = ListPick.Read(text, 4);
        Assert.NotNull(pick);
        Assert.Equal(index, pick.Value.Index);
        Assert.Equal(isExplicit, pick.Value.Explicit);
    }

    [Fact]
    public void ListPick_OddUnicode_NeverFails()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var k = 0; k < chars.Length; k++) chars[k] = (char)random.Next(0, 0xFFFF);
            _ = ListPick.Read(new string(chars), 4);
            _ = PromptWords.AsksForMore(PromptWords.Normalise(new string(chars)));
            _ = PromptWords.AsksToSkip(new string(chars));
        }
    }
}

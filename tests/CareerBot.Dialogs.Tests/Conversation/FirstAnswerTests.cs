using CareerBot.Dialogs.Messages;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>The real catalogue search, keeping every profile it was asked for.</summary>
internal sealed class RecordingSearch(ICatalogueSearch inner) : ICatalogueSearch
{
    public List<SearchProfile> Profiles { get; } = [];

    public Task<SearchResults> SearchAsync(SearchProfile profile, CancellationToken cancellationToken)
    {
        Profiles.Add(profile);
        return inner.SearchAsync(profile, cancellationToken);
    }

    public Task<RoleCard?> GetRoleAsync(string id, CancellationToken cancellationToken) => inner.GetRoleAsync(id, cancellationToken);
    public Task<CourseCard?> GetCourseAsync(string id, CancellationToken cancellationToken) => inner.GetCourseAsync(id, cancellationToken);
    public Task<IReadOnlyList<CourseCard>> CoursesForRoleAsync(string roleId, CancellationToken cancellationToken) => inner.CoursesForRoleAsync(roleId, cancellationToken);
    public Task<CourseCard?> EnglishCourseAsync(SearchProfile profile, CancellationToken cancellationToken) => inner.EnglishCourseAsync(profile, cancellationToken);
}

/// <summary>
/// What residents type at the first question ("What kind of work do you like?"), on the real dialogs and the real
/// catalogue. Each case says what should happen:
/// <c>kind=KEY</c> a kind of work is chosen; <c>free</c> the words are searched; <c>notsure</c> the three easy
/// questions; <c>any</c> all kinds of work; <c>again</c> the question again with no "Sorry" (a greeting);
/// <c>retry</c> asked again, a try used; <c>notours</c> not our kind of work, said plainly, and the nearest work we have looked for;
/// <c>confirm</c> "a paid job caring for people?". Then, once the other questions are answered:
/// <c>text~w</c> / <c>text!w</c> the searched words hold / do not hold w; <c>not=FAMILY</c> that family is left out;
/// <c>title~A|B</c> a suggestion's title holds A or B; <c>shown!A</c> no suggestion's title holds A.
/// </summary>
public sealed class FirstAnswerTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    [Theory]
    // Kinds of work said in a sentence, with "I don't know" and filler around them.
    [InlineData("i like to help people", "kind=care")]
    [InlineData("i dunno, something helping old people", "kind=care;text!dunno")]
    [InlineData("helping in the hospital", "kind=hospital")]
    [InlineData("warehouse work pls", "kind=driving;text~warehouse;text!pls")]
    [InlineData("admin", "kind=office")]
    [InlineData("pharmacy", "kind=medicines")]
    [InlineData("driving van", "kind=driving")]
    // Not sure, anything, you choose.
    [InlineData("im not sure what i want", "notsure")]
    [InlineData("dont mind, anything", "notsure")]
    [InlineData("you choose for me", "notsure")]
    [InlineData("whatever is available", "notsure")]
    [InlineData("no idea tbh", "notsure")]
    [InlineData("any thing is ok", "notsure")]
    [InlineData("whatever u think", "notsure")]
    [InlineData("i am happy to do any job", "notsure")]
    // Greetings: the question again, politely.
    [InlineData("hello there", "again")]
    [InlineData("good evening", "again")]
    [InlineData("hiya, how are you?", "again")]
    // Nothing about work: asked again, no search for the words.
    [InlineData("can i do this?", "retry")]
    [InlineData("do you have jobs?", "retry")]
    [InlineData("i need money", "retry")]
    [InlineData("still looking for work", "retry")]
    // Family carers.
    [InlineData("i look after my dad at home, need a paid job", "confirm")]
    [InlineData("im a full time carer for my son but i want work", "confirm")]
    [InlineData("i care for my mum, i want a cleaning job", "kind=behind;text~cleaning;text!mum")]
    // Not, no, anything but.
    [InlineData("not cleaning, i want to work in a kitchen", "kind=behind;text~kitchen;text!cleaning;shown!cleaner")]
    [InlineData("i dont want care work, maybe reception", "kind=office;not=social care;text!care")]
    [InlineData("anything except driving", "any;text!driving;shown!driver")]
    [InlineData("i cant drive, i like computers", "kind=computers;text!drive")]
    [InlineData("no blood please, hospital job", "kind=hospital;text!blood")]
    [InlineData("i want office job not reception", "kind=office;text!reception")]
    // Not our kind of work.
    [InlineData("teaching kids", "notours")]
    [InlineData("nursery nurse", "notours")]
    [InlineData("childminder", "notours")]
    [InlineData("hairdresser", "retry")]
    // Jobs by name, with typos: the right suggestions.
    [InlineData("wearhouse", "title~warehouse|stores")]
    [InlineData("recepcionist", "title~receptionist")]
    [InlineData("cleanin", "title~cleaner")]
    [InlineData("portor job", "title~porter")]
    [InlineData("i like cooking", "title~cook|catering")]
    [InlineData("somthing with computors", "title~IT ")]
    [InlineData("i want to be a nurse", "title~nurs")]
    [InlineData("helthcare assistant", "title~healthcare support")]
    [InlineData("security guard", "title~security")]
    // Found while trying the bot (after the first count): ability and place words are no wish for a kind.
    [InlineData("care work, i can drive", "kind=care")]
    [InlineData("job near me", "retry")]
    [InlineData("I need a job please", "retry")]
    // Work done before that we have no jobs in, and work we have wished for now: the wish, with no "Sorry".
    [InlineData("salam i am from syria i was teacher in my country. now i want work in hospital", "kind=hospital;text!teach;text!syria;text!salam;nosorry")]
    [InlineData("i used to be a teacher but now i want care work", "kind=care;text!teach;text!used;nosorry")]
    [InlineData("i worked as a nanny before, looking for cleaning job", "kind=behind;text~cleaning;text!nanny;nosorry")]
    public async Task FirstAnswer_ReadAsTheResidentMeantIt(string text, string expect) => await CheckAsync(real, text, expect);

    internal static async Task CheckAsync(RealCatalogueFixture real, string text, string expect)
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAsync(text);
        var all = talk.AllText;
        var dump = $"'{text}' -> {expect}\n{all}";
        var messages = MessageCatalogue.Default;
        const string Question = "What kind of work do you like?";
        const string Quals = "What qualifications do you have?";
        var finish = false;
        foreach (var part in expect.Split(';'))
        {
            var (name, value) = part.Contains('=') ? (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]) : (part, "");
            switch (name)
            {
                case "kind":
                    // The kind is kept; what is said back is the resident's own words, or the kind's name (see MainDialog).
                    Assert.True(CareerBot.Dialogs.Engine.DialogStateSerializer.Read(talk.State)?.Answers.InterestKey == value, dump);
                    Assert.True(all.Contains("Good. I will look for ", StringComparison.Ordinal), dump);
                    Assert.True(talk.LastText == Quals, dump);
                    finish = true;
                    break;
                case "free":
                    Assert.True(all.Contains(messages.Get("interest.free"), StringComparison.Ordinal), dump);
                    finish = true;
                    break;
                case "notsure":
                    Assert.True(all.Contains(messages.Get("notsure.intro"), StringComparison.Ordinal), dump);
                    break;
                case "any":
                    Assert.True(talk.LastText == Quals, dump);
                    Assert.DoesNotContain(messages.Get("interest.free"), all, StringComparison.Ordinal);
                    finish = true;
                    break;
                case "again":
                    Assert.True(talk.LastText == Question, dump);
                    Assert.DoesNotContain("Sorry", all, StringComparison.Ordinal);
                    Assert.DoesNotContain("again", all, StringComparison.OrdinalIgnoreCase);
                    break;
                case "retry":
                    Assert.True(talk.Last.Replies[^1].Choices.Any(c => c.Label == "Caring for people"), dump);
                    Assert.DoesNotContain("I will look for", all, StringComparison.Ordinal);
                    Assert.DoesNotContain("easy questions", all, StringComparison.Ordinal);
                    break;
                case "notours":
                    // Said plainly, then the nearest work we have is looked for (not the question again).
                    Assert.True(all.Contains("no jobs with children", StringComparison.Ordinal), dump);
                    Assert.True(all.Contains("I will look for the nearest jobs I have", StringComparison.Ordinal), dump);
                    Assert.True(talk.LastText == Quals, dump);
                    finish = true;
                    break;
                case "nosorry":
                    Assert.DoesNotContain("Sorry", all, StringComparison.Ordinal);
                    break;
                case "confirm":
                    Assert.True(talk.LastText == "Did you mean: " + messages.Get("describe.paid_care") + "?", dump);
                    break;
                default:
                    finish = true;
                    break;
            }
        }
        if (!finish) return;

        await talk.SayAllAsync("None", "Full-time", "Days", "Now", "skip");
        Assert.True(talk.LastText == "What would you like to do next?", dump + "\n...\n" + talk.AllText);
        var profile = search.Profiles[^1];
        var searched = " " + (profile.Text ?? "").ToLowerInvariant() + " ";
        var titles = talk.Last.Replies.SelectMany(r => r.Cards).Select(c => c.Title).ToList();
        dump += $"\nsearched: '{profile.Text}' families [{string.Join(", ", profile.Families)}] not [{string.Join(", ", profile.ExcludedFamilies)}]\ntitles: {string.Join(" | ", titles)}";
        foreach (var part in expect.Split(';'))
        {
            if (part.StartsWith("text~", StringComparison.Ordinal)) Assert.True(searched.Contains(part[5..], StringComparison.Ordinal), dump);
            else if (part.StartsWith("text!", StringComparison.Ordinal)) Assert.False(searched.Contains(" " + part[5..], StringComparison.Ordinal), dump);
            else if (part.StartsWith("not=", StringComparison.Ordinal)) Assert.True(profile.ExcludedFamilies.Contains(part[4..]), dump);
            else if (part.StartsWith("shown!", StringComparison.Ordinal))
                Assert.False(titles.Any(t => t.Contains(part[6..], StringComparison.OrdinalIgnoreCase)), dump);
            else if (part.StartsWith("title~", StringComparison.Ordinal))
                Assert.True(titles.Any(t => part[6..].Split('|').Any(e => t.Contains(e, StringComparison.OrdinalIgnoreCase))), dump);
        }
    }

    [Theory]
    // The examples residents sent.
    [InlineData("I dont know what job, I like helping people", "kind=care;text!dont;text!know")]
    [InlineData("hi", "again")]
    [InlineData("i am a carer for my mum, i want paid job", "confirm")]
    [InlineData("can I still work?", "retry")]
    [InlineData("I want work in hospital but not with blood", "kind=hospital;text!blood;shown!phlebotom")]
    [InlineData("anything but cleaning", "any;shown!cleaner")]
    [InlineData("no care work, I want office", "kind=office;not=social care")]
    [InlineData("work with children", "notours")]
    [InlineData("idk", "notsure")]
    [InlineData("u choose", "notsure")]
    [InlineData("whatever is going", "notsure")]
    [InlineData("wherehouse", "title~warehouse|stores")]
    [InlineData("recepshonist", "title~receptionist")]
    [InlineData("helthcare", "title~health")]
    [InlineData("I like computers", "kind=computers")]
    [InlineData("warehouse job", "kind=driving")]
    [InlineData("kitchen", "kind=behind")]
    [InlineData("nurse", "title~nurs")]
    public async Task FirstAnswer_ResidentsExamples(string text, string expect) => await CheckAsync(real, text, expect);
}

/// <summary>The first answer's rules for the resident's own words also hold for new words at the results menu.</summary>
public sealed class NewWordsAtResultsTests(RealCatalogueFixture real) : IClassFixture<RealCatalogueFixture>
{
    private const string Menu = "What would you like to do next?";

    private async Task<(TestTalk Talk, RecordingSearch Search)> AtResultsAsync()
    {
        var search = new RecordingSearch(real.Search);
        var talk = new TestTalk(search);
        await talk.JoinAsync();
        await talk.SayAllAsync("Helping in hospital", "None", "Full-time", "Days", "Now", "Dudley", "Up to 5 miles");
        Assert.Equal(Menu, talk.LastText);
        return (talk, search);
    }

    [Theory]
    [InlineData("any jobs in a kitchen but not cleaning", "kitchen", null)]
    [InlineData("i want office work not care", "office", "social care")]
    [InlineData("show me warehouse jobs, no driving", "warehouse", null)]
    public async Task NewWords_NotWordsLeftOut(string text, string words, string? notFamily)
    {
        var (talk, search) = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.Contains(talk.Last.Replies, r => r.Text == $"OK. I will look for jobs for \"{words}\".");
        Assert.Equal(words, search.Profiles[^1].Text);
        if (notFamily is not null) Assert.Contains(notFamily, search.Profiles[^1].ExcludedFamilies);
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("any jobs in a kitchen but not cleaning", "cleaning")]
    [InlineData("i want office work but not reception", "reception")]
    [InlineData("office work but not reception", "reception")]
    [InlineData("hospital jobs but not with blood", "blood")]
    public async Task NewWords_NotWords_LeftOutByTheSearchSoEachPageIsFull(string text, string unwanted)
    {
        var (talk, search) = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.Contains(unwanted, search.Profiles[^1].ExcludedWords);
        var cards = talk.Last.Replies.SelectMany(r => r.Cards).ToList();
        Assert.Equal(3, cards.Count);
        Assert.Contains(talk.Last.Replies, r => r.Text.EndsWith("Here are the best 3.", StringComparison.Ordinal));
        var all = await real.Search.SearchAsync(search.Profiles[^1] with { ExcludedWords = [], Limit = 50 }, TestContext.Current.CancellationToken);
        Assert.Contains(all.Items, i => i.Role is { } r && UnwantedWords.Names(r.Title, r.OtherNames, [unwanted]));
        foreach (var card in cards)
            Assert.DoesNotContain(all.Items, i => i.Title == card.Title && i.Role is { } r && UnwantedWords.Names(r.Title, r.OtherNames, [unwanted]));
    }

    [Fact]
    public async Task NewWords_AnythingButAKind_AllKindsButThatOne()
    {
        var (talk, search) = await AtResultsAsync();
        await talk.SayAsync("anything but hospital");
        Assert.Contains(talk.Last.Replies, r => r.Text.StartsWith("OK. I will look for all kinds of work, but not", StringComparison.Ordinal));
        Assert.Contains("clinical", search.Profiles[^1].ExcludedFamilies);
        Assert.Empty(search.Profiles[^1].Families);
        Assert.Equal(Menu, talk.LastText);
    }

    [Theory]
    [InlineData("any jobs with children?")]
    [InlineData("i want to work with kids instead")]
    public async Task NewWords_NotOurWork_SaidPlainly(string text)
    {
        var (talk, _) = await AtResultsAsync();
        await talk.SayAsync(text);
        Assert.Contains(talk.Last.Replies, r => r.Text.Contains("no jobs with children", StringComparison.Ordinal));
        Assert.DoesNotContain(talk.Last.Replies, r => r.Text.Contains("I will look for", StringComparison.Ordinal));
        Assert.Equal(Menu, talk.LastText);
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Engine;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Query;
using Xunit;

namespace CareerBot.Dialogs.Tests.Engine;

/// <summary>
/// The state is written by generated code (<see cref="DialogStateJsonContext"/>): the same JSON, byte for byte,
/// as System.Text.Json's reflection with the serializer's settings, for a state with every member set and for
/// one with every member left out; and the generated fast path is the one really taken.
/// </summary>
public sealed class DialogStateJsonTests
{
    /// <summary>The serializer's settings as they were before generated code, by reflection.</summary>
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        MaxDepth = DialogStateSerializer.MaxDepth,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Host(int Before, DialogSnapshot? Dialog, string After);

    /// <summary>Text the default encoder escapes, quotes, control characters, non-ASCII and a surrogate pair.</summary>
    private const string Awkward = "Zoë \"Q\" \\ <b>&amp;</b> 'x' \u00a3 \u2019 \t\n \ud83d\ude00 \u0001";

    /// <summary>Every member of every type in the state set, none to its default.</summary>
    private static DialogState Full()
    {
        var qualifications = new QualificationSet
        {
            Level = 3, Certificates = ["gcse-english", "nvq-2", Awkward], None = true, Overseas = true, Country = "Nigeria",
            EnglishLevel = 2, MathsLevel = 0, EnglishStep = 3, MathsStep = 4, NoDrivingLicence = true, NotYet = ["nvq-3", Awkward],
        };
        var hours = new WeeklyHours(16, 30)
        {
            Estimate = 37.50m, Pattern = WorkPatterns.FullTime | WorkPatterns.PartTime, DaysPerWeek = 4, DaysPerWeekLow = 3, DaysAssumed = true, DayHours = 7.5m,
        };
        var times = new WorkTimes(WorkPatterns.PartTime, DayParts.Mornings | DayParts.Evenings | DayParts.Nights, Flexible: true) { NotParts = DayParts.Afternoons, Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] };
        var start = new StartDate(new DateOnly(2027, 2, 28), Now: true, Approximate: true) { Reason = Awkward };
        var place = new PlaceAnswer("West Bromwich", "Sandwell", "B70", 12.25) { Anywhere = true, Mode = Awkward };
        return new DialogState
        {
            Version = 7,
            Stack =
            [
                new DialogFrame
                {
                    DialogId = "main", Step = 4, Attempts = 2,
                    Values = new FrameValues { LikesPeople = false, WorkStyle = "desk", Page = 3, Purpose = "courses" },
                },
                new DialogFrame
                {
                    DialogId = Awkward, Step = -1, Attempts = int.MaxValue,
                    Prompt = new PromptSpec
                    {
                        Kind = PromptKind.Qualification, Step = "qualifications", MessageKey = "ask.quals",
                        Args = new() { ["name"] = Awkward, [Awkward] = "", ["b"] = "2" },
                        RetryKey = "retry.quals", GiveUpKey = "giveup.quals",
                        Choices = [new PromptChoice("none", "None", ["nothing", "no", Awkward]), new PromptChoice("school", Awkward)],
                        MaxAttempts = 5, Min = 0.5m, Max = 79228162514264337593543950335m, AllowSkip = true,
                    },
                    Pending = new PromptAnswer
                    {
                        Kind = (PromptKind)99, Text = Awkward, Choice = "overseas",
                        Number = new NumberRange(-1.25m, 1e-28m, Approximate: true) { OpenAbove = true, OpenBelow = true, Ordinal = true },
                        YesNo = false, Qualifications = qualifications, Hours = hours, Times = times, Start = start, Place = place,
                        Skipped = true, GaveUp = true, Unmatched = ["blorp", Awkward], Words = Awkward, Phrase = Awkward, NotOurs = Awkward, NoJobFor = Awkward, ForSomeone = Awkward,
                        WorkWords = ["nurse", Awkward],
                    },
                    PendingOther = new PromptAnswer { Kind = PromptKind.Miles, Text = Awkward, Choice = "10", Number = new NumberRange(3, 3) },
                    Values = new FrameValues { LikesPeople = true, WorkStyle = Awkward, Page = -2, Purpose = "details" },
                },
            ],
            Answers = new CareerAnswers
            {
                InterestKey = "office", InterestText = Awkward, NoJobFor = Awkward, Qualifications = qualifications, Hours = hours,
                HoursPattern = WorkPatterns.SchoolHours | (WorkPatterns)64, Times = times, Start = start, Place = place, PlaceSkipped = true,
                MaxMiles = 0.1 + 0.2, English = new EnglishNeed(EsolLevel.Entry2), Age = 17, Pay = new PayWish(29_000, Awkward),
                Workplace = new NamedEmployer("The Dudley Group", EmployerKind.Hospital, "Dudley"),
            },
            Facts = new ConversationFacts
            {
                Greeted = true, Asked = ["interest", Awkward], Explained = ["nvq", "dbs"], ResultsOffset = 10, ResultsTotal = 123,
                Shown = [new ShownResult("role", "porter", "Porter"), new ShownResult("course", "c-1", Awkward)],
                ReturnToResults = true, ResultsSeen = true, Noted = ["hours"], NotedSaid = ["hours"], Current = new ShownResult("role", "porter", "Porter"),
                Listed = [new ShownResult("course", "esol-e1", "ESOL Entry 1")], ListedFor = "porter",
                NamedQualification = Awkward,
            },
        };
    }

    /// <summary>Every member that can be left out left out (nulls), the rest at their defaults.</summary>
    private static DialogState Sparse() => new()
    {
        Stack =
        [
            new DialogFrame { DialogId = "" },
            new DialogFrame
            {
                DialogId = "prompt",
                Prompt = new PromptSpec { Kind = PromptKind.Text, Step = "", MessageKey = "", Choices = [new PromptChoice("", "")] },
                Pending = new PromptAnswer
                {
                    Kind = PromptKind.Times, Number = new NumberRange(0, 0), Qualifications = new QualificationSet(),
                    Hours = new WeeklyHours(0, 0), Times = new WorkTimes(WorkPatterns.None), Start = new StartDate(null),
                    Place = new PlaceAnswer("", "", null, null),
                },
            },
        ],
        Answers = new CareerAnswers(),
        Facts = new ConversationFacts(),
    };

    public static TheoryData<string> States => ["full", "sparse", "new", "empty stack"];

    private static DialogState Make(string name) => name switch
    {
        "full" => Full(),
        "sparse" => Sparse(),
        "new" => new DialogState(),
        _ => new DialogState { Stack = [], Answers = new CareerAnswers { Hours = new WeeklyHours(1, 2) } },
    };

    [Theory]
    [MemberData(nameof(States))]
    public void Write_AsText_SameJsonAsReflection(string name)
    {
        var expected = JsonSerializer.Serialize(Make(name), Reflection);

        Assert.Equal(expected, DialogStateSerializer.Write(Make(name)).Json);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Write_NestedInHostJson_SameJsonAsReflection(string name)
    {
        var expected = $$"""{"before":1,"dialog":{{JsonSerializer.Serialize(Make(name), Reflection)}},"after":"x"}""";

        Assert.Equal(expected, JsonSerializer.Serialize(new Host(1, DialogStateSerializer.Write(Make(name)), "x"), Web));
    }

    [Fact]
    public void Write_Full_EveryMemberWritten()
    {
        // The sample really sets everything: each property of each type in the state appears in its JSON.
        using var document = JsonDocument.Parse(DialogStateSerializer.Write(Full()).Json);
        var written = new HashSet<string>(StringComparer.Ordinal);
        Collect(document.RootElement, written);
        var types = new[]
        {
            typeof(DialogState), typeof(DialogFrame), typeof(FrameValues), typeof(PromptSpec), typeof(PromptChoice), typeof(PromptAnswer),
            typeof(NumberRange), typeof(QualificationSet), typeof(WeeklyHours), typeof(WorkTimes), typeof(StartDate), typeof(PlaceAnswer),
            typeof(CareerAnswers), typeof(ConversationFacts), typeof(ShownResult), typeof(EnglishNeed),
        };
        var missing = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{t.Name}.{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}"))
            .Where(p => !written.Contains(p.Split('.')[1]))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Write_Full_ReadsBackToTheSameJson()
    {
        var json = DialogStateSerializer.Write(Full()).Json;

        var read = JsonSerializer.Deserialize<DialogState>(json, Reflection)!;

        Assert.Equal(json, DialogStateSerializer.Write(read).Json);
    }

    [Fact]
    public void GeneratedWriter_IsTheFastPath()
    {
        // System.Text.Json calls the generated writer only when the context's settings suit its options; it does
        // not say so anywhere public, so this reads its own flag (a renamed flag fails here: look again then).
        JsonTypeInfo info = DialogStateJsonContext.Default.DialogState;
        Assert.Same(DialogStateJsonContext.Default, info.OriginatingResolver);
        var flag = typeof(JsonTypeInfo).GetProperty("CanUseSerializeHandler", BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotNull(flag);
        _ = DialogStateSerializer.Write(Full()).Json; // the flag is settled on first use
        Assert.Equal(true, flag.GetValue(info));
    }

    private static void Collect(JsonElement element, HashSet<string> names)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                    Collect(property.Value, names);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, names);
                break;
        }
    }
}

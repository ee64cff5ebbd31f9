using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CareerBot.Bot.Hosting;
using CareerBot.Dialogs.Engine;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>
/// The record is written by generated code (<see cref="ConversationRecordJsonContext"/>, and the dialogs' state
/// inside it by theirs): the same JSON, byte for byte, as System.Text.Json's reflection with the record's settings
/// and the snapshot's converter; and the generated fast path is the one really taken.
/// </summary>
public sealed class ConversationRecordJsonTests
{
    /// <summary>The record's settings by reflection, the snapshot written as its converter writes it, also by reflection.</summary>
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = DialogStateSerializer.MaxDepth + 1,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new ReflectionSnapshotConverter() },
    };

    private const string Awkward = "Zoë \"Q\" \\ <b>&amp;</b> 'x' \u00a3 \t\n \ud83d\ude00 \u0001";

    private static DialogState State() => new()
    {
        Stack =
        [
            new DialogFrame { DialogId = "main", Step = 2 },
            new DialogFrame
            {
                DialogId = "prompt", Attempts = 1, Values = new FrameValues { Page = 1, Purpose = Awkward, LikesPeople = true },
                Prompt = new PromptSpec
                {
                    Kind = PromptKind.Qualification, Step = "qualifications", MessageKey = "ask.quals", Args = new() { ["name"] = Awkward },
                    Choices = [new PromptChoice("none", "None", ["nothing", "no"])], Min = 1.50m,
                },
                Pending = new PromptAnswer { Kind = PromptKind.YesNo, YesNo = false, Unmatched = [Awkward] },
            },
        ],
    };

    public static TheoryData<string> Records => ["full", "no dialog", "unreadable text dialog", "new", "long recent"];

    private static ConversationRecord Make(string name)
    {
        var seen = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567);
        return name switch
        {
            "full" => new ConversationRecord().After(DialogStateSerializer.Write(State()), Awkward, seen, Awkward),
            "no dialog" => new ConversationRecord { Recent = ["a", "b"], Turns = -3, LastSeen = DateTimeOffset.MaxValue },
            "unreadable text dialog" => new ConversationRecord
            {
                Version = 1, Dialog = new DialogSnapshot("{\"version\":0," + Awkward), Recent = [], LastSeen = seen.ToOffset(TimeSpan.FromMinutes(-330)),
            },
            "new" => new ConversationRecord(),
            _ => Enumerable.Range(0, ConversationRecord.RecentIdLimit + 5)
                .Aggregate(new ConversationRecord(), (r, i) => r.After(DialogStateSerializer.Write(State()), $"conv|{i:0000000}", seen.AddSeconds(i), null)),
        };
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void ToJson_SameJsonAsReflection(string name)
    {
        var expected = JsonSerializer.Serialize(Make(name), Reflection);

        Assert.Equal(expected, Make(name).ToJson());
    }

    [Fact]
    public void ToJson_Full_DialogNestedAndEveryMemberWritten()
    {
        using var document = JsonDocument.Parse(Make("full").ToJson());
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["version", "dialog", "recent", "turns", "lastSeen", "welcomeShownTo"], names);
        Assert.Equal(JsonValueKind.Object, document.RootElement.GetProperty("dialog").ValueKind);
    }

    [Fact]
    public void GeneratedWriter_IsTheFastPath()
    {
        // System.Text.Json calls the generated writer only when the context's settings suit its options; it does
        // not say so anywhere public, so this reads its own flag (a renamed flag fails here: look again then).
        JsonTypeInfo info = ConversationRecordJsonContext.Default.ConversationRecord;
        Assert.Same(ConversationRecordJsonContext.Default, info.OriginatingResolver);
        var flag = typeof(JsonTypeInfo).GetProperty("CanUseSerializeHandler", BindingFlags.NonPublic | BindingFlags.Instance);
        Assert.NotNull(flag);
        _ = Make("full").ToJson(); // the flag is settled on first use
        Assert.Equal(true, flag.GetValue(info));
    }

    /// <summary>
    /// The snapshot as <see cref="DialogSnapshotJsonConverter"/> writes it (the state as a nested object, text that did
    /// not read as a string), with the state written by reflection with the dialogs' settings.
    /// </summary>
    private sealed class ReflectionSnapshotConverter : JsonConverter<DialogSnapshot>
    {
        private static readonly JsonSerializerOptions DialogReflection = new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
            MaxDepth = DialogStateSerializer.MaxDepth,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };

        public override DialogSnapshot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DialogSnapshot value, JsonSerializerOptions options)
        {
            // Only snapshots of a state and text that does not read are made above, so Read tells the two apart.
            if (DialogStateSerializer.Read(value) is { } state)
                JsonSerializer.Serialize(writer, state, DialogReflection);
            else
                writer.WriteStringValue(value.Json);
        }
    }
}

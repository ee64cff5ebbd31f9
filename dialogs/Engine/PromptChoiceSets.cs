using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Dialogs.Engine;

/// <summary>
/// Named button lists that are the same in every conversation (the fixed buttons of the questions, with their other
/// words). A dialog state stores such a list by its name instead of in full: the buttons and their other words were
/// half of every stored conversation, read and written on every turn. Lists made per conversation (a page of results)
/// are stored in full. A list registered under a name is kept for the life of the process.
/// </summary>
public static class PromptChoiceSets
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<PromptChoice>> ByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<IReadOnlyList<PromptChoice>, string> Names = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The list to use for <paramref name="name"/>: the one registered before when it has the same buttons, else
    /// <paramref name="choices"/>, now registered. When another list with different buttons already has the name (a
    /// second message catalogue in one process), <paramref name="choices"/> is returned unregistered and is stored in full.
    /// </summary>
    public static IReadOnlyList<PromptChoice> Register(string name, IReadOnlyList<PromptChoice> choices)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(choices);
        IReadOnlyList<PromptChoice> kept = ByName.GetOrAdd(name, choices);
        if (ReferenceEquals(kept, choices))
        {
            Names.TryAdd(choices, name);
            return choices;
        }
        return SameButtons(kept, choices) ? kept : choices;
    }

    /// <summary>The name <paramref name="choices"/> is registered under, if it is this very list.</summary>
    public static bool TryGetName(IReadOnlyList<PromptChoice> choices, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? name) =>
        Names.TryGetValue(choices, out name);

    /// <summary>
    /// The list registered under <paramref name="name"/>. A state may be read before any question was asked in this
    /// process (the first turn after a restart), so a name not yet known first registers the questions' lists as the
    /// default message catalogue makes them.
    /// </summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<PromptChoice>? choices)
    {
        if (ByName.TryGetValue(name, out choices))
            return true;
        _ = DefaultsRegistered.Value;
        return ByName.TryGetValue(name, out choices);
    }

    private static readonly Lazy<bool> DefaultsRegistered = new(() =>
    {
        new Conversation.Questions(Messages.MessageCatalogue.Default).RegisterAll();
        return true;
    });

    /// <summary>Same values, labels and other words, in the same order.</summary>
    public static bool SameButtons(IReadOnlyList<PromptChoice> a, IReadOnlyList<PromptChoice> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Value != b[i].Value || a[i].Label != b[i].Label) return false;
            IReadOnlyList<string> x = a[i].Synonyms ?? [], y = b[i].Synonyms ?? [];
            if (!x.SequenceEqual(y, StringComparer.Ordinal)) return false;
        }
        return true;
    }
}

/// <summary>
/// A prompt's buttons in the dialog state's JSON: the name of a registered list (<see cref="PromptChoiceSets"/>) as a
/// string, or the list itself as an array (a list made for one conversation, and every state written before names).
/// A name this process does not know reads as no buttons, so the conversation goes on: the question is asked again
/// in words, and the answer is still understood by the prompt's own recogniser.
/// </summary>
public sealed class PromptChoicesJsonConverter : JsonConverter<IReadOnlyList<PromptChoice>>
{
    public override IReadOnlyList<PromptChoice>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return PromptChoiceSets.TryGet(reader.GetString()!, out IReadOnlyList<PromptChoice>? named) ? named : [];
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException("A prompt's choices are a name or an array.");
        var choices = new List<PromptChoice>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            choices.Add(JsonSerializer.Deserialize<PromptChoice>(ref reader, options) ?? throw new JsonException("A prompt choice is null."));
        return choices;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<PromptChoice> value, JsonSerializerOptions options)
    {
        if (PromptChoiceSets.TryGetName(value, out string? name))
        {
            writer.WriteStringValue(name);
            return;
        }
        writer.WriteStartArray();
        foreach (PromptChoice choice in value)
            JsonSerializer.Serialize(writer, choice, options);
        writer.WriteEndArray();
    }
}

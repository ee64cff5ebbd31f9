namespace CareerBot.SearchIndex.Index;

/// <summary>
/// A word as it sounds, by its consonants: residents learning English spell by sound ("farmasy", "resepshonist",
/// "kompyuter") or text with the vowels left out ("hsptl", "kchn"), and both keep a word's consonant sounds while
/// the vowels and the way English writes a sound change. Letters that spell one sound are one letter here ("ph" and
/// "f", "c" before e, i or y and "s", other "c", "ck", "q" and "k", "tch" and "ch", "tion" and "shon"), vowels after
/// the first letter are left out, and a letter doubled is one.
/// </summary>
public static class SoundKey
{
    /// <summary>The longest word keyed; longer text is no word.</summary>
    private const int Longest = 30;

    /// <summary>The sound key of <paramref name="word"/> (lower-case letters); empty when it has other characters or is too long.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || word.Length > Longest) return "";
        Span<char> key = stackalloc char[2 * Longest];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is < 'a' or > 'z') return "";
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            char sound;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    // A vowel sounds as the word's first letter only ("office" and "ofis" both begin with one).
                    if (i > 0) continue;
                    sound = 'a';
                    break;
                case 'p' when next == 'h':
                    sound = 'f';
                    i++;
                    break;
                case 'w' when next == 'h':
                    sound = 'w';
                    i++;
                    break;
                case 't' when next == 'c' && i + 2 < word.Length && word[i + 2] == 'h':
                    continue; // "tch" sounds as "ch"
                case 'c' when next == 'h':
                    sound = 'C';
                    i++;
                    break;
                case 's' when next == 'h':
                    sound = 'S';
                    i++;
                    break;
                // "tion", "sion", "cian", "tia": the "sh" sound before a vowel.
                case 't' or 's' or 'c' when i > 0 && next is 'i' && i + 2 < word.Length && word[i + 2] is 'o' or 'a' or 'e' or 'u':
                    sound = 'S';
                    i++;
                    break;
                case 'c' when next is 'e' or 'i' or 'y':
                    sound = 's';
                    break;
                case 'c' when next == 'k':
                    sound = 'k';
                    i++;
                    break;
                case 'c' or 'q':
                    sound = 'k';
                    break;
                case 'z':
                    sound = 's';
                    break;
                case 'x':
                    if (length == 0 || key[length - 1] != 'k') key[length++] = 'k';
                    sound = 's';
                    break;
                default:
                    sound = c;
                    break;
            }
            if (length > 0 && key[length - 1] == sound) continue;
            key[length++] = sound;
        }
        return new string(key[..length]);
    }

    /// <summary>True when <paramref name="word"/> has no vowel (text-speak: "hsptl", "wrk", "kchn").</summary>
    public static bool NoVowels(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var c in word)
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') return false;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="typed"/>, a word that is no English word, may be <paramref name="known"/> spelt by sound:
    /// the same sound key of three sounds or more, and (unless the vowels were left out) no more than half its
    /// letters changed. A short word needs the same first letter.
    /// </summary>
    public static bool Alike(string typed, string typedKey, string known, string knownKey)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        if (typedKey.Length < 3 || typedKey != knownKey || typed.Length < 3 || known.Length < 4) return false;
        if (NoVowels(typed)) return typed[0] == known[0] || known.Length >= 6;
        if (typed.Length < 5) return false;
        return Vocabulary.Distance(typed, known, typed.Length / 2) <= typed.Length / 2;
    }
}

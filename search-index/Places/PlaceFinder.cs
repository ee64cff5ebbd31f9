using System.Globalization;
using System.Text;

namespace CareerBot.SearchIndex.Places;

/// <summary>
/// Finds a <see cref="KnownPlace"/> from what a resident typed: a town, an alias ("Brum"), a borough,
/// or a postcode ("B15", "WV1 4AB"). Also measures distances in miles.
/// </summary>
public sealed class PlaceFinder
{
    private readonly Dictionary<string, KnownPlace> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnownPlace> _byDistrict = new(StringComparer.Ordinal);

    public PlaceFinder(IEnumerable<KnownPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        Places = places.ToList();
        foreach (var p in Places)
        {
            _byName.TryAdd(Key(p.Name), p);
            foreach (var a in p.Aliases) _byName.TryAdd(Key(a), p);
            foreach (var d in p.PostcodeDistricts) _byDistrict.TryAdd(d.ToUpperInvariant(), p);
        }
        // A hospital, college or area inside a place finds that place ("New Cross Hospital" -> Bushbury and Low Hill).
        foreach (var p in Places)
            foreach (var l in p.Landmarks)
            {
                _byName.TryAdd(Key(l.Name), p);
                foreach (var a in l.Aliases) _byName.TryAdd(Key(a), p);
            }
        // A borough name finds its first place (the town centre), unless an alias already claimed it.
        foreach (var p in Places) _byName.TryAdd(Key(p.Borough), p);
    }

    public IReadOnlyList<KnownPlace> Places { get; }

    /// <summary>The place for the text, or null when nothing matches. Never throws.</summary>
    public KnownPlace? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200) return null;
        var key = Key(text);
        if (key.Length == 0) return null;
        if (_byName.TryGetValue(key, out var named)) return named;

        // Postcode: the outward code is the first part ("WV1 4AB" -> "WV1"; "B152TT" -> "B15").
        var compact = new string(text.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        var outward = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
        if (_byDistrict.TryGetValue(outward, out var byOutward)) return byOutward;
        if (compact.Length is >= 5 and <= 7 && _byDistrict.TryGetValue(compact[..^3], out var byFull)) return byFull;
        if (_byDistrict.TryGetValue(compact, out var byCompact)) return byCompact;
        return null;
    }

    /// <summary>Straight-line distance in miles (haversine).</summary>
    public static double Miles(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthMiles = 3958.8;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static string Key(string text)
    {
        string normal;
        try
        {
            normal = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        }
        catch (ArgumentException)
        {
            normal = text.ToLower(CultureInfo.InvariantCulture); // lone surrogates cannot be normalised
        }
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
            if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) sb.Append(c);
        return sb.ToString();
    }
}

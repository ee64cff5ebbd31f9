using CareerBot.Dialogs.Conversation;
using CareerBot.Dialogs.Recognizers;
using CareerBot.SearchIndex.Catalogue;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

public sealed class ZzProbe
{
    [Fact(Explicit = true)]
    public void Probe()
    {
        var reader = new FactReader(CatalogueData.LoadPlaces());
        var place = new PlaceRecognizer(CatalogueData.LoadPlaces());
        var lines = new List<string>();
        foreach (var line in File.ReadAllLines("/tmp/f5/probe.txt"))
        {
            var parts = line.Split('|');
            var h = reader.Read(parts[1], parts[0], TestTalk.Now);
            var p = place.Recognise(parts[1]);
            lines.Add($"{line}\n   place={h.Place?.Name} miles={h.MaxMiles} hours={h.Hours} times={h.Times?.Patterns}/{h.Times?.Parts} quals={h.Qualifications?.None}/{h.Qualifications?.Level} work={h.Work?.Text} rest='{h.Rest}'\n   placeRec={p.Succeeded} {p.Value} conf={p.Confidence} amb={p.IsAmbiguous}");
            foreach (var m in place.Mentions(parts[1])) lines.Add($"   mention {m}");
        }
        File.WriteAllLines("/tmp/f5/probe.out", lines);
    }
}

using CareerBot.SearchIndex.Places;

namespace CareerBot.Dialogs.Recognizers;

/// <summary>Towns, boroughs, postcode districts and full UK postcodes, with a travel distance when given.</summary>
public sealed class PlaceRecognizer(IReadOnlyList<KnownPlace> places)
{
    // Placeholder until the recognisers land: recognises nothing.
    public Recognition<PlaceAnswer> Recognise(string text) => places.Count < 0 ? Recognition<PlaceAnswer>.Match(new("", "", null, null), 0, 0) : Recognition<PlaceAnswer>.NoMatch;
}

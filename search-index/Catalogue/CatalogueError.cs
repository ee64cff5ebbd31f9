namespace CareerBot.SearchIndex.Catalogue;

/// <summary>One problem in the catalogue data, naming the file, the record and the field.</summary>
/// <param name="File">File name, e.g. "roles.json".</param>
/// <param name="Record">The record: its id when it has one, else "record N" (0-based).</param>
/// <param name="Field">The field, e.g. "summary"; "" for the whole file.</param>
/// <param name="Message">What is wrong, in words an editor can act on.</param>
public sealed record CatalogueError(string File, string Record, string Field, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}: {Record}: {Message}" : $"{File}: {Record}: field '{Field}': {Message}";
}

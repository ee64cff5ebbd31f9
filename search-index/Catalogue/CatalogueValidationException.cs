namespace CareerBot.SearchIndex.Catalogue;

/// <summary>Thrown when the catalogue data does not pass validation. Lists every problem found.</summary>
public sealed class CatalogueValidationException(IReadOnlyList<CatalogueError> errors)
    : Exception($"The catalogue data has {errors.Count} problem(s):{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<CatalogueError> Errors { get; } = errors;
}

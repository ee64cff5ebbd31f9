namespace CareerBot.Bot.Tests.Deployment;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CareerBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CareerBot.sln not found above " + AppContext.BaseDirectory);
    }
}

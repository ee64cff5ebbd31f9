using System.Reflection;
using CareerBot.Bench;

// Each benchmark is a class implementing IBenchmark; `dotnet run -c Release --project bench/CareerBot.Bench -- NAME [options]`.
var benches = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || benches.All(b => b.Name != args[0]))
{
    Console.WriteLine("Usage: bench NAME [options]. Benchmarks:");
    foreach (var b in benches) Console.WriteLine($"  {b.Name,-16} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}

var bench = benches.First(b => b.Name == args[0]);
// A benchmark takes no question for an option: `scale --help` used to run the whole scale set (minutes of load).
if (args[1..].Any(a => a is "--help" or "-h" or "-?" or "/?"))
{
    Console.WriteLine($"{bench.Name}: {bench.Description}");
    Console.WriteLine("More about each benchmark and how to read its figures: bench/README.md");
    return 0;
}

return await bench.RunAsync(args[1..], CancellationToken.None);

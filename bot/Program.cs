using CareerBot.Bot.Cli;
using CareerBot.Bot.Hosting;

// Verbs (chat, index, search) run and exit; anything else starts the web host, so
// `dotnet run --project bot -- --urls http://127.0.0.1:5000` still serves.
if (CliVerbs.Find(args) is { } verb)
    return await verb(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerBot();
var app = builder.Build();
app.MapCareerBot();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;

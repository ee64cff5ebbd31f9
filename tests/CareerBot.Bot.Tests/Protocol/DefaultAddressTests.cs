using CareerBot.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CareerBot.Bot.Tests.Protocol;

/// <summary>http://localhost:3978 unless a standard ASP.NET Core setting chooses the address.</summary>
public sealed class DefaultAddressTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void IsNeeded_NothingSet_True() => Assert.True(DefaultAddress.IsNeeded(Settings()));

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5000")]
    [InlineData("URLS", "http://0.0.0.0:80")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    public void IsNeeded_AddressChosen_False(string key, string value) => Assert.False(DefaultAddress.IsNeeded(Settings((key, value))));
}

using CareerBot.Dialogs.Conversation;
using Xunit;

namespace CareerBot.Dialogs.Tests.Conversation;

/// <summary>"a" or "an" before a job's name, as it is said: a name said letter by letter goes by its first letter's sound.</summary>
public sealed class JobNamesArticleTests
{
    [Theory]
    [InlineData("doctor", "a doctor")]
    [InlineData("optician", "an optician")]
    [InlineData("gp", "a GP")]
    [InlineData("HGV driver", "an HGV driver")]
    [InlineData("NHS porter", "an NHS porter")]
    [InlineData("IT assistant", "an IT assistant")]
    [InlineData("GP receptionist", "a GP receptionist")]
    public void WithArticle_SaysTheNameAsItSounds(string job, string said) => Assert.Equal(said, JobNames.WithArticle(job));
}

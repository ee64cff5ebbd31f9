using CareerBot.Dialogs.Recognizers;
using Xunit;

namespace CareerBot.Dialogs.Tests.Recognizers;

public sealed class QualificationRecognizerTests
{
    private readonly QualificationRecognizer _quals = new();

    [Theory]
    [InlineData("GCSE English grade 4 and maths grade 3", 2, 2, 1)]
    [InlineData("gcse maths 5, english 6", 2, 2, 2)]
    [InlineData("English and maths grade 4", 2, 2, 2)]
    [InlineData("GCSEs in English (C) and maths (D)", 2, 2, 1)]
    [InlineData("I got a C in English", 2, 2, null)]
    [InlineData("maths: A*", 2, null, 2)]
    [InlineData("English 3 maths 2", 1, 1, 1)]
    [InlineData("Functional Skills English and maths Level 2", 2, 2, 2)]
    [InlineData("functional skills maths level 1", 1, null, 1)]
    [InlineData("ESOL Entry 3", 0, 0, null)]
    [InlineData("esol level 1", 1, 1, null)]
    public void Recognise_EnglishAndMaths_ReadsTheLevels(string text, int level, int? english, int? maths)
    {
        var heard = _quals.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(level, heard.Value!.Level);
        Assert.Equal(english, heard.Value.EnglishLevel);
        Assert.Equal(maths, heard.Value.MathsLevel);
        Assert.False(heard.Value.Overseas);
    }

    [Theory]
    [InlineData("NVQ level 2", 2, "nvq-2")]
    [InlineData("nvq2 in care", 2, "nvq-2")]
    [InlineData("NVQ 3", 3, "nvq-3")]
    [InlineData("QCF level 3 diploma", 3, null)]
    [InlineData("Level 3 Diploma in Adult Care", 3, "diploma-3")]
    [InlineData("a level 2 course", 2, "rqf-2")]
    [InlineData("L2", 2, "rqf-2")]
    [InlineData("level two", 2, "rqf-2")]
    [InlineData("BTEC National", 3, "btec")]
    [InlineData("City & Guilds level 2", 2, "vocational-2")]
    [InlineData("A levels", 3, "a-level")]
    [InlineData("Access to HE diploma", 3, "access")]
    [InlineData("bachelor\u2019s degree", 6, "degree")]
    [InlineData("nursing degree", 6, "degree")]
    [InlineData("Masters in public health", 7, "masters")]
    [InlineData("HND", 5, "hnd")]
    public void Recognise_WorkAndHigherQualifications_ReadTheRqfLevel(string text, int level, string? certificate)
    {
        var heard = _quals.Recognise(text);

        Assert.True(heard.Succeeded, text);
        Assert.Equal(level, heard.Value!.Level);
        if (certificate is not null) Assert.Contains(heard.Value.Certificates, c => c.StartsWith(certificate, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognise_CareCertificate_IsNamedWithoutALevel()
    {
        var heard = _quals.Recognise("I have the Care Certificate");

        Assert.Contains("care-certificate", heard.Value!.Certificates);
        Assert.Null(heard.Value.Level);
        Assert.Equal("Care Certificate", "I have the Care Certificate".Substring(heard.Start, heard.Length));
    }

    [Theory]
    [InlineData("degree from Nigeria", "Nigeria", "overseas-degree")]
    [InlineData("I was a nurse in India", "India", "overseas-nursing")]
    [InlineData("diploma from Poland", "Poland", "overseas-diploma")]
    [InlineData("I have a Polish diploma", "Poland", "overseas-diploma")]
    [InlineData("bachelor degree back home", null, "overseas-degree")]
    [InlineData("WAEC certificate", null, "overseas-school")]
    public void Recognise_FromAnotherCountry_IsOverseas(string text, string? country, string certificate)
    {
        var heard = _quals.Recognise(text);

        Assert.True(heard.Value!.Overseas, text);
        Assert.Equal(country, heard.Value.Country);
        Assert.Contains(certificate, heard.Value.Certificates);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("Nothing")]
    [InlineData("no qualifications")]
    [InlineData("I don\u2019t have any")]
    [InlineData("no GCSEs")]
    public void Recognise_None_IsNoneAtEntry(string text)
    {
        var heard = _quals.Recognise(text);

        Assert.True(heard.Value!.None, text);
        Assert.Equal(0, heard.Value.Level);
    }

    [Fact]
    public void Recognise_NegatedGcseButCareCertificate_KeepsOnlyTheCertificate()
    {
        var heard = _quals.Recognise("I don't have English or maths GCSE but I have the care certificate");

        Assert.False(heard.Value!.None);
        Assert.Equal(["care-certificate"], heard.Value.Certificates);
        Assert.Null(heard.Value.EnglishLevel);
    }

    [Fact]
    public void Recognise_GcseWithNoGrade_IsAmbiguousBetweenLevel1And2()
    {
        var heard = _quals.Recognise("I have GCSEs");

        Assert.Equal(1, heard.Value!.Level);
        Assert.True(heard.IsAmbiguous);
        Assert.Equal(2, heard.Alternatives[0].Level);
        Assert.True(heard.Confidence < 0.7);
    }

    [Fact]
    public void Recognise_TyposInGcseAndMaths_StillRead()
    {
        var heard = _quals.Recognise("GSCE mats grade 4 and englsh grade 5");

        Assert.Equal(2, heard.Value!.MathsLevel);
        Assert.Equal(2, heard.Value.EnglishLevel);
    }

    [Fact]
    public void Recognise_HighestLevelWins()
    {
        var heard = _quals.Recognise("GCSE maths grade 4, NVQ level 3 and the care certificate");

        Assert.Equal(3, heard.Value!.Level);
        Assert.Contains("nvq-3", heard.Value.Certificates);
        Assert.Contains("care-certificate", heard.Value.Certificates);
        Assert.Contains("gcse-maths", heard.Value.Certificates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\U0001F393")]
    [InlineData("I like helping people")]
    [InlineData("Birmingham")]
    [InlineData("I speak French")]
    [InlineData("hello there")]
    public void Recognise_NoQualification_NoMatch(string text) =>
        Assert.False(_quals.Recognise(text).Succeeded, text);
}

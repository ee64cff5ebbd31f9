using System.Text;
using System.Text.Json.Nodes;
using CareerBot.SearchIndex.Catalogue;

namespace CareerBot.SearchIndex.Tests;

public sealed class CatalogueValidatorTests
{
    [Fact]
    public void LoadEmbedded_ShippedData_IsValidAndLargeEnough()
    {
        var data = CatalogueData.LoadEmbedded();

        Assert.True(data.Roles.Count >= 60, $"{data.Roles.Count} roles");
        Assert.True(data.Courses.Count >= 60, $"{data.Courses.Count} courses");
        Assert.All(data.Roles, r => Assert.False(string.IsNullOrWhiteSpace(r.Source?.Note)));
        Assert.All(data.Courses, c => Assert.False(string.IsNullOrWhiteSpace(c.Source?.Note)));
    }

    [Theory]
    [InlineData("porter")]
    [InlineData("theatre-porter")]
    [InlineData("healthcare-support-worker")]
    [InlineData("pharmacy-assistant")]
    [InlineData("admin-assistant")]
    [InlineData("business-admin-apprentice")]
    [InlineData("receptionist")]
    [InlineData("it-apprentice")]
    [InlineData("driver")]
    [InlineData("stores-assistant")]
    [InlineData("catering-assistant")]
    [InlineData("care-worker")]
    [InlineData("senior-care-worker")]
    [InlineData("home-care-worker")]
    [InlineData("domestic-assistant")]
    [InlineData("nursing-associate")]
    [InlineData("registered-nurse")]
    [InlineData("paramedic")]
    [InlineData("radiographer")]
    public void LoadEmbedded_RoleNamedInRegionalPlan_IsPresent(string id) =>
        Assert.Contains(CatalogueData.LoadEmbedded().Roles, r => r.Id == id);

    [Fact]
    public void LoadFrom_MissingFolderFiles_NamesEachMissingFile()
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-data-").FullName;
        try
        {
            var ex = Assert.Throws<CatalogueValidationException>(() => CatalogueData.LoadFrom(folder));
            Assert.Equal(CatalogueData.FileNames.Count, ex.Errors.Count);
            Assert.Contains(ex.Errors, e => e.File == "roles.json" && e.Message.Contains("missing", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_MalformedJson_NamesFileAndLine()
    {
        var files = CatalogueData.ReadEmbeddedFiles().ToDictionary();
        files["courses.json"] = Encoding.UTF8.GetBytes("{ \"kind\": \"courses\",\n \"records\": [ { \"id\": ");

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal("courses.json", error.File);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongKind_NamesKindField()
    {
        var files = Some.DataFiles();
        files["places.json"]["kind"] = "roles";

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal(("places.json", "kind"), (error.File, error.Field));
    }

    [Fact]
    public void Load_UnknownField_NamesRecordAndField()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 3)["sumary"] = "A typo in a field name.";

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal("roles.json", error.File);
        Assert.Contains("domestic-assistant", error.Record, StringComparison.Ordinal);
        Assert.Contains("sumary", error.Field + error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_NamesRecordAndField()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["minQualificationLevel"] = "two";

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal(("roles.json", "record 0 ('porter')", "minQualificationLevel"), (error.File, error.Record, error.Field));
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("summary", null)]
    [InlineData("family", "  ")]
    public void Load_RoleMissingRequiredText_NamesField(string field, string? value)
    {
        var files = Some.DataFiles();
        var record = Some.Record(files, "roles.json", 1);
        if (value is null) record.Remove(field); else record[field] = value;

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal(("roles.json", "record 1 ('theatre-porter')", field), (error.File, error.Record, error.Field));
    }

    [Fact]
    public void Load_LevelOutOfRange_SaysTheRange()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["minQualificationLevel"] = 11;

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal("minQualificationLevel", error.Field);
        Assert.Contains("0 to 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateId_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "courses.json", 1)["id"] = "esol-pre-entry";

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "courses.json" && e.Field == "id" && e.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BrokenLinks_NameTheMissingIds()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["progression"] = new JsonArray("chief-porter");
        Some.Record(files, "courses.json", 0)["providers"] = new JsonArray("col-nowhere");
        Some.Record(files, "synonyms.json", 0)["roles"] = new JsonArray("care-wrker");

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "roles.json" && e.Field == "progression" && e.Message.Contains("chief-porter", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "courses.json" && e.Field == "providers" && e.Message.Contains("col-nowhere", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "synonyms.json" && e.Field == "roles" && e.Message.Contains("care-wrker", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingSourceNote_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "providers.json", 2).Remove("source");

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal(("providers.json", "source"), (error.File, error.Field));
    }

    [Fact]
    public void Load_LongSentenceShownToResidents_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["summary"] =
            "You move patients and beds and wheelchairs and linen and samples and post around every part of the hospital.";

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal("summary", error.Field);
        Assert.Contains("15 words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadPostcodeAndFarAwayPlace_AreReported()
    {
        var files = Some.DataFiles();
        var place = Some.Record(files, "places.json", 0);
        place["postcodeDistricts"] = new JsonArray("B1", "Birmingham");
        place["latitude"] = 51.5;

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.Field == "postcodeDistricts" && e.Message.Contains("Birmingham", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "latitude");
    }

    [Fact]
    public void Load_LandmarkWithoutSourceOrName_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "places.json", 1)["landmarks"] = new JsonArray(
            new JsonObject { ["name"] = "Some Hospital", ["aliases"] = new JsonArray() },
            new JsonObject { ["name"] = "", ["aliases"] = new JsonArray(), ["source"] = new JsonObject { ["note"] = "general knowledge" } });

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Field == "landmarks" && e.Message.Contains("Some Hospital", StringComparison.Ordinal) && e.Message.Contains("source", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "places.json" && e.Field == "landmarks" && e.Message.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NameGivenToTwoPlaces_IsReported()
    {
        var files = Some.DataFiles();
        // "Dudley" is a listed town; as a landmark of another place a resident's "Dudley" would find either.
        Some.Record(files, "places.json", 1)["landmarks"] = new JsonArray(
            new JsonObject { ["name"] = "dudley", ["aliases"] = new JsonArray(), ["source"] = new JsonObject { ["note"] = "general knowledge" } });

        var errors = Some.ErrorsOf(files);

        Assert.Contains(errors, e => e.File == "places.json" && e.Message.Contains("dudley", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownHoursPattern_IsReported()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["hoursPatterns"] = new JsonArray("full-time", "whenever");

        var error = Assert.Single(Some.ErrorsOf(files));

        Assert.Equal("hoursPatterns", error.Field);
        Assert.Contains("whenever", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ListsThemAllInTheMessage()
    {
        var files = Some.DataFiles();
        Some.Record(files, "roles.json", 0)["title"] = "";
        Some.Record(files, "courses.json", 0)["cost"] = "";

        var ex = Assert.Throws<CatalogueValidationException>(() =>
            CatalogueData.Load(files.ToDictionary(kv => kv.Key, kv => (byte[]?)Encoding.UTF8.GetBytes(kv.Value.ToJsonString()))));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("roles.json: record 0 ('porter'): field 'title'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("courses.json: record 0 ('esol-pre-entry'): field 'cost'", ex.Message, StringComparison.Ordinal);
    }
}

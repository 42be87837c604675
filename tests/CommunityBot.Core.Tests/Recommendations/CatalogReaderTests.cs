using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class CatalogReaderTests
{
    [Fact]
    public void JsonRead_BadEntries_ReportedWithPositionAndFieldRestLoaded()
    {
        const string json = """
            [
              { "id": "docker-101", "title": "Docker", "url": "https://x.example/d", "tags": ["docker"], "rating": 4.6, "price": 49 },
              { "id": "bad-url", "title": "Bad", "url": "not a url", "tags": ["x"] },
              { "id": "bad-rating", "title": "Bad", "url": "https://x.example/b", "tags": ["x"], "rating": 7 },
              { "id": "bad-tags", "title": "Bad", "url": "https://x.example/t", "tags": "  " },
              { "id": "docker-101", "title": "Again", "url": "https://x.example/d2", "tags": ["docker"] },
              { "id": "Upper Case", "title": "Bad", "url": "https://x.example/u", "tags": ["x"] },
              { "id": "typed", "title": 5, "url": "https://x.example/t", "tags": ["x"] },
              "not an object",
              { "id": "sql", "title": "SQL", "url": "http://x.example/s", "tags": "sql|databases", "synonyms": ["postgres"] }
            ]
            """;

        var result = CourseJsonReader.Read(json);

        Assert.Equal(["docker-101", "sql"], result.Courses.Select(c => c.Id));
        Assert.Equal(["sql", "databases"], result.Courses[1].Tags);
        Assert.Equal(
        [
            ("entry 2", "url"), ("entry 3", "rating"), ("entry 4", "tags"), ("entry 5", "id"),
            ("entry 6", "id"), ("entry 7", "title"), ("entry 8", "(entry)"),
        ], result.Problems.Select(p => (p.Position, p.Field)));
        Assert.Contains("entry 2, field 'url'", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonRead_MalformedJson_OneProblemNoCourses()
    {
        var result = CourseJsonReader.Read("[ { \"id\": ");

        Assert.Empty(result.Courses);
        Assert.Equal("(file)", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void JsonRead_BundledCatalog_LoadsEveryCourse()
    {
        var path = FindUp("config/courses.json");

        var result = CourseJsonReader.Read(File.ReadAllText(path));

        Assert.Empty(result.Problems);
        Assert.Equal(14, result.Courses.Count);
        Assert.All(result.Courses, c => Assert.True(("rec:dismiss:" + c.Id).Length <= 64));
    }

    [Fact]
    public void CsvRead_QuotedFieldsAndBadRows_ReportedByLine()
    {
        const string csv = "id,title,url,tags,synonyms,price,rating\n"
            + "docker-101,\"Docker, from zero\",https://x.example/d,docker|containers,\"compose;dockerfile\",49,4.6\n"
            + "bad,Bad,https://x.example/b,x,,cheap,\n"
            + "\"multi\",\"Two\nlines\",https://x.example/m,tag,,,\n"
            + "nourl,No URL,,x,,,\n";

        var result = CourseCsvReader.Read(csv);

        Assert.Equal(["docker-101", "multi"], result.Courses.Select(c => c.Id));
        Assert.Equal("Docker, from zero", result.Courses[0].Title);
        Assert.Equal(["compose", "dockerfile"], result.Courses[0].Synonyms);
        Assert.Equal([("line 3", "price"), ("line 6", "url")], result.Problems.Select(p => (p.Position, p.Field)));
    }

    [Fact]
    public void CsvRead_MissingRequiredColumn_Reported()
    {
        var result = CourseCsvReader.Read("id,title,tags\na,A,x\n");

        Assert.Empty(result.Courses);
        Assert.Equal(("line 1", "url"), (Assert.Single(result.Problems).Position, result.Problems[0].Field));
    }

    internal static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(relative);
    }
}

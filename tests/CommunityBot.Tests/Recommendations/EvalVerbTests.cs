using System.Text.Json;
using CommunityBot.Verbs;

namespace CommunityBot.Tests.Recommendations;

[Collection(EvalCollection.Name)]
public sealed class EvalVerbTests
{
    private static async Task<(int Code, JsonElement Json, string Table)> RunAsync(string dataset, int k = 10, string? path = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await EvalVerb.RunAsync(dataset, path, k, null, stdout, stderr, CancellationToken.None);
        var text = stdout.ToString();
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return (code, JsonDocument.Parse(text).RootElement.Clone(), stderr.ToString());
    }

    private static double Metric(JsonElement json, string model, string metric) => json.GetProperty("models").GetProperty(model).GetProperty(metric).GetDouble();

    [Fact]
    public async Task Eval_MovieLens_BeatsPopularityOnNdcgAndCoverageTargets()
    {
        var (code, json, table) = await RunAsync("movielens");

        Assert.Equal(0, code);
        Assert.Equal("movielens", json.GetProperty("dataset").GetString());
        Assert.Equal(10, json.GetProperty("k").GetInt32());
        Assert.True(json.GetProperty("users").GetInt32() > 400);
        Assert.True(Metric(json, "recommender", "ndcg") >= 1.2 * Metric(json, "popularity", "ndcg"), table);
        Assert.True(Metric(json, "recommender", "coverage") >= 3 * Metric(json, "popularity", "coverage"), table);
        Assert.Contains("recommender", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(10)]
    public async Task Eval_MovieLensAsPurchases_BeatsPopularityOnNdcgHitRateAndCoverage(int k)
    {
        var (code, json, table) = await RunAsync("movielens-purchases", k);

        Assert.Equal(0, code);
        Assert.Equal("movielens-purchases", json.GetProperty("dataset").GetString());
        Assert.True(Metric(json, "recommender", "ndcg") >= 1.15 * Metric(json, "popularity", "ndcg"), table);
        Assert.True(Metric(json, "recommender", "hit_rate") >= Metric(json, "popularity", "hit_rate"), table);
        Assert.True(Metric(json, "recommender", "coverage") >= 3 * Metric(json, "popularity", "coverage"), table);
    }

    [Fact]
    public async Task Eval_PurchasesCsv_EvaluatesTheSellersOwnSales_AndNamesABadLine()
    {
        using var folder = new CommunityBot.TestKit.TempFolder();
        var rows = new List<string> { "user,course,time,tags" };
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var u = 0; u < 80; u++)
        {
            // Two kinds of buyers: data people buy sql then python, designers buy figma then ux; a few buy the bestseller.
            var (first, second, tag) = u % 2 == 0 ? ("sql", "python", "data") : ("figma", "ux", "design");
            rows.Add($"u{u},{first},{start.AddDays(u).ToUnixTimeSeconds()},{tag}");
            rows.Add($"u{u},bestseller,{start.AddDays(u).AddHours(1):O},general");
            rows.Add($"u{u},{second},{start.AddDays(u + 1).ToUnixTimeSeconds()},{tag}|advanced");
        }
        var csv = folder.File("sales.csv");
        await File.WriteAllLinesAsync(csv, rows);

        var (code, json, table) = await RunAsync("purchases", 3, csv);

        Assert.Equal(0, code);
        Assert.Equal("purchases", json.GetProperty("dataset").GetString());
        Assert.Equal(80, json.GetProperty("users").GetInt32());
        Assert.True(Metric(json, "recommender", "hit_rate") >= Metric(json, "popularity", "hit_rate"), table);

        await File.WriteAllLinesAsync(csv, ["user,course,time", "u1,sql,2026-01-01T00:00:00Z", "u2,sql,yesterday"]);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Failed, await EvalVerb.RunAsync("purchases", csv, 3, null, stdout, stderr, CancellationToken.None));
        Assert.Contains("line 3", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_Sample_RecommenderBeatsPopularityAndIsDeterministic()
    {
        var first = await RunAsync("sample");
        var second = await RunAsync("sample");

        Assert.Equal(0, first.Code);
        Assert.Equal(first.Json.ToString(), second.Json.ToString());
        Assert.True(Metric(first.Json, "recommender", "ndcg") > Metric(first.Json, "popularity", "ndcg"), first.Table);
    }

    [Fact]
    public async Task Eval_MissingMovieLensFolder_FailedWithMessage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await EvalVerb.RunAsync("movielens", "/nonexistent/folder", 10, null, stdout, stderr, CancellationToken.None);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Empty(stdout.ToString());
        Assert.Contains("movies.csv", stderr.ToString(), StringComparison.Ordinal);
    }
}

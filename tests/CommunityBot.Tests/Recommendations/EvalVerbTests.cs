using System.Text.Json;
using CommunityBot.Verbs;

namespace CommunityBot.Tests.Recommendations;

[Collection(EvalCollection.Name)]
public sealed class EvalVerbTests
{
    private static async Task<(int Code, JsonElement Json, string Table)> RunAsync(string dataset, int k = 10)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await EvalVerb.RunAsync(dataset, null, k, null, stdout, stderr, CancellationToken.None);
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

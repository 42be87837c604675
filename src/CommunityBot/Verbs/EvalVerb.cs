using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Evaluation;

namespace CommunityBot.Verbs;

/// <summary>`communitybot eval`: our recommender against the most-popular baseline on the same leave-last-n-out split.</summary>
public static class EvalVerb
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "sample (the bundled demo community) or movielens", DefaultValueFactory = _ => "sample" };
        dataset.AcceptOnlyFromAmong("sample", "movielens", "movielens-purchases", "purchases");
        dataset.Description = "sample (the bundled demo community), movielens, movielens-purchases (ratings of 4+ as purchases, genres as the only tags) "
            + "or purchases (your own sales: a CSV of user,course,time[,tags] with tags separated by |)";
        var path = new Option<string?>("--path")
        {
            Description = "Dataset folder or file (movielens*: default ../shared/data/movielens-latest-small, found by walking up; purchases: the CSV, required)",
        };
        var k = new Option<int>("--k") { Description = "List length k of precision@k, recall@k and NDCG@k", DefaultValueFactory = _ => 10 };
        var holdout = new Option<int?>("--holdout") { Description = "Interactions held out per member (default: movielens 10, sample 1)" };
        var command = new Command("eval", "Offline evaluation: recommender vs popularity, one JSON object on stdout, a table on stderr")
        {
            dataset, path, k, holdout,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(dataset)!, parse.GetValue(path), parse.GetValue(k), parse.GetValue(holdout),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(string dataset, string? path, int k, int? holdout, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (k < 1)
        {
            await stderr.WriteLineAsync("--k must be at least 1.");
            return ExitCodes.Usage;
        }
        EvalDataset data;
        try
        {
            data = dataset switch
            {
                "movielens" => await EvalDatasets.MovieLensAsync(path, withMemberTags: true, ct),
                "movielens-purchases" => await EvalDatasets.MovieLensAsync(path, withMemberTags: false, ct),
                "purchases" => await EvalDatasets.PurchasesAsync(path, ct),
                _ => await EvalDatasets.SampleAsync(path, ct),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"Cannot read the {dataset} dataset: {ex.Message}");
            return ExitCodes.Failed;
        }
        var report = Evaluator.Run(data, k, holdout ?? (dataset == "sample" ? 1 : dataset == "purchases" ? 1 : 10), new RecommenderOptions());
        await stdout.WriteLineAsync(ToJson(report));
        await stderr.WriteAsync(ToTable(report));
        return ExitCodes.Ok;
    }

    public static string ToJson(EvalReport report) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["dataset"] = report.Dataset,
        ["k"] = report.K,
        ["users"] = report.Users,
        ["models"] = report.Models.ToDictionary(m => m.Key, m => new Dictionary<string, object>
        {
            ["precision"] = Math.Round(m.Value.Precision, 4),
            ["recall"] = Math.Round(m.Value.Recall, 4),
            ["ndcg"] = Math.Round(m.Value.Ndcg, 4),
            ["hit_rate"] = Math.Round(m.Value.HitRate, 4),
            ["coverage"] = m.Value.Coverage,
        }),
    });

    public static string ToTable(EvalReport report)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{report.Dataset}: {report.Users} members evaluated, k = {report.K}"),
            string.Create(CultureInfo.InvariantCulture, $"{"model",-12} {"precision",10} {"recall",10} {"ndcg",10} {"hit rate",10} {"coverage",10}"),
        };
        lines.AddRange(report.Models.Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{m.Key,-12} {m.Value.Precision,10:F4} {m.Value.Recall,10:F4} {m.Value.Ndcg,10:F4} {m.Value.HitRate,10:F4} {m.Value.Coverage,10}")));
        if (report.Models.TryGetValue("recommender", out var ours) && report.Models.TryGetValue("popularity", out var popular) && popular.Ndcg > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"recommender / popularity: ndcg x{ours.Ndcg / popular.Ndcg:F2}, hit rate x{ours.HitRate / Math.Max(1e-9, popular.HitRate):F2}, coverage x{(double)ours.Coverage / Math.Max(1, popular.Coverage):F1}"));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}

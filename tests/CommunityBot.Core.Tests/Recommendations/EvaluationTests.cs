using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Evaluation;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class EvaluationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Interaction At(string user, string item, int day) => new(user, item, T0.AddDays(day));

    [Fact]
    public void Metrics_HandComputedCase_Match()
    {
        string[] recommended = ["a", "b", "c", "d"];
        var relevant = new HashSet<string> { "b", "d", "x" };

        Assert.Equal(0.5, RankingMetrics.Precision(recommended, relevant, 4), 12);
        Assert.Equal(2.0 / 3, RankingMetrics.Recall(recommended, relevant, 4), 12);
        // DCG = 1/log2(3) + 1/log2(5) = 1.061606; ideal = 1 + 1/log2(3) + 1/log2(4) = 2.130930; 1.061606 / 2.130930 = 0.498189
        Assert.Equal(0.498189, RankingMetrics.Ndcg(recommended, relevant, 4), 6);
    }

    [Fact]
    public void Metrics_PerfectAndEmptyLists_AreOneAndZero()
    {
        var relevant = new HashSet<string> { "a", "b" };

        Assert.Equal(1, RankingMetrics.Ndcg(["a", "b", "z"], relevant, 3), 12);
        Assert.Equal(0, RankingMetrics.Ndcg([], relevant, 3));
        Assert.Equal(0, RankingMetrics.Precision([], relevant, 3));
    }

    [Fact]
    public void LeaveLastOut_HoldsOutLatestPerMemberWithEnoughHistory()
    {
        Interaction[] data =
        [
            At("u1", "d", 4), At("u1", "a", 1), At("u1", "c", 3), At("u1", "b", 2),
            At("u2", "a", 1), At("u2", "b", 2), At("u2", "c", 3),
        ];

        var split = EvalSplit.LeaveLastOut(data, holdout: 2, seed: 1);

        Assert.Equal(["u1"], split.Test.Keys);
        Assert.Equal(["c", "d"], split.Test["u1"].Order());
        Assert.Equal(T0.AddDays(3), split.Cutoff["u1"]);
        Assert.Equal(5, split.Train.Count);
        Assert.DoesNotContain(split.Train, i => i.User == "u1" && i.Item is "c" or "d");
    }

    [Fact]
    public void LeaveLastOut_EqualTimestamps_SameSplitEveryRun()
    {
        var data = Enumerable.Range(0, 20).Select(i => At("u1", "i" + i, 0)).ToList();

        var first = EvalSplit.LeaveLastOut(data, 5, Evaluator.Seed).Test["u1"];
        var second = EvalSplit.LeaveLastOut(data, 5, Evaluator.Seed).Test["u1"];

        Assert.Equal(first.Order(), second.Order());
    }

    [Fact]
    public void Popularity_RecommendsMostInteractedUnseenItems()
    {
        var model = new PopularityModel([At("a", "x", 1), At("b", "x", 1), At("c", "x", 1), At("a", "y", 1), At("b", "y", 1), At("u", "x", 1), At("c", "z", 1)]);

        Assert.Equal(["y", "z"], model.Recommend("u", 5));
    }

    [Fact]
    public void Score_AveragesOverMembersAndCountsDistinctItems()
    {
        var split = EvalSplit.LeaveLastOut([At("u1", "a", 1), At("u1", "b", 2), At("u2", "a", 1), At("u2", "c", 2)], 1, 1);
        var model = new FixedModel(new() { ["u1"] = ["b", "c"], ["u2"] = ["b", "d"] });

        var metrics = Evaluator.Score(model, split, 2);

        Assert.Equal(new ModelMetrics(0.25, 0.5, 0.5, 3) { HitRate = 0.5 }, metrics); // u1 hits b, u2 hits nothing
    }

    [Fact]
    public void Run_SmallCommunity_RecommenderUsesCoTakenCourses()
    {
        var interactions = new List<Interaction>();
        for (var v = 0; v < 4; v++)
        {
            interactions.AddRange([At("v" + v, "docker-101", 1), At("v" + v, "k8s-pro", 2), At("v" + v, "sql-mastery", 3)]);
        }
        interactions.AddRange([At("u0", "docker-101", 1), At("u0", "k8s-pro", 2), At("u1", "docker-101", 1), At("u1", "k8s-pro", 2)]);
        interactions.AddRange(Enumerable.Range(0, 8).Select(p => At("p" + p, "python-data", 1)));
        var dataset = new EvalDataset("tiny", RecTestData.Catalog(), interactions);
        var split = EvalSplit.LeaveLastOut(interactions, 1, Evaluator.Seed);

        var report = Evaluator.Run(dataset, k: 1, holdout: 1, new RecommenderOptions());

        Assert.Equal(["k8s-pro"], new HybridModel(dataset, split, new RecommenderOptions()).Recommend("u0", 1));
        Assert.Equal(["python-data"], new PopularityModel(split.Train).Recommend("u0", 1));
        Assert.Equal(6, report.Users);
        Assert.Equal(0, report.Models["popularity"].Precision);
        Assert.True(report.Models["recommender"].Precision >= 2.0 / 6);
    }

    private sealed class FixedModel(Dictionary<string, string[]> lists) : IRankingModel
    {
        public string Name => "fixed";

        public IReadOnlyList<string> Recommend(string user, int k) => lists[user].Take(k).ToList();
    }
}

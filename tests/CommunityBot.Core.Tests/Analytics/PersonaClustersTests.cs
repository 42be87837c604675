using CommunityBot.Core.Analytics;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Tests.Analytics;

public sealed class PersonaClustersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static MemberScore Member(string user, double c, double i, double r, int daysAgo) => new()
    {
        Community = "c1", User = user, Content = c, Interest = i, Interaction = r, Active = true, FirstSeen = Now.AddDays(-daysAgo),
    };

    /// <summary>Ten helpers who talk docker, ten chatty members who talk career, ten quiet newcomers; small jitter.</summary>
    private static (List<MemberScore> Members, Dictionary<string, IReadOnlyDictionary<string, double>> Topics) Community()
    {
        var random = new Random(3);
        double J(double v) => Math.Clamp(v + ((random.NextDouble() - 0.5) * 0.08), 0, 1);
        var members = new List<MemberScore>();
        var topics = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        for (var n = 0; n < 10; n++)
        {
            members.Add(Member("helper" + n, J(0.9), J(0.4), J(0.4), 200));
            topics["helper" + n] = new Dictionary<string, double> { ["docker"] = 3, ["linux"] = 1 };
            members.Add(Member("chatty" + n, J(0.15), J(0.3), J(0.9), 200));
            topics["chatty" + n] = new Dictionary<string, double> { ["career"] = 2 };
            members.Add(Member("new" + n, J(0.05), J(0.1), J(0.1), 3));
        }
        members.Add(Member("gone", 0, 0, 0, 400) with { Active = false });
        return (members, topics);
    }

    [Fact]
    public void Compute_ThreeSeparateGroups_ThreeNamedPersonasWithTheirInterests()
    {
        var (members, topics) = Community();

        var report = PersonaClusters.Compute(members, topics, Now);

        Assert.Equal(["conversationalists", "helpers", "newcomers"], report.Personas.Select(p => p.Name).Order());
        Assert.All(report.Personas, p => Assert.Equal(10, p.Size)); // the inactive member belongs to none
        var helpers = report.Personas.Single(p => p.Name == "helpers");
        Assert.Equal(["docker", "linux"], helpers.Interests);
        Assert.Equal(["career"], report.Personas.Single(p => p.Name == "conversationalists").Interests);
        Assert.Empty(report.Personas.Single(p => p.Name == "newcomers").Interests);
        Assert.True(report.Silhouette > 0.5, $"silhouette {report.Silhouette}");
    }

    [Fact]
    public void Compute_SameMembersInAnotherOrder_SamePersonas()
    {
        var (members, topics) = Community();

        var first = PersonaClusters.Compute(members, topics, Now);
        var shuffled = PersonaClusters.Compute([.. members.OrderBy(m => m.User.Length).ThenByDescending(m => m.User, StringComparer.Ordinal)], topics, Now);

        Assert.Equal(first.Personas.Select(p => (p.Name, p.Size)), shuffled.Personas.Select(p => (p.Name, p.Size)));
        Assert.Equal(first.Silhouette, shuffled.Silhouette);
    }

    [Fact]
    public void Compute_FewMembers_OneGroupNoClustering()
    {
        var report = PersonaClusters.Compute([Member("a", 0.5, 0.5, 0.5, 10), Member("b", 0.1, 0.2, 0.3, 10)], new Dictionary<string, IReadOnlyDictionary<string, double>>(), Now);

        Assert.Equal(("members", 2), (Assert.Single(report.Personas).Name, report.Personas[0].Size));
    }

    [Fact]
    public void Compute_QuietOldMembersBesideActiveOnes_AreTheLurkers()
    {
        var random = new Random(5);
        double J(double v) => Math.Clamp(v + ((random.NextDouble() - 0.5) * 0.08), 0, 1);
        var members = Enumerable.Range(0, 12).Select(n => Member("active" + n, J(0.6), J(0.5), J(0.6), 100))
            .Concat(Enumerable.Range(0, 12).Select(n => Member("quiet" + n, J(0.04), J(0.05), J(0.04), 100))).ToList();

        var report = PersonaClusters.Compute(members, new Dictionary<string, IReadOnlyDictionary<string, double>>(), Now);

        Assert.Equal(12, report.Personas.Single(p => p.Name == "lurkers").Size);
        Assert.DoesNotContain(report.Personas, p => p.Name == "lurkers 2");
    }
}

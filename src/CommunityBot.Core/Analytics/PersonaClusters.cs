using System.Globalization;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Analytics;

/// <summary>One persona: a k-means cluster of members, named by what its centre stands out on.</summary>
public sealed record Persona(string Name, int Size, double Content, double Interest, double Interaction, IReadOnlyList<string> Interests);

/// <summary>The personas of a community and how well separated they are (mean silhouette, -1 to 1).</summary>
public sealed record PersonaReport(IReadOnlyList<Persona> Personas, double Silhouette);

/// <summary>
/// Member personas (用户画像) by k-means on each active member's (C, I, R, newness, topic shares) vector, k chosen
/// between 2 and 6 by the mean silhouette, with a fixed seed so the same members always give the same personas.
/// Each cluster is named by the behaviour its centre exceeds the community's mean on most (in standard deviations):
/// helpers (content C), conversationalists (interaction R), topic fans (interest I), newcomers; failing that by a
/// topic ("docker fans"); a centre that stands out on nothing is the lurkers when it writes and interacts less than
/// the mean, the regulars otherwise.
/// </summary>
public static class PersonaClusters
{
    private const int Seed = 20261207;
    private const int TopicDimensions = 5;
    private const int SilhouetteSample = 1_500;
    private const int MaxIterations = 60;
    private const double NewcomerDays = 30;

    public static PersonaReport Compute(IReadOnlyList<MemberScore> members, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> topics, DateTimeOffset now)
    {
        var active = members.Where(m => m.Active).OrderBy(m => m.User, StringComparer.Ordinal).ToList();
        if (active.Count < 4)
        {
            return new PersonaReport(active.Count == 0 ? [] : [Summarize("members", active, topics)], 0);
        }
        var tags = active.SelectMany(m => Shares(topics, m.User)).GroupBy(s => s.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Value)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopicDimensions).Select(g => g.Key).ToList();
        var vectors = active.Select(m => Vector(m, tags, topics, now)).ToArray();
        var sample = Sample(vectors.Length);
        (int[] Labels, double[][] Centres, double Score)? best = null;
        for (var k = 2; k <= Math.Min(6, active.Count - 1); k++)
        {
            var (labels, centres) = KMeans(vectors, k);
            var score = Silhouette(vectors, labels, k, sample);
            if (best is null || score > best.Value.Score + 1e-12)
            {
                best = (labels, centres, score);
            }
        }
        var (bestLabels, bestCentres, silhouette) = best!.Value;
        var names = Names(bestCentres, vectors, tags);
        var personas = Enumerable.Range(0, bestCentres.Length)
            .Select(c => Summarize(names[c], [.. active.Where((_, i) => bestLabels[i] == c)], topics))
            .Where(p => p.Size > 0).OrderByDescending(p => p.Size).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        return new PersonaReport(personas, Math.Round(silhouette, 3));
    }

    private static double[] Vector(MemberScore m, List<string> tags, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> topics, DateTimeOffset now)
    {
        var shares = Shares(topics, m.User);
        var newness = Math.Clamp(1 - ((now - m.FirstSeen).TotalDays / NewcomerDays), 0, 1);
        return [m.Content, m.Interest, m.Interaction, newness, .. tags.Select(t => shares.GetValueOrDefault(t))];
    }

    /// <summary>The member's interest per tag as shares of their total.</summary>
    private static Dictionary<string, double> Shares(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> topics, string user)
    {
        if (!topics.TryGetValue(user, out var raw))
        {
            return [];
        }
        var total = raw.Values.Where(v => v > 0).Sum();
        return total <= 0 ? [] : raw.Where(r => r.Value > 0).ToDictionary(r => r.Key, r => r.Value / total, StringComparer.Ordinal);
    }

    /// <summary>k-means++ seeding with a fixed seed, then Lloyd's iterations until no member changes cluster.</summary>
    private static (int[] Labels, double[][] Centres) KMeans(double[][] points, int k)
    {
        var random = new Random(Seed + k);
        var centres = new List<double[]> { (double[])points[random.Next(points.Length)].Clone() };
        while (centres.Count < k)
        {
            var distances = points.Select(p => centres.Min(c => Distance(p, c))).ToArray();
            var pick = random.NextDouble() * distances.Sum(); // far points are likelier picks
            var (index, reached) = (0, distances[0]);
            while (reached < pick && index < points.Length - 1)
            {
                reached += distances[++index];
            }
            centres.Add((double[])points[index].Clone());
        }
        var labels = new int[points.Length];
        Array.Fill(labels, -1);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < points.Length; i++)
            {
                var (nearest, closest) = (0, Distance(points[i], centres[0]));
                for (var c = 1; c < k; c++)
                {
                    if (Distance(points[i], centres[c]) is var d && d < closest)
                    {
                        (nearest, closest) = (c, d);
                    }
                }
                changed |= labels[i] != nearest;
                labels[i] = nearest;
            }
            for (var c = 0; c < k; c++)
            {
                var members = points.Where((_, i) => labels[i] == c).ToList();
                if (members.Count > 0)
                {
                    centres[c] = Enumerable.Range(0, points[0].Length).Select(d => members.Average(p => p[d])).ToArray();
                }
            }
            if (!changed)
            {
                break;
            }
        }
        return (labels, [.. centres]);
    }

    /// <summary>The mean silhouette over a fixed sample of members (all of them in communities up to the sample size).</summary>
    private static double Silhouette(double[][] points, int[] labels, int k, int[] sample)
    {
        var total = 0.0;
        foreach (var i in sample)
        {
            var sums = new double[k];
            var counts = new int[k];
            foreach (var j in sample)
            {
                if (j != i)
                {
                    sums[labels[j]] += Math.Sqrt(Distance(points[i], points[j]));
                    counts[labels[j]]++;
                }
            }
            var own = labels[i];
            if (counts[own] == 0)
            {
                continue; // a member alone in its cluster scores 0
            }
            var a = sums[own] / counts[own];
            var b = Enumerable.Range(0, k).Where(c => c != own && counts[c] > 0).Select(c => sums[c] / counts[c]).DefaultIfEmpty(0).Min();
            total += Math.Max(a, b) == 0 ? 0 : (b - a) / Math.Max(a, b);
        }
        return total / sample.Length;
    }

    private static int[] Sample(int count)
    {
        if (count <= SilhouetteSample)
        {
            return [.. Enumerable.Range(0, count)];
        }
        var random = new Random(Seed);
        return [.. Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(SilhouetteSample).Order()];
    }

    private static string[] Names(double[][] centres, double[][] points, List<string> tags)
    {
        var dimensions = points[0].Length;
        var mean = Enumerable.Range(0, dimensions).Select(d => points.Average(p => p[d])).ToArray();
        var spread = Enumerable.Range(0, dimensions).Select(d => Math.Sqrt(points.Average(p => Math.Pow(p[d] - mean[d], 2))) + 1e-9).ToArray();
        var names = new string[centres.Length];
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < centres.Length; c++)
        {
            var z = Enumerable.Range(0, dimensions).Select(d => (centres[c][d] - mean[d]) / spread[d]).ToArray();
            // How members behave names a persona first; a topic only when no behaviour stands out (topics are in its interests).
            var behaviour = Array.IndexOf(z, z.Take(4).Max());
            var topic = z.Length > 4 ? 4 + Array.IndexOf(z[4..], z[4..].Max()) : -1;
            var name = z[behaviour] > 0.25 ? behaviour switch
            {
                0 => "helpers",
                1 => "topic fans",
                2 => "conversationalists",
                _ => "newcomers",
            }
            : topic >= 0 && z[topic] > 0.25 ? tags[topic - 4] + " fans"
            : z[0] + z[2] < -0.25 ? "lurkers" // writes and answers less than most
            : "regulars";
            used[name] = used.GetValueOrDefault(name) + 1;
            names[c] = used[name] == 1 ? name : name + " " + used[name].ToString(CultureInfo.InvariantCulture);
        }
        return names;
    }

    private static Persona Summarize(string name, List<MemberScore> members, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> topics)
    {
        var interests = members.SelectMany(m => Shares(topics, m.User)).GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Tag: g.Key, Share: g.Sum(s => s.Value) / members.Count)).Where(t => t.Share >= 0.05)
            .OrderByDescending(t => t.Share).ThenBy(t => t.Tag, StringComparer.Ordinal).Take(3).Select(t => t.Tag).ToList();
        return new Persona(name, members.Count, Math.Round(members.Average(m => m.Content), 3), Math.Round(members.Average(m => m.Interest), 3),
            Math.Round(members.Average(m => m.Interaction), 3), interests);
    }

    private static double Distance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length; d++)
        {
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return sum;
    }
}

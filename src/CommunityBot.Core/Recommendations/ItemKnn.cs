namespace CommunityBot.Core.Recommendations;

/// <summary>
/// Item-to-item collaborative filtering from implicit interactions: cosine similarity of the sets of
/// members who interacted with two courses, shrunk towards 0 when few members share them
/// (c_ij / (√(n_i·n_j) + shrinkage)), keeping each course's strongest neighbours. Each member's
/// co-occurrences count 1/ln(2 + their number of items) in c_ij (inverse user frequency).
/// </summary>
public sealed class ItemKnn
{
    private readonly (int Item, float Similarity)[][] _neighbors;

    private ItemKnn((int, float)[][] neighbors) => _neighbors = neighbors;

    public int Count => _neighbors.Length;

    public IReadOnlyList<(int Item, float Similarity)> Neighbors(int item) => _neighbors[item];

    /// <summary>Neighbour lists computed earlier (restored from storage), strongest first.</summary>
    public static ItemKnn FromNeighbors((int Item, float Similarity)[][] neighbors) => new(neighbors);

    /// <summary>Items are 0..itemCount-1; <paramref name="members"/> holds, per member, the distinct items they interacted with.</summary>
    public static ItemKnn Build(int itemCount, IReadOnlyList<int[]> members, int neighbors, double shrinkage)
    {
        var users = new List<int>[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            users[i] = [];
        }
        for (var u = 0; u < members.Count; u++)
        {
            foreach (var item in members[u])
            {
                users[item].Add(u);
            }
        }
        var result = new (int, float)[itemCount][];
        var counts = new double[itemCount];
        // Inverse user frequency: a member who took everything says less about two items belonging together.
        var iuf = members.Select(m => 1 / Math.Log(2 + m.Length)).ToArray();
        var touched = new List<int>();
        for (var i = 0; i < itemCount; i++)
        {
            foreach (var u in users[i])
            {
                foreach (var j in members[u])
                {
                    if (j != i)
                    {
                        if (counts[j] == 0)
                        {
                            touched.Add(j);
                        }
                        counts[j] += iuf[u];
                    }
                }
            }
            result[i] = Strongest(i, touched, counts, users, neighbors, shrinkage);
            foreach (var j in touched)
            {
                counts[j] = 0;
            }
            touched.Clear();
        }
        return new ItemKnn(result);
    }

    /// <summary>Adds Σ w_i·sim(i, j) over the member's items i (with weights w_i) to <paramref name="scores"/>[j].</summary>
    public void Accumulate(IEnumerable<KeyValuePair<int, double>> memberItems, Span<double> scores)
    {
        foreach (var (i, weight) in memberItems)
        {
            foreach (var (j, similarity) in _neighbors[i])
            {
                scores[j] += weight * similarity;
            }
        }
    }

    private static (int, float)[] Strongest(int i, List<int> touched, double[] counts, List<int>[] users, int take, double shrinkage)
    {
        var candidates = new (int Item, float Similarity)[touched.Count];
        for (var k = 0; k < touched.Count; k++)
        {
            var j = touched[k];
            candidates[k] = (j, (float)(counts[j] / (Math.Sqrt((double)users[i].Count * users[j].Count) + shrinkage)));
        }
        Array.Sort(candidates, (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity) : a.Item.CompareTo(b.Item));
        return candidates.Length > take ? candidates[..take] : candidates;
    }
}

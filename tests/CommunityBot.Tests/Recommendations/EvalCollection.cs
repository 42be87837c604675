namespace CommunityBot.Tests.Recommendations;

/// <summary>The MovieLens evaluation keeps a core busy for seconds: it runs alone so timing-sensitive host tests are not starved.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EvalCollection
{
    public const string Name = "eval";
}

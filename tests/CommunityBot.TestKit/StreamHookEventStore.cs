using System.Reflection;
using CommunityBot.Core.Activity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.TestKit;

/// <summary>
/// The real event store with a hook that runs once while a community's history is streamed, after its first event:
/// what a rebuild meets when events are stored during its read. Everything else goes to the real store.
/// </summary>
public class StreamHookEventStore : DispatchProxy
{
    private IActivityStore _inner = null!;

    /// <summary>Runs once, inside the next <see cref="IActivityStore.StreamCommunityAsync"/>, after its first event.</summary>
    public Func<Task>? WhileStreaming { get; set; }

    public static StreamHookEventStore Install(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IActivityStore));
        services.Remove(real);
        services.AddSingleton(real.ImplementationType!);
        var proxy = Create<IActivityStore, StreamHookEventStore>();
        var hook = (StreamHookEventStore)(object)proxy;
        services.AddSingleton<IActivityStore>(sp =>
        {
            hook._inner = (IActivityStore)sp.GetRequiredService(real.ImplementationType!);
            return proxy;
        });
        return hook;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        try
        {
            var result = targetMethod!.Invoke(_inner, args);
            return targetMethod.Name == nameof(IActivityStore.StreamCommunityAsync) ? Hooked((IAsyncEnumerable<ActivityEvent>)result!) : result;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    private async IAsyncEnumerable<ActivityEvent> Hooked(IAsyncEnumerable<ActivityEvent> history)
    {
        await foreach (var e in history)
        {
            yield return e;
            if (WhileStreaming is { } hook)
            {
                WhileStreaming = null;
                await hook();
            }
        }
    }
}

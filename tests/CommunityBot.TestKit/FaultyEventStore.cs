using System.Reflection;
using CommunityBot.Core.Activity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.TestKit;

/// <summary>
/// The real event store with faults in front of its writes: the next <see cref="FailNextWrites"/> appends throw (a
/// locked or full disk), and any append that contains a message id in <see cref="Poison"/> throws (an event the
/// store refuses). Everything else goes to the real store.
/// </summary>
public class FaultyEventStore : DispatchProxy
{
    private IActivityStore _inner = null!;

    public int FailNextWrites { get; set; }

    public HashSet<string> Poison { get; } = new(StringComparer.Ordinal);

    public int FailedWrites { get; private set; }

    /// <summary>Puts the faults in front of the registered <see cref="IActivityStore"/>; returns the handle to steer them.</summary>
    public static FaultyEventStore Install(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IActivityStore));
        services.Remove(real);
        services.AddSingleton(real.ImplementationType!);
        var proxy = Create<IActivityStore, FaultyEventStore>();
        var faults = (FaultyEventStore)(object)proxy;
        services.AddSingleton<IActivityStore>(sp =>
        {
            faults._inner = (IActivityStore)sp.GetRequiredService(real.ImplementationType!);
            return proxy;
        });
        return faults;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IActivityStore.AppendAsync))
        {
            var events = (IReadOnlyList<ActivityEvent>)args![0]!;
            lock (Poison)
            {
                if (FailNextWrites > 0 || events.Any(e => e.MessageId is not null && Poison.Contains(e.MessageId)))
                {
                    FailNextWrites = Math.Max(0, FailNextWrites - 1);
                    FailedWrites++;
                    return Task.FromException<IReadOnlyList<bool>>(new IOException("The disk refused the write (test)."));
                }
            }
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}

using System.Diagnostics;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Platform;
using Quartz;

namespace CommunityBot.Http;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /healthz: the store (a read and how long it took), the job scheduler, and each configured adapter
    /// (connected, since when, the last stored event). 200 when all are fine, 503 otherwise, for load balancers and
    /// service managers; the body says which part is not.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints, IReadOnlyList<string> platforms)
    {
        endpoints.MapGet("/healthz", async (ISettingsStore settings, ISchedulerFactory schedulers, Jobs.JobStore jobs, AdapterHealth adapters, CancellationToken ct) =>
        {
            var watch = Stopwatch.StartNew();
            string? storeProblem = null;
            try
            {
                await settings.GetAsync("healthz", ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                storeProblem = ex.Message;
            }
            var storeMs = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            var scheduler = await schedulers.GetScheduler(ct);
            var status = await scheduler.GetStatus(ct);
            var schedulerRunning = status == SchedulerStatus.Running;
            var states = adapters.Snapshot(platforms);
            var healthy = storeProblem is null && schedulerRunning && states.Values.All(s => s.Connected);
            var body = new
            {
                status = healthy ? "ok" : "degraded",
                store = new { ok = storeProblem is null, problem = storeProblem, readMs = storeMs },
                scheduler = new
                {
                    running = schedulerRunning, status = status.ToString().ToLowerInvariant(),
                    clustered = jobs.IsClustered, instance = scheduler.SchedulerInstanceId,
                },
                adapters = states.ToDictionary(s => s.Key, s => new
                {
                    connected = s.Value.Connected, problem = s.Value.Problem, since = s.Value.Since, lastEvent = s.Value.LastEvent,
                }),
            };
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}

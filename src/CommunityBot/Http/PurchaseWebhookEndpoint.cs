using CommunityBot.Core.Purchases;

namespace CommunityBot.Http;

public static class PurchaseWebhookEndpoint
{
    private const int MaxBody = 256 * 1024;

    /// <summary>POST /hooks/purchases/{community}: the seller's shop reports a sale (see <see cref="PurchaseHook"/>).</summary>
    public static IEndpointRouteBuilder MapPurchaseWebhook(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PurchaseHook.Route + "{community}", async (string community, HttpRequest request, PurchaseHook hook, CancellationToken ct) =>
        {
            var body = request.ContentLength > MaxBody ? null : await ReadAtMostAsync(request.Body, MaxBody, ct);
            if (body is null)
            {
                return Results.Text("Refused: the body is larger than 256 KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            }
            var headers = new PurchaseHeaders(
                request.Headers["Stripe-Signature"].FirstOrDefault(),
                request.Headers["X-CommunityBot-Timestamp"].FirstOrDefault(),
                request.Headers["X-CommunityBot-Signature"].FirstOrDefault());
            var answer = await hook.HandleAsync(community, body, headers, ct);
            return Results.Text(answer.Message, statusCode: answer.Status);
        });
        return endpoints;
    }

    /// <summary>The body, or null as soon as it grows past <paramref name="limit"/> (a chunked body has no length to check first).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken ct)
    {
        var buffer = new byte[limit + 1];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
        {
            filled += read;
        }
        return filled > limit ? null : buffer[..filled];
    }
}

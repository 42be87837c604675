using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Purchases;

/// <summary>The signature headers of a purchase call, as they arrived.</summary>
public sealed record PurchaseHeaders(string? StripeSignature, string? Timestamp, string? Signature);

/// <summary>The answer to a purchase call: an HTTP status and the reason, for the shop's webhook log.</summary>
public sealed record PurchaseAnswer(int Status, string Message);

/// <summary>
/// POST /hooks/purchases/{community}: checks the signature and its age, reads the sale, and records it once per shop
/// event id. A buyer reference that names a known member ("discord:123") becomes that member's course purchase, so the
/// course leaves their recommendations at once, and the member's last click on a recommendation of that course within the
/// attribution window credits the sale to that recommendation's surface; any other sale is kept as an unattributed sale.
/// Nothing is stored for a refused call.
/// </summary>
public sealed class PurchaseHook(
    ISalesLedger ledger,
    ICourseCatalog catalog,
    IScoreStore scores,
    ScoreFreshness freshness,
    IActivityStore events,
    IIngestQueue ingest,
    IOptions<ClickTrackingOptions> options,
    TimeProvider clock)
{
    public const string Route = "/hooks/purchases/";

    public async Task<PurchaseAnswer> HandleAsync(string community, byte[] body, PurchaseHeaders headers, CancellationToken ct)
    {
        if (await ledger.SecretAsync(community, ct) is not { } secret)
        {
            return new(404, "This community takes no purchase calls yet: an admin runs /config webhook_secret rotate first.");
        }
        var (timestamp, signatures) = headers.StripeSignature is { Length: > 0 } stripe
            ? PurchaseSignature.ParseStripeHeader(stripe)
            : (headers.Timestamp, headers.Signature is { } s ? [s.StartsWith("sha256=", StringComparison.Ordinal) ? s[7..] : s] : []);
        if (PurchaseSignature.Check(secret, timestamp, signatures, body, clock.GetUtcNow()) is { } refused)
        {
            return new(401, "Refused: " + refused + ".");
        }
        var read = SaleReader.Read(body);
        if (read.Problem is { } problem)
        {
            return new(400, "Refused: " + problem + ".");
        }
        if (read.Sale is not { } sale)
        {
            return new(200, "Ignored: not a completed checkout.");
        }
        if (await catalog.FindAsync(community, sale.Course, ct) is null)
        {
            return new(422, $"Refused: the course '{sale.Course}' is not in this community's catalog.");
        }
        var member = await MemberAsync(community, sale.Buyer, ct);
        if (member is { } known)
        {
            // Stored before the ledger entry: if the ledger write fails the shop retries, and the event's natural key
            // makes the second copy a duplicate.
            await ingest.StoreAsync(
            [
                new ActivityEvent
                {
                    Kind = EventKind.CourseEnrolled, Platform = known.Platform, Community = community, User = known.User,
                    Course = sale.Course, At = sale.At, Value = (double)sale.Amount, Detail = sale.Currency, Nonce = sale.EventId,
                },
            ], ct);
        }
        var source = member is { } buyer ? await CreditedSourceAsync(community, buyer.User, sale, ct) : null;
        if (!await ledger.TryRecordAsync(community, sale with { Member = member?.User, Source = source }, ct))
        {
            return new(409, $"Refused: the sale {sale.EventId} is already recorded.");
        }
        return member is null
            ? new(200, $"Recorded an unattributed sale of {sale.Course}.")
            : new(200, $"Recorded the purchase of {sale.Course} for the member.");
    }

    private async Task<(string Platform, string User)?> MemberAsync(string community, string? buyer, CancellationToken ct)
    {
        if (BuyerReference.Parse(buyer) is not var (platform, user))
        {
            return null;
        }
        await freshness.EnsureAsync(community, ct); // a member whose first message was just stored is known
        return await scores.GetAsync(community, user, ct) is null ? null : (platform, user);
    }

    private async Task<string?> CreditedSourceAsync(string community, string user, Sale sale, CancellationToken ct)
    {
        var from = sale.At - options.Value.AttributionWindow;
        var clicks = await events.ReadRecentAsync(community, from, ct);
        var last = clicks
            .Where(e => e.Kind == EventKind.RecommendationClicked && e.User == user && e.Course == sale.Course && e.At <= sale.At)
            .MaxBy(e => e.At);
        return last is null ? null : last.Detail ?? RecommendationEvents.Command;
    }
}

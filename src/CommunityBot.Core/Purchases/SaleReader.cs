using System.Globalization;
using System.Text.Json;

namespace CommunityBot.Core.Purchases;

/// <summary>
/// Reads a shop's purchase call: the neutral body
/// {"id","course","amount","currency","buyer","time"} or Stripe's checkout.session.completed event (course from the
/// session's metadata.course or its first line item's product, buyer from client_reference_id). Other Stripe event
/// types are <see cref="SaleRead.Ignored"/>: Stripe sends many, and refusing them would make it retry.
/// </summary>
public static class SaleReader
{
    private static readonly HashSet<string> _zeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf",
    };

    public static SaleRead Read(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SaleRead.Refused("the body is not a JSON object");
            }
            if (Text(root, "object") == "event" || root.TryGetProperty("type", out _))
            {
                return ReadStripe(root);
            }
            return ReadNeutral(root);
        }
        catch (JsonException ex)
        {
            return SaleRead.Refused("the body is not valid JSON: " + ex.Message);
        }
    }

    private static SaleRead ReadNeutral(JsonElement root)
    {
        var id = Text(root, "id");
        var course = Text(root, "course");
        var currency = Text(root, "currency");
        if (id is null || course is null || currency is null)
        {
            return SaleRead.Refused("id, course and currency are required strings");
        }
        if (!root.TryGetProperty("amount", out var amountElement) || !amountElement.TryGetDecimal(out var amount) || amount < 0)
        {
            return SaleRead.Refused("amount must be a number of at least 0");
        }
        if (!DateTimeOffset.TryParse(Text(root, "time"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return SaleRead.Refused("time must be an ISO 8601 date and time");
        }
        return SaleRead.Of(new Sale(id, course, amount, currency.ToUpperInvariant(), Text(root, "buyer"), at.ToUniversalTime()));
    }

    private static SaleRead ReadStripe(JsonElement root)
    {
        if (Text(root, "type") != "checkout.session.completed")
        {
            return SaleRead.Ignored;
        }
        var id = Text(root, "id");
        if (id is null || !root.TryGetProperty("data", out var data) || !data.TryGetProperty("object", out var session)
            || session.ValueKind != JsonValueKind.Object)
        {
            return SaleRead.Refused("a Stripe event needs id and data.object");
        }
        var course = (session.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Text(metadata, "course") : null)
            ?? FirstLineItemProduct(session);
        if (course is null)
        {
            return SaleRead.Refused("the checkout session names no course (metadata.course or a line item's price.product)");
        }
        var currency = Text(session, "currency") ?? "";
        var minor = session.TryGetProperty("amount_total", out var total) && total.TryGetInt64(out var value) ? value : 0;
        var amount = _zeroDecimal.Contains(currency) ? minor : minor / 100m;
        var created = root.TryGetProperty("created", out var c) && c.TryGetInt64(out var seconds) ? seconds : 0;
        return SaleRead.Of(new Sale(id, course, amount, currency.ToUpperInvariant(), Text(session, "client_reference_id"),
            UnixSeconds.ToTime(created)));
    }

    private static string? FirstLineItemProduct(JsonElement session) =>
        session.TryGetProperty("line_items", out var items) && items.ValueKind == JsonValueKind.Object
        && items.TryGetProperty("data", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
        && list[0].ValueKind == JsonValueKind.Object && list[0].TryGetProperty("price", out var price) && price.ValueKind == JsonValueKind.Object
            ? Text(price, "product")
            : null;

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

/// <summary>What <see cref="SaleReader"/> made of a body: a sale, a reason to refuse it, or an event type that is not a sale.</summary>
public sealed record SaleRead(Sale? Sale, string? Problem)
{
    public static readonly SaleRead Ignored = new(null, null);

    public static SaleRead Of(Sale sale) => new(sale, null);

    public static SaleRead Refused(string problem) => new(null, problem);
}

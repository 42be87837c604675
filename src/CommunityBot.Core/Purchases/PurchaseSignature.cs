using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommunityBot.Core.Purchases;

/// <summary>
/// The webhook signature, Stripe's scheme: HMAC-SHA256 over "TIMESTAMP.RAW_BODY" with the community's secret, hex,
/// sent as "Stripe-Signature: t=TIMESTAMP,v1=HEX" or as X-CommunityBot-Timestamp plus "X-CommunityBot-Signature: sha256=HEX".
/// The timestamp (Unix seconds) must be within <see cref="Tolerance"/> of now, so a captured call cannot be replayed later.
/// </summary>
public static class PurchaseSignature
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>Null when the call is genuine and fresh, otherwise the reason it is refused.</summary>
    public static string? Check(string secret, string? timestampHeader, IReadOnlyList<string> signatures, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return "missing or malformed timestamp";
        }
        if (signatures.Count == 0)
        {
            return "missing signature";
        }
        var age = now - UnixSeconds.ToTime(timestamp);
        if (age.Duration() > Tolerance)
        {
            return "timestamp is more than 5 minutes away from now";
        }
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s.ToLowerInvariant()), expected))
            ? null
            : "signature does not match";
    }

    /// <summary>Reads "t=…,v1=…[,v1=…]" (Stripe) into its timestamp and signatures.</summary>
    public static (string? Timestamp, IReadOnlyList<string> Signatures) ParseStripeHeader(string? header)
    {
        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=') is var i and > 0 ? (part[..i], part[(i + 1)..]) : (part, "");
            if (key == "t") { timestamp = value; }
            else if (key == "v1") { signatures.Add(value); }
        }
        return (timestamp, signatures);
    }
}

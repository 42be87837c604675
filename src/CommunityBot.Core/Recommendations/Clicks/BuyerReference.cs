namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>
/// The member reference a shop passes back with a sale: "platform_user" (letters, digits, '-' and '_' only, which
/// Stripe's client_reference_id requires); "platform:user" is read too.
/// </summary>
public static class BuyerReference
{
    public static string For(string platform, string user) => platform + "_" + user;

    public static (string Platform, string User)? Parse(string? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var separator = reference.IndexOfAny(['_', ':']);
        return separator > 0 && separator < reference.Length - 1 ? (reference[..separator], reference[(separator + 1)..]) : null;
    }
}

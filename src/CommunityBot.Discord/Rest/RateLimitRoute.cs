namespace CommunityBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route with ids replaced, except Discord's "major parameters"
/// (channel, guild, webhook id + token), which get separate buckets.
/// </summary>
internal readonly record struct RateLimitRoute(string Route, string Major)
{
    public static RateLimitRoute Of(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var route = new List<string>(segments.Length);
        var major = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            var beforePrevious = i > 1 ? segments[i - 2] : "";
            if (previous is "channels" or "guilds" or "webhooks" || beforePrevious == "webhooks")
            {
                major.Add(segments[i]);
                route.Add(segments[i]);
            }
            else if (IsId(segments[i]) || beforePrevious == "interactions")
            {
                route.Add(":id");
            }
            else
            {
                route.Add(segments[i]);
            }
        }
        return new RateLimitRoute($"{method.Method} /{string.Join('/', route)}", string.Join('/', major));
    }

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}

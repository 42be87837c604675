using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>Reads Bot API parameters the four documented ways: query string, urlencoded form, JSON body, multipart/form-data.</summary>
public static class ApiRequestReader
{
    private const string Attach = "attach://";

    public static async Task<ApiCall> ReadAsync(string method, HttpRequest request)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }
        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    parameters[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }
            foreach (var file in form.Files)
            {
                using var copy = new MemoryStream();
                await file.CopyToAsync(copy);
                files[file.Name] = copy.ToArray();
            }
        }
        ResolveAttachments(parameters, files);
        return new ApiCall(method, parameters, files);
    }

    /// <summary>"photo": "attach://name" refers to the multipart part called name (the documented upload form).</summary>
    private static void ResolveAttachments(JsonObject parameters, Dictionary<string, byte[]> files)
    {
        foreach (var (key, value) in parameters.ToList())
        {
            if (value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith(Attach, StringComparison.Ordinal)
                && files.TryGetValue(text[Attach.Length..], out var bytes))
            {
                files[key] = bytes;
            }
        }
    }
}

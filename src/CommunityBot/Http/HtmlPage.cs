namespace CommunityBot.Http;

/// <summary>The one page shell of the bot's HTML answers: readable on a phone, no JavaScript. The body is HTML already encoded.</summary>
internal static class HtmlPage
{
    public static IResult Render(int status, string title, string body, string head = "", bool wide = false) => Results.Content(
        $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>{{head}}
        <style>body{font-family:system-ui,sans-serif;max-width:{{(wide ? "64rem" : "40rem")}};margin:1rem auto;padding:0 1rem}
        table{width:100%;border-collapse:collapse} td,th{padding:.4rem;border-bottom:1px solid #ddd;text-align:left}
        .scroll{overflow-x:auto} img{max-width:100%;height:auto} td.num,th.num{text-align:right}</style>
        </head><body><h1>{{title}}</h1>{{body}}</body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}

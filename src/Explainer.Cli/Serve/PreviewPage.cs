using System.Globalization;
using System.Net;

namespace Explainer.Cli.Serve;

/// <summary>What <c>explainer serve</c> adds to the HTML pages it serves, and only to them: the reload script and, after a failed build, the error.</summary>
internal static class PreviewPage
{
    /// <summary>The path the reload script polls: the site's build number as text.</summary>
    public const string VersionPath = "/__explainer/version";

    /// <summary>The id of the element that shows a failed build's problems.</summary>
    public const string ErrorElementId = "explainer-serve-error";

    /// <summary>The page with the reload script (and the error, if any) inserted before its last <c>&lt;/body&gt;</c>, or appended.</summary>
    /// <param name="html">The page as built.</param>
    /// <param name="version">The build number the page shows; the script reloads it when the server's differs.</param>
    /// <param name="error">The last build's problems, or null.</param>
    public static string Inject(string html, int version, string? error)
    {
        var addition = (error is null ? string.Empty : ErrorBox(error)) + Script(version);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + addition : html[..end] + addition + html[end..];
    }

    /// <summary>A page of its own for when no build has succeeded yet, or a file is missing: the message, the error and the script.</summary>
    public static string Standalone(string title, string message, int version, string? error) => Inject(
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} · explainer serve</title></head>
        <body>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p>{WebUtility.HtmlEncode(message)}</p>
        </body>
        </html>

        """,
        version,
        error);

    private static string ErrorBox(string error) =>
        $"<div id=\"{ErrorElementId}\" role=\"alert\" style=\"position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;"
        + "background:#fff0f0;color:#600;border-top:3px solid #c00;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647\">"
        + "<strong>explainer serve: the last build failed; this is the last good site.</strong>\n"
        + WebUtility.HtmlEncode(error) + "</div>\n";

    private static string Script(int version) => string.Create(CultureInfo.InvariantCulture, $$"""
        <script>/* explainer serve: reloads the page when the site is rebuilt; built pages have no such script. */
        (function () {
          var version = "{{version}}";
          function poll() {
            fetch("{{VersionPath}}", { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (t) { if (t.trim() !== version) { location.reload(); } else { setTimeout(poll, 500); } },
                    function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 500);
        })();
        </script>

        """);
}

using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Explainer.Cli.Serve;

/// <summary>Serves a <see cref="PreviewSite"/> on 127.0.0.1 with Kestrel: its files as built, HTML pages with the reload script added.</summary>
internal static class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    /// <summary>Creates the server on 127.0.0.1:<paramref name="port"/> (0: a free port); start it with <c>StartAsync</c>.</summary>
    public static WebApplication Create(PreviewSite site, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Path.GetDirectoryName(site.Folder) });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(context => Handle(context, site));
        return app;
    }

    private static async Task Handle(HttpContext context, PreviewSite site)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var version = site.Version;
        var path = request.Path.Value ?? "/";
        if (path == PreviewPage.VersionPath)
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(version.ToString(CultureInfo.InvariantCulture), context.RequestAborted);
            return;
        }

        var error = site.Error;
        if (!site.HasSite)
        {
            await Page(response, StatusCodes.Status503ServiceUnavailable, PreviewPage.Standalone("No site yet", "The site has not built yet; this page reloads when it does.", version, error), context.RequestAborted);
            return;
        }

        var file = Resolve(site.Folder, path);
        if (file is null)
        {
            await Page(response, StatusCodes.Status404NotFound, PreviewPage.Standalone("Not found", $"The site has no page {path}.", version, error), context.RequestAborted);
            return;
        }

        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            string html;
            try
            {
                html = await File.ReadAllTextAsync(file, context.RequestAborted);
            }
            catch (FileNotFoundException)
            {
                // Swapped away by a rebuild between the look-up and the read: the reload that follows fetches it again.
                await Page(response, StatusCodes.Status503ServiceUnavailable, PreviewPage.Standalone("Rebuilding", "The site is being rebuilt.", version, error), context.RequestAborted);
                return;
            }

            await Page(response, StatusCodes.Status200OK, PreviewPage.Inject(html, version, error), context.RequestAborted);
            return;
        }

        response.ContentType = Types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>The file a URL path names inside <paramref name="root"/> (a folder's <c>index.html</c>), or null when there is none or it lies outside.</summary>
    internal static string? Resolve(string root, string path)
    {
        var relative = path.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (full != top && !full.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) && !Path.GetFileName(full).StartsWith('.') ? full : null;
    }

    private static async Task Page(HttpResponse response, int status, string html, CancellationToken cancel)
    {
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html, cancel);
    }

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".md"] = "text/plain; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml; charset=utf-8";
        return types;
    }
}

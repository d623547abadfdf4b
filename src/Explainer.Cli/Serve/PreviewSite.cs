using System.Diagnostics;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Worked;

namespace Explainer.Cli.Serve;

/// <summary>The site <c>explainer serve</c> shows: built into a folder of its own, rebuilt on demand, the last good build kept when one fails.</summary>
/// <remarks>
/// Every build, good or failed, raises <see cref="Version"/>, which the pages poll to reload. A failed build leaves the folder as
/// the last good build wrote it (the site builder swaps a finished build in whole) and keeps its messages in <see cref="Error"/>.
/// </remarks>
internal sealed class PreviewSite
{
    private readonly SiteSource _source;
    private readonly int? _digits;
    private readonly BiasPolicy? _policy;
    private readonly TextWriter _out;
    private readonly TextWriter _error;
    private readonly Lock _gate = new();
    private int _version;
    private string? _errorText;
    private bool _built;

    /// <summary>Creates the preview of <paramref name="source"/>, built into <paramref name="folder"/>.</summary>
    public PreviewSite(SiteSource source, string folder, int? digits, BiasPolicy? policy, TextWriter output, TextWriter error)
    {
        _source = source;
        Folder = folder;
        _digits = digits;
        _policy = policy;
        _out = output;
        _error = error;
    }

    /// <summary>Gets the folder the site is built into and served from.</summary>
    public string Folder { get; }

    /// <summary>Gets the number of builds so far, good or failed: a page reloads when it changes.</summary>
    public int Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Gets the last build's problems, one a line, or null when it succeeded.</summary>
    public string? Error
    {
        get
        {
            lock (_gate)
            {
                return _errorText;
            }
        }
    }

    /// <summary>Gets a value indicating whether some build has succeeded, so there is a site to serve.</summary>
    public bool HasSite
    {
        get
        {
            lock (_gate)
            {
                return _built;
            }
        }
    }

    /// <summary>Builds the site; a failure is printed on standard error and kept for the pages, never thrown.</summary>
    /// <returns>Whether the build succeeded.</returns>
    public bool Build()
    {
        var clock = Stopwatch.StartNew();
        string? problem;
        try
        {
            var build = _source.Load(Folder, _digits, _policy, markdown: true, html: true, force: false);
            var files = new SiteBuilder(build.Options).Build(build.Lessons, build.Errata);
            _out.WriteLine($"Built {files.Count} files ({clock.ElapsedMilliseconds} ms).");
            problem = null;
        }
        catch (SpecFileException e)
        {
            problem = string.Join('\n', e.Messages);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException or FormatException or RealDomainException or RealLimitException
                                      or DivideByZeroException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or TemplateException or TimeoutException)
        {
            problem = "explainer: error: " + e.Message;
        }

        if (problem is not null)
        {
            _error.WriteLine(problem);
            _error.WriteLine("The build failed; the last good site is still served.");
        }

        lock (_gate)
        {
            _version++;
            _errorText = problem;
            _built |= problem is null;
        }

        return problem is null;
    }
}

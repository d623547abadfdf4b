using Xunit.Sdk;
using Xunit.v3;

[assembly: AssemblyFixture(typeof(Explainer.Tests.Support.BrowserSkipReport))]

namespace Explainer.Tests.Support;

/// <summary>At the end of the run, says in one line how many browser tests were skipped and why.</summary>
/// <remarks>
/// VSTest's console logger shows a skipped test's name but not its reason; a diagnostic message (enabled in
/// xunit.runner.json) is shown as a warning line, so <c>dotnet test</c> prints this one line where Chromium is missing.
/// </remarks>
public sealed class BrowserSkipReport(IMessageSink diagnostics) : IDisposable
{
    public void Dispose()
    {
        if (Chromium.Skipped > 0)
        {
            var tests = Chromium.Skipped == 1 ? "browser test" : "browser tests";
            diagnostics.OnMessage(new DiagnosticMessage($"{Chromium.Skipped} {tests} skipped: {Chromium.SkipReason}"));
        }
    }
}

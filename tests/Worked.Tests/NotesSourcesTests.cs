using Explainer.Worked.Tests.Support;

namespace Explainer.Worked.Tests;

/// <summary>The notes' embedded files, which the site shows line by line: every claim of the catalogue cites a line that prints it.</summary>
public sealed class NotesSourcesTests
{
    public static TheoryData<ClaimCase> AllClaims => [.. ClaimCase.All()];

    [Fact]
    public void All_HoldsTheFiveFilesOfTheNotes_InTheOrderOfTheirNumbers()
    {
        NotesSources.All.Select(s => s.FileName).ShouldBe(
            ["000_d7f10ccaca41659c.txt", "001_7a5d002ff47c9624.txt", "002_347323eec919df2e.txt", "003_4f5a44f30271cdbb.txt", "004_6c2daff92f291ed4.txt"]);
    }

    [Fact]
    public void Lines_OfEachFile_AreAsManyAsTheFileHas()
    {
        // grep -c '' of the notes as given: 002 and 003 end without a line break (wc -l says 631 and 93), the others with one.
        NotesSources.All.Select(s => s.Lines.Count).ShouldBe([79, 962, 632, 94, 142]);
    }

    [Theory]
    [MemberData(nameof(AllClaims))]
    public void CitedLine_PrintsTheClaimsText(ClaimCase claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var source = NotesSources.All.Single(s => s.FileName == claim.Claim.Source);

        source.Lines[claim.Claim.Line - 1].ShouldContain(claim.Claim.Printed, Case.Sensitive, $"{claim.Claim.Citation} should print {claim.Claim.Printed}");
    }

    [Fact]
    public void EveryCitedFile_IsOneOfTheNotes()
    {
        var files = NotesSources.All.Select(s => s.FileName).ToHashSet(StringComparer.Ordinal);

        ClaimCase.All().Select(c => c.Claim.Source).Concat(Catalogue.Errata.Select(e => e.Source)).Where(f => !files.Contains(f)).ShouldBeEmpty();
    }
}

using Explainer.Lessons;
using Explainer.Numbers;
using Explainer.Strings;

namespace Explainer.Rendering.Views;

/// <summary>A lesson as its templates see it: finished display text in one language, every number formatted by the lesson's <see cref="DisplayOptions"/>, every sentence looked up in the string table.</summary>
/// <param name="Id">The lesson's id.</param>
/// <param name="Title">The title: the string table's <c>lessons.ID.title</c> when it has one (a translation of the course's own text), else the lesson's.</param>
/// <param name="Summary">The summary, likewise from <c>lessons.ID.summary</c> or the lesson.</param>
/// <param name="Setting">The settings in words.</param>
/// <param name="Digits">The significant digits every value is shown with.</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="SummaryTable">The summary table's rows; empty for none.</param>
/// <param name="Comparison">The comparison table's rows; empty for none.</param>
/// <param name="Checks">Every claim of the source with its verdict.</param>
internal sealed record LessonView(
    string Id,
    string Title,
    string Summary,
    string Setting,
    int Digits,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<SummaryRowView> SummaryTable,
    IReadOnlyList<ComparisonRowView> Comparison,
    IReadOnlyList<ClaimView> Checks)
{
    /// <summary>The prefix of a lesson's own texts in a string table: <c>lessons.net-2-2-2.title</c>.</summary>
    public const string LessonsKey = "lessons";

    /// <summary>Gets a value indicating whether the lesson takes an update step; without one, the summary has no values after.</summary>
    public bool HasUpdateStep { get; init; }

    /// <summary>Gets which marks the lesson's values carry (exact, certified, undecided), so that its legend explains those and no other.</summary>
    public IReadOnlyList<string> Marks
    {
        get
        {
            var steps = Sections.SelectMany(s => s.Given.Concat(s.Steps)).ToList();
            return [.. new[] { ("exact", steps.Any(s => s.IsExact)), ("certified", steps.Any(s => !s.IsExact && !s.IsUndecided)), ("undecided", steps.Any(s => s.IsUndecided)) }
                .Where(m => m.Item2).Select(m => m.Item1)];
        }
    }

    /// <summary>The view of <paramref name="lesson"/> in the language of <paramref name="strings"/>, its citations linked where <paramref name="links"/> lead.</summary>
    /// <exception cref="TemplateException">A message's key is missing from the table, or a placeholder has no argument.</exception>
    public static LessonView Of(Lesson lesson, StringTable strings, CitationLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(strings);
        var display = lesson.Display;
        string Say(Message message) => strings.Format(message, display);
        string Own(string field, string text) => strings.Contains($"{LessonsKey}.{lesson.Id}.{field}") ? strings[$"{LessonsKey}.{lesson.Id}.{field}"] : text;
        StepView Step(LessonStep s) => new(
            s.Anchor, s.Target, s.Symbolic, s.Substituted, s.ValueTex, s.IsGiven, s.IsExact, s.IsUndecided,
            Note(s), [.. s.Claims.Select(c => ClaimView.Of(c, strings, display, links))],
            s.IsGiven ? [] : Equations(s), s.Remark is null ? string.Empty : Say(s.Remark), s.IsGiven ? null : EquationLayout.Of(s.Target, [s.Symbolic]));

        // The author's remark follows the engine's note, in the page's language when the table translates it (lessons.ID.remarks.ANCHOR).
        string Note(LessonStep s)
        {
            var note = s.Note is null ? string.Empty : Say(s.Note);
            return s.AuthorRemark is not { } remark ? note : note.Length == 0 ? Own($"remarks.{s.Anchor}", remark) : $"{note} {Own($"remarks.{s.Anchor}", remark)}";
        }
        return new LessonView(
            lesson.Id,
            Own("title", lesson.Title),
            Own("summary", lesson.Summary),
            Say(lesson.Setting),
            display.Digits,
            [.. lesson.Sections.Select(s => new SectionView(s.Anchor, Say(s.Title), Say(s.Intro), [.. s.Given.Select(Step)], [.. s.Steps.Select(Step)])
            {
                Table = s.Table is { } table ? new TableView(table.Columns, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(display.Text)])], table.IsGiven) : null,
            })],
            [.. lesson.SummaryTable.Select(r => new SummaryRowView(r.Symbol, display.Text(r.Gradient), display.Text(r.Old), display.Text(r.New), r.Updated))],
            [.. lesson.Comparison.Select(r => new ComparisonRowView(Say(r.Title), r.Anchor, r.Steps, display.Text(r.LossBefore), display.Text(r.LossAfter)))],
            [.. lesson.Checks.Select(c => ClaimView.Of(c, strings, display, links))])
        {
            HasUpdateStep = lesson.HasUpdateStep,
        };
    }

    /// <summary>A step's equations: each local rule it derives (not the one its own equation states), each path's share, then its own, from the rule in symbols down to the value.</summary>
    private static List<EquationView> Equations(LessonStep s)
    {
        var equations = new List<EquationView>();
        equations.AddRange(s.Rules.Where(r => r.Target != s.Target).Select(r => EquationLayout.Of(r.Target, [r.Rule, r.Substituted, r.ValueTex])));
        equations.AddRange(s.Paths.Select(p => EquationLayout.Of(p.Target, [p.Symbolic, p.Substituted, p.ValueTex])));
        equations.Add(EquationLayout.Of(s.Target, [s.Chain, s.Symbolic, s.Substituted, s.ValueTex]));
        return equations;
    }
}

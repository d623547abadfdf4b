using System.Globalization;
using Explainer.Graph;
using Explainer.Networks;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary>The terminal tables of a mini-batch, grouped by <see cref="MiniBatch"/>: shared by <c>show</c> and <c>train</c>.</summary>
internal static class BatchTables
{
    /// <summary>One line saying what the batch is and how its loss and gradients combine the samples'.</summary>
    public static string Description(MiniBatch batch)
    {
        var word = batch.ReductionName;
        return $"A mini-batch of {Count(batch)} samples: the loss {batch.Loss.Name} is the {word} of the samples' losses, and each parameter's gradient the {word} of its gradients in each sample alone.";
    }

    public static Table Parameters(MiniBatch batch, int digits)
    {
        var table = new Table().Title("Shared parameters").AddColumns("id", "node", "value", "");
        foreach (var node in batch.Trace.Graph.Nodes.Where(n => n.Kind == NodeKind.Parameter))
        {
            table.AddRow(Id(node), Markup.Escape(node.Name), Markup.Escape(TraceTables.Text(node.Value, digits)), TraceTables.Exactness(node.Value));
        }

        return table;
    }

    public static Table Sample(MiniBatch batch, MiniBatchSample sample, int digits)
    {
        var table = new Table().Title(Markup.Escape(Heading(batch, sample, digits))).AddColumns("id", "node", "formula", "value", "");
        foreach (var node in sample.Nodes)
        {
            table.AddRow(Id(node), Markup.Escape(node.Name), Markup.Escape(node.Formula), Markup.Escape(TraceTables.Text(node.Value, digits)), TraceTables.Exactness(node.Value));
        }

        return table;
    }

    public static Table Loss(MiniBatch batch, int digits)
    {
        var loss = batch.Loss;
        var formula = Combine(batch.Reduction, batch.Samples.Select(s => s.Loss.Name));
        var table = new Table().Title(Markup.Escape($"Batch loss {loss.Name} = {formula}")).AddColumns("loss", "with numbers", "value", "");
        table.AddRow(
            Markup.Escape(loss.Name),
            Markup.Escape(Combine(batch.Reduction, batch.Samples.Select(s => TraceTables.Text(s.Loss.Value, digits)))),
            Markup.Escape(TraceTables.Text(loss.Value, digits)),
            TraceTables.Exactness(loss.Value));
        return table;
    }

    public static Table Gradients(MiniBatch batch, int digits)
    {
        var loss = batch.Loss.Name;
        var each = Combine(batch.Reduction, batch.Samples.Select(s => $"∂{s.Loss.Name}/∂θ"));
        var table = new Table().Title(Markup.Escape($"Parameter gradients ∂{loss}/∂θ = {each}"))
            .AddColumns("gradient", "over the samples", "value", "");
        foreach (var g in batch.Gradients)
        {
            table.AddRow(
                Markup.Escape($"∂{loss}/∂{g.Parameter.Name}"),
                Markup.Escape(Combine(batch.Reduction, g.Samples.Select(v => TraceTables.Text(v, digits)))),
                Markup.Escape(TraceTables.Text(g.Value, digits)),
                TraceTables.Exactness(g.Value));
        }

        return table;
    }

    /// <summary>A training step's samples: each one's data, outputs and loss, with the batch loss they make as the caption.</summary>
    public static Table Samples(MiniBatch batch, int step, int digits)
    {
        var table = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"Step {step}: the forward pass of each of the {Count(batch)} samples")).AddColumns("sample", "inputs", "targets", "outputs", "loss");
        foreach (var s in batch.Samples)
        {
            table.AddRow(s.Number.ToString(CultureInfo.InvariantCulture), Markup.Escape(Values(s.Inputs, digits)), Markup.Escape(Values(s.Targets, digits)), Markup.Escape(Values(s.Outputs, digits)), Markup.Escape(TraceTables.Text(s.Loss.Value, digits)));
        }

        var loss = batch.Loss;
        table.Caption(Markup.Escape($"{loss.Name} = {Combine(batch.Reduction, batch.Samples.Select(s => TraceTables.Text(s.Loss.Value, digits)))} = {TraceTables.Text(loss.Value, digits)}"));
        return table;
    }

    /// <summary>The header of a training table's column of the samples' gradients: <c>g = ½(g[1] + g[2])</c>.</summary>
    public static string GradientHeader(MiniBatch batch) => "g = " + Combine(batch.Reduction, batch.Samples.Select(s => string.Create(CultureInfo.InvariantCulture, $"g[{s.Number}]")));

    /// <summary>A parameter's cell in that column: its samples' gradients, combined.</summary>
    public static string GradientCell(MiniBatch batch, Node parameter, int digits)
        => Combine(batch.Reduction, batch.Gradient(parameter).Samples.Select(v => TraceTables.Text(v, digits)));

    /// <summary>The heading of a sample: <c>Sample 1 of 2: inputs (0.05, 0.1), targets (0.01, 0.99)</c>.</summary>
    private static string Heading(MiniBatch batch, MiniBatchSample sample, int digits)
        => string.Create(CultureInfo.InvariantCulture, $"Sample {sample.Number} of {batch.Samples.Count}: inputs {Values(sample.Inputs, digits)}, targets {Values(sample.Targets, digits)}");

    /// <summary>The nodes' values as a vector: <c>(0.05, 0.1)</c>.</summary>
    private static string Values(IEnumerable<Node> nodes, int digits) => $"({string.Join(", ", nodes.Select(n => TraceTables.Text(n.Value, digits)))})";

    /// <summary>The most terms a combined cell writes out; past it, the first few and the last stand for the rest.</summary>
    internal const int MaxTerms = 6;

    /// <summary>Terms written as the reduction combines them: <c>a + b</c>, or <c>½(a + b)</c> for the mean of two; a negative term after the first is subtracted (<c>a - 0.5</c>).</summary>
    /// <remarks>More than <see cref="MaxTerms"/> terms are written <c>a + b + c + … + z</c>, so that a cell of a large batch stays a line, not a page.</remarks>
    private static string Combine(SampleReduction reduction, IEnumerable<string> terms)
    {
        var list = terms.ToList();
        var shown = list.Count > MaxTerms ? [.. list.Take(MaxTerms - 3), "…", list[^1]] : list;
        var sum = string.Concat(shown.Select((t, i) => i == 0 ? t : t.StartsWith('-') ? $" - {t[1..]}" : $" + {t}"));
        return reduction != SampleReduction.Mean ? sum : list.Count == 2 ? $"½({sum})" : string.Create(CultureInfo.InvariantCulture, $"(1/{list.Count})({sum})");
    }

    private static string Count(MiniBatch batch) => batch.Samples.Count.ToString(CultureInfo.InvariantCulture);

    private static string Id(Node node) => node.Id.ToString(CultureInfo.InvariantCulture);
}

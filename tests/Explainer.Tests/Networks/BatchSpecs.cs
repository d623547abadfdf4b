using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Specs;
using Explainer.Worked;

namespace Explainer.Tests.Networks;

/// <summary>The notes' 2-2-2 spec file as the two-sample batch of Data/minibatch.tsv (case net222-batch), summed or averaged, with reference digits.</summary>
/// <remarks>
/// The reference values are the mpmath generator's (Data/gen_minibatch.py), independent of the engine. The samples' own
/// gradients of w5 are products of its rows, ∂E/∂net_o1[s] · out_h1[s] under the sum (the upstream at net_o1[s] is then
/// sample s's own gradient), taken to 60 digits and cut to 30 here; the batch gradient is its row (halved for the mean).
/// </remarks>
internal static class BatchSpecs
{
    /// <summary>∂E⁽¹⁾/∂w5: sample 1 alone is the notes' network (0.082167041 in the notes).</summary>
    public const string W5Sample1 = "0.0821670405642307788464190335541";

    /// <summary>∂E⁽²⁾/∂w5.</summary>
    public const string W5Sample2 = "-0.0264956441447360533878133125583";

    /// <summary>∂E/∂w5 of the summed batch: minibatch.tsv's grad row, 5.567139641949472545860572099585320207347e-2.</summary>
    public const string W5Sum = "0.0556713964194947254586057209959";

    /// <summary>∂E/∂w5 of the averaged batch: half of it.</summary>
    public const string W5Mean = "0.0278356982097473627293028604979";

    /// <summary>The spec file's text with the second sample and the reduction.</summary>
    public static string Text(SampleReduction reduction)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");
        var text = File.ReadAllText(Path.Combine(folder, "net-2-2-2.yaml"));
        text = text[..text.IndexOf("claims:", StringComparison.Ordinal)];
        var word = reduction == SampleReduction.Mean ? "mean" : "sum";
        var batch = text
            .Replace("id: net-2-2-2\n", $"id: batch-{word}\n", StringComparison.Ordinal)
            .Replace("    targets: [0.01, 0.99]\n", $"    targets: [0.01, 0.99]\n  - inputs: [0.10, 0.20]\n    targets: [0.99, 0.01]\nreduction: {word}\n", StringComparison.Ordinal);
        batch.ShouldContain("reduction:");
        return batch;
    }

    /// <summary>Writes the spec file into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, SampleReduction reduction)
    {
        var path = Path.Combine(folder, reduction == SampleReduction.Mean ? "batch-mean.yaml" : "batch-sum.yaml");
        File.WriteAllText(path, Text(reduction));
        return path;
    }

    /// <summary>Loads the spec file and runs it as every command does: build, backward, one SGD step.</summary>
    public static WorkedRun Run(SampleReduction reduction)
    {
        var result = SpecLoader.Parse(Text(reduction), "batch.yaml");
        result.Messages.ShouldBeEmpty();
        return SpecExamples.FromSpec(result.Network!).Run();
    }

    /// <summary>The value to <paramref name="digits"/> significant digits, as the engine proves them.</summary>
    public static string Digits(Real value, int digits) => value.Format(digits).Text;
}

using System.Text;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;
using Explainer.Specs;
using Explainer.Training;
using Explainer.Worked;

namespace Explainer.Tests.Specs;

/// <summary>Good spec files load to exactly the network they write down: the notes' 2-2-2 network as YAML and as JSON gives the catalogue's trace.</summary>
public sealed class GoodSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "GoodSpecs");

    [Theory]
    [InlineData("net-2-2-2.yaml")]
    [InlineData("net-2-2-2.json")]
    public void Load_Net222_GivesTheCataloguesSpec(string file)
    {
        var expected = Catalogue.Get("net-2-2-2").Run().Network!.Spec;

        var spec = Loaded(file).Network;

        spec.LayerSizes.ShouldBe(expected.LayerSizes);
        spec.Activations.ShouldBe(expected.Activations);
        spec.Loss.ShouldBe(expected.Loss);
        spec.BiasPolicy.ShouldBe(expected.BiasPolicy);
        spec.LearningRate.ShouldBe(expected.LearningRate);
        spec.Inputs.ShouldBe(expected.Inputs);
        spec.Targets.ShouldBe(expected.Targets);
        spec.Biases.SelectMany(b => b).ShouldBe(expected.Biases.SelectMany(b => b));
        spec.Weights.SelectMany(m => m.SelectMany(r => r)).ShouldBe(expected.Weights.SelectMany(m => m.SelectMany(r => r)));
    }

    [Theory]
    [InlineData("net-2-2-2.yaml")]
    [InlineData("net-2-2-2.json")]
    public void Load_Net222_TraceAndUpdateEqualTheCatalogues(string file)
    {
        var run = Catalogue.Get("net-2-2-2").Run();
        var network = NetworkBuilder.Build(Loaded(file).Network);

        var trace = Backward.Run(network.Graph);
        var updates = Sgd.Step(trace, network.Trainable, network.Spec.LearningRate);

        network.Graph.Nodes.Select(n => n.Name).ShouldBe(run.Graph.Nodes.Select(n => n.Name));
        foreach (var node in network.Graph.Nodes)
        {
            node.Value.ToString(40).ShouldBe(run.Graph[node.Name].Value.ToString(40), node.Name);
            trace.Gradient(node).ToString(40).ShouldBe(run.Trace.Gradient(node.Name).ToString(40), "∂E/∂" + node.Name);
        }

        updates.Select(u => u.New.ToString(40)).ShouldBe(run.Updates.Select(u => u.New.ToString(40)));
        trace.Gradient("w5").ToString(8).ShouldBe("0.082167041");
        network.Graph["out_h1"].Value.ToString(8).ShouldBe("0.59326999");
    }

    [Fact]
    public void Load_Net222Yaml_KeepsTitleAndClaims()
    {
        var file = Loaded("net-2-2-2.yaml");

        file.Id.ShouldBe("net-2-2-2");
        file.Title.ShouldBe("A 2-2-2 sigmoid network, one step of gradient descent");
        file.Steps.ShouldBe(1);
        file.Optimizer.Kind.ShouldBe(OptimizerKind.Sgd);
        file.Optimizer.LearningRate.ShouldBe(Real.FromFraction(1, 2));
        file.Claims.Count.ShouldBe(5);
        file.Claims[2].ShouldBe(new SpecClaim("0.082167041", "001_7a5d002ff47c9624.txt", 625, "grad:w5", null));
        file.Claims[4].Quantity.ShouldBe("partial:out_o1/net_o1");
    }

    [Fact]
    public void Load_AdamSpec_ReadsEveryNumberExactlyAndTheOptimizer()
    {
        var file = Loaded("net-2-2-2-adam.yaml");

        file.Network.Activations.ShouldBe([Activation.Tanh, Activation.Linear]);
        file.Network.Loss.ShouldBe(LossKind.SoftmaxCrossEntropy);
        file.Network.BiasPolicy.ShouldBe(BiasPolicy.PerNeuron);
        file.Network.Weights[0][0].ShouldBe([Real.FromFraction(3, 20), Real.FromFraction(3, 20)]);
        file.Network.Biases[1].ShouldBe([Real.FromFraction(3, 5), Real.FromFraction(1, 10)]);
        file.Network.LearningRate.ShouldBe(Real.FromFraction(1, 1000));
        file.Optimizer.Kind.ShouldBe(OptimizerKind.Adam);
        file.Optimizer.Rho.ShouldBe(Real.FromFraction(4, 5));
        file.Optimizer.Rho2.ShouldBe(Real.FromFraction(99, 100));
        file.Optimizer.Delta.ShouldBe(Real.FromFraction(1, 100_000_000));
        file.Steps.ShouldBe(3);
        file.Names.ShouldBe(new Dictionary<string, string> { ["w1"] = "weight_one" });
    }

    [Theory]
    [InlineData("0.1", 1, 10)]
    [InlineData("0.10", 1, 10)]
    [InlineData(".5", 1, 2)]
    [InlineData("1e-3", 1, 1000)]
    [InlineData("3/7", 3, 7)]
    [InlineData("'2/6'", 1, 3)]
    [InlineData("!!float 0.1", 1, 10)]
    [InlineData("0.30000000000000004", 30000000000000004, 100000000000000000)]
    public void Parse_LearningRate_IsTheExactRationalWritten(string written, long numerator, long denominator)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "net-2-2-2.yaml")).Replace("learning_rate: 0.5", "learning_rate: " + written, StringComparison.Ordinal);

        var result = SpecLoader.Parse(text, "rate.yaml");

        result.Messages.ShouldBeEmpty();
        result.Network!.Network.LearningRate.ShouldBe(Real.FromFraction(numerator, denominator));
    }

    [Theory]
    [InlineData("[{name: leaky_relu, alpha: 0.01}, sigmoid]", "leaky_relu(alpha=0.01)", "sigmoid")]
    [InlineData("[{name: elu, alpha: 3/2}, gelu]", "elu(alpha=1.5)", "gelu")]
    [InlineData("[softplus, swish]", "softplus", "swish")]
    public void Parse_EveryEngineActivation_LoadsWithItsAlpha(string written, string first, string second)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "net-2-2-2.yaml")).Replace("[sigmoid, sigmoid]", written, StringComparison.Ordinal);

        var result = SpecLoader.Parse(text, "act.yaml");

        result.Messages.ShouldBeEmpty();
        result.Network!.Network.Activations.Select(a => a.ToString()).ShouldBe([first, second]);
    }

    [Fact]
    public void Parse_MillionElementMatrix_IsRefusedWithTheSizeLimit()
    {
        var text = new StringBuilder("kind: network\nid: big\nlayers: [1000, 1000]\nactivations: [sigmoid]\nweights:\n  - [");
        for (var j = 0; j < 1000; j++)
        {
            text.Append(j == 0 ? "[" : ", [").Append(string.Join(",", Enumerable.Repeat("0", 1000))).Append(']');
        }

        text.Append("]\nbiases: [0]\nsamples: [{inputs: [1], targets: [1]}]\nloss: half_sum_of_squares\nlearning_rate: 0.5\n");

        var result = SpecLoader.Parse(text.ToString(), "big.yaml");

        result.Messages.ShouldBe([$"big.yaml:1:1: the file has {Encoding.UTF8.GetByteCount(text.ToString()):N0} bytes; the limit is 1,048,576 bytes (1 MiB)"]);
    }

    [Fact]
    public void Load_TenMegabyteFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"explainer-spec-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(10 * 1024 * 1024);
            }

            var result = SpecLoader.Load(path);

            result.Messages.ShouldBe([$"{path}:1:1: the file has 10,485,760 bytes; the limit is 1,048,576 bytes (1 MiB)"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Parse_WeightLimit_AcceptsTheLimitAndRefusesOneRowMore(int inputs, bool loads)
    {
        var row = "[" + string.Join(", ", Enumerable.Repeat("0.01", inputs)) + "]";
        var ones = "[" + string.Join(", ", Enumerable.Repeat("1", inputs)) + "]";
        var targets = "[" + string.Join(", ", Enumerable.Repeat("0", 100)) + "]";
        var text = $"kind: network\nid: wide\nlayers: [{inputs}, 100]\nactivations: [linear]\nweights:\n  - [{string.Join(", ", Enumerable.Repeat(row, 100))}]\nbiases: [0]\nsamples: [{{inputs: {ones}, targets: {targets}}}]\nloss: mean_squared_error\nlearning_rate: 0.5\n";

        var result = SpecLoader.Parse(text, "wide.yaml");

        if (loads)
        {
            result.Messages.ShouldBeEmpty();
            result.Network!.Network.Weights[0].Count.ShouldBe(100);
        }
        else
        {
            result.Messages.ShouldBe(["wide.yaml:3:9: layers: the network has 10100 weights; the limit is 10000"]);
        }
    }

    [Theory]
    [InlineData("deep.yaml", "kind: network\nid: deep\nlayers: ", "deep.yaml:3:41: lists and mappings nest more than 32 deep; the limit is 32")]
    [InlineData("deep.json", "{\"kind\": \"network\",\n\"layers\": ", "deep.json:2:43: lists and mappings nest more than 32 deep; the limit is 32")]
    public void Parse_DeepNesting_IsRefusedWithTheDepthLimitAlone(string name, string start, string expected)
    {
        var text = start + new string('[', 40) + new string(']', 40) + (name.EndsWith(".json", StringComparison.Ordinal) ? "}" : string.Empty) + "\n";

        var result = SpecLoader.Parse(text, name);

        result.Messages.ShouldBe([expected]);
    }

    [Fact]
    public void SchemaText_IsThePublishedSchemaFile()
    {
        var repo = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repo, "schemas", "example.schema.json")))
        {
            repo = Path.GetDirectoryName(repo.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new DirectoryNotFoundException("no schemas/ above the test output");
        }

        SpecLoader.SchemaText.ShouldBe(File.ReadAllText(Path.Combine(repo, "schemas", "example.schema.json")));
    }

    private static NetworkSpecFile Loaded(string file)
    {
        var result = SpecLoader.Load(Path.Combine(Folder, file));
        result.Messages.ShouldBeEmpty();
        return result.Network!;
    }
}

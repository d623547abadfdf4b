using Explainer.Diagnostics;
using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Expressions;

/// <summary>Turns a parsed expression program into a computation graph, so that evaluation and differentiation share one path.</summary>
/// <remarks>
/// Statement targets name their nodes (<c>u = b*c</c> makes a node <c>u</c>); variables become input, parameter or
/// target nodes in the order they are bound; literals and <c>pi</c>, <c>e</c> become constants. The tree is walked in post-order
/// without recursion, so very long expressions do not exhaust the stack.
/// </remarks>
public static class ExpressionGraph
{
    /// <summary>Builds the graph of <paramref name="program"/> with the given variable values, every variable an input.</summary>
    /// <param name="program">The parsed program.</param>
    /// <param name="variables">The values of the free names, in the order given.</param>
    /// <param name="outputName">The name of the output when the last statement is a bare expression (the notes call the objective J).</param>
    /// <returns>The graph, or null with diagnostics that point at the offending span.</returns>
    public static (ComputationGraph? Graph, IReadOnlyList<Diagnostic> Diagnostics) Build(ExpressionProgram program, IReadOnlyList<KeyValuePair<string, Real>> variables, string outputName = "J")
    {
        ArgumentNullException.ThrowIfNull(variables);
        return Build(program, new ExpressionBindings { Variables = [.. variables.Select(v => new ExpressionVariable(v.Key, v.Value))], OutputName = outputName });
    }

    /// <summary>Builds the graph of <paramref name="program"/>: its variables as inputs, parameters or targets, its named constants, its display symbols.</summary>
    /// <remarks>
    /// Nodes are numbered in this order: the parameters come first, with every variable listed before them; every
    /// other variable comes at its first use, with any variable listed before it that has not come yet; each
    /// statement's own nodes follow in evaluation order, a named constant at its first use.
    /// </remarks>
    /// <param name="program">The parsed program.</param>
    /// <param name="bindings">The free names' values and kinds, the named constants, the symbols.</param>
    /// <returns>The graph, or null with diagnostics that point at the offending span.</returns>
    public static (ComputationGraph? Graph, IReadOnlyList<Diagnostic> Diagnostics) Build(ExpressionProgram program, ExpressionBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(bindings);
        var g = new GraphBuilder();
        var named = new Dictionary<string, Node>(StringComparer.Ordinal);
        var variables = bindings.Variables;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < variables.Count; i++)
        {
            if (!index.TryAdd(variables[i].Name, i))
            {
                return (null, [new Diagnostic($"the variable '{variables[i].Name}' is given twice", new SourceSpan(0, 0))]);
            }
        }

        var constants = new Dictionary<string, Real>(StringComparer.Ordinal);
        foreach (var (name, value) in bindings.Constants)
        {
            if (index.ContainsKey(name) || !constants.TryAdd(name, value))
            {
                return (null, [new Diagnostic($"'{name}' is given twice (as a variable or a constant)", new SourceSpan(0, 0))]);
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in program.Statements)
        {
            foreach (var expr in statement.Value.PostOrder())
            {
                if (expr is NameRef r && (index.ContainsKey(r.Name) || constants.ContainsKey(r.Name)))
                {
                    used.Add(r.Name);
                }
            }
        }

        foreach (var name in index.Keys.Concat(constants.Keys))
        {
            if (program.Statements.FirstOrDefault(s => s.Target == name) is { } assigning)
            {
                return (null, [new Diagnostic($"'{name}' is computed by the statement '{name} = …'; it cannot also be given a value ({name}=…): remove one of the two", assigning.TargetSpan)]);
            }

            if (!used.Contains(name))
            {
                var what = constants.ContainsKey(name) ? "constant" : "variable";
                return (null, [new Diagnostic($"the {what} '{name}' is given a value but the expression does not use it", new SourceSpan(0, 0))]);
            }
        }

        var placed = 0;
        void PlaceThrough(int last)
        {
            for (; placed <= last; placed++)
            {
                var v = variables[placed];
                var symbol = SymbolOf(v.Name, bindings);
                named[v.Name] = v.Kind switch
                {
                    NodeKind.Parameter => g.Parameter(v.Name, symbol, v.Value),
                    NodeKind.Target => g.Target(v.Name, symbol, v.Value),
                    _ => g.Input(v.Name, symbol, v.Value),
                };
            }
        }

        var lastParameter = -1;
        for (var i = 0; i < variables.Count; i++)
        {
            if (variables[i].Kind == NodeKind.Parameter)
            {
                lastParameter = i;
            }
        }

        PlaceThrough(lastParameter);
        Node? last = null;
        foreach (var statement in program.Statements)
        {
            var nodes = new Dictionary<Expr, Node>(ReferenceEqualityComparer.Instance);
            foreach (var expr in statement.Value.PostOrder())
            {
                if (expr is NameRef reference && !named.ContainsKey(reference.Name))
                {
                    if (index.TryGetValue(reference.Name, out var position))
                    {
                        PlaceThrough(position);
                    }
                    else if (constants.TryGetValue(reference.Name, out var constant))
                    {
                        named[reference.Name] = g.Constant(constant, reference.Name);
                    }
                }

                var isRoot = ReferenceEquals(expr, statement.Value);
                var isOutput = isRoot && ReferenceEquals(statement, program.Output);
                var outputName = bindings.OutputName;
                var name = isRoot ? statement.Target ?? (isOutput && !named.ContainsKey(outputName) && !index.ContainsKey(outputName) && !constants.ContainsKey(outputName) ? outputName : null) : null;
                try
                {
                    var node = Make(g, expr, nodes, named, name, bindings);
                    if (node is null)
                    {
                        return (null, [Unknown((NameRef)expr, index.Keys)]);
                    }

                    nodes[expr] = node;
                }
                catch (Exception e) when (e is RealDomainException or RealLimitException or DivideByZeroException or ArgumentException)
                {
                    return (null, [new Diagnostic(e.Message, expr.Span)]);
                }
            }

            last = nodes[statement.Value];
            if (statement.Target is { } target)
            {
                named[target] = last;
            }
        }

        return (g.Build(last!), []);
    }

    private static string SymbolOf(string name, ExpressionBindings bindings) => bindings.Symbols.TryGetValue(name, out var symbol) ? symbol : Symbol(name);

    private static Node? Make(GraphBuilder g, Expr expr, Dictionary<Expr, Node> nodes, Dictionary<string, Node> named, string? name, ExpressionBindings bindings)
    {
        var symbol = name is null ? null : SymbolOf(name, bindings);
        switch (expr)
        {
            case NumberLiteral literal:
                return name is null ? g.Constant(Real.Parse(literal.Text)) : g.Apply(Ops.Sum, [g.Constant(Real.Parse(literal.Text))], name, symbol);
            case NameRef r when named.TryGetValue(r.Name, out var known):
                return name is null ? known : g.Apply(Ops.Sum, [known], name, symbol);
            case NameRef r when r.Name == "pi":
                return g.Constant(Real.Pi, name);
            case NameRef r when r.Name == "e":
                return g.Constant(ExactMath.Exp(1), name);
            case NameRef:
                return null;
            case Unary u:
                var operand = nodes[u.Operand];
                return u.Op == UnaryOperator.Plus ? operand : g.Apply(Ops.Neg, [operand], name, symbol);
            case Binary b:
                var left = nodes[b.Left];
                var right = nodes[b.Right];
                return b.Op switch
                {
                    BinaryOperator.Add => g.Apply(Ops.Add, [left, right], name, symbol),
                    BinaryOperator.Subtract => g.Apply(Ops.Sub, [left, right], name, symbol),
                    BinaryOperator.Multiply => g.Apply(Ops.Mul, [left, right], name, symbol),
                    BinaryOperator.Divide => g.Apply(Ops.Div, [left, right], name, symbol),
                    _ when right.Kind == NodeKind.Constant && right.Value.IsExact && right.Value.Denominator.IsOne && BigIntegerFits(right.Value)
                        => g.Apply(Ops.PowInt((int)right.Value.Numerator), [left], name, symbol),
                    _ => g.Apply(Ops.Pow, [left, right], name, symbol),
                };
            case Call c:
                var args = c.Arguments.Select(a => nodes[a]).ToList();
                var operands = FunctionTable.TryGet(c.Function, out var signature) && signature.AllOperands ? args : [args[0]];
                return g.Apply(Function(c.Function, args), operands, name, symbol);
            default:
                throw new ArgumentException($"unsupported expression '{expr}'");
        }
    }

    private static bool BigIntegerFits(Real value) => value.Numerator >= -1_000_000 && value.Numerator <= 1_000_000;

    private static Op Function(string function, List<Node> args) => function switch
    {
        "exp" => Ops.Exp,
        "log" or "ln" => Ops.Log,
        "sqrt" => Ops.Sqrt,
        "tanh" => Ops.Tanh,
        "sigmoid" => Ops.Sigmoid,
        "erf" => Ops.Erf,
        "relu" => Ops.Relu,
        "abs" => Ops.Abs,
        "softplus" => Ops.Softplus,
        "swish" => Ops.Swish,
        "gelu" => Ops.Gelu,
        "leaky_relu" => Ops.LeakyRelu(args.Count > 1 ? args[1].Value : Real.FromFraction(1, 100)),
        "elu" => Ops.Elu(args.Count > 1 ? args[1].Value : Real.One),
        "sum" => Ops.Sum,
        "weighted_sum" => Ops.WeightedSum,
        "half_squared_error" => Ops.HalfSquaredError,
        _ => throw new ArgumentException($"unknown function '{function}'"),
    };

    private static Diagnostic Unknown(NameRef r, IEnumerable<string> known)
    {
        var names = known.ToList();
        var hint = names.Count == 0 ? $"give it a value, e.g. {r.Name}=1" : $"give it a value ({r.Name}=…) next to {string.Join(", ", names)}";
        return new Diagnostic($"unknown name '{r.Name}': {hint}", r.Span);
    }

    /// <summary>A name as TeX: <c>out_h1</c> → <c>\mathrm{out}_{h1}</c>, <c>w1</c> → <c>w_{1}</c>, <c>net12</c> → <c>\mathrm{net}_{12}</c>.</summary>
    internal static string Symbol(string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        var head = underscore <= 0 || underscore == name.Length - 1 ? name : name[..underscore];
        var subscript = head.Length == name.Length ? null : name[(underscore + 1)..].Replace("_", "\\_", StringComparison.Ordinal);
        if (subscript is null)
        {
            // Letters then digits: the digits are an index (w1, x12), as the notes write them.
            var letters = head.TrimEnd("0123456789".ToCharArray());
            if (letters.Length > 0 && letters.Length < head.Length && letters.All(char.IsAsciiLetter))
            {
                (head, subscript) = (letters, head[letters.Length..]);
            }
        }

        var tex = head.Length > 1 ? $"\\mathrm{{{head}}}" : head;
        return subscript is null ? tex : $"{tex}_{{{subscript}}}";
    }
}

using System.Reflection;
using Explainer.Checking;

namespace Explainer.Tests.Checking;

/// <summary>Checking owns claims and their verdicts and depends on no lesson type: the lesson model points at it, never the reverse.</summary>
public sealed class NamespaceDependencyTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void CheckingTypes_Signatures_NameNoLessonsType()
    {
        var checking = typeof(Claim).Assembly.GetTypes().Where(t => t.Namespace == "Explainer.Checking").ToList();

        var uses = checking
            .SelectMany(t => SignatureTypes(t).Select(used => (t, used)))
            .Where(x => x.used.Namespace == "Explainer.Lessons")
            .Select(x => $"{x.t.Name} uses {x.used.Name}")
            .Distinct();

        checking.ShouldContain(typeof(Erratum));
        uses.ShouldBeEmpty();
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        foreach (var f in type.GetFields(All))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(All))
        {
            yield return p.PropertyType;
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (m is MethodInfo method)
            {
                yield return method.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            }
        }
    }
}

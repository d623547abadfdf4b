namespace Explainer.Tests.Site;

/// <summary>The test classes that read one shared build of the course.</summary>
[CollectionDefinition(Name)]
public sealed class BuiltSiteGroup : ICollectionFixture<BuiltSiteFixture>
{
    public const string Name = "Built site";
}

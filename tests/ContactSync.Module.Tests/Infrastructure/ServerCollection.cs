using ContactSync.Testing.Hosting;

namespace ContactSync.Module.Tests.Infrastructure;

/// <summary>Tests that share one real server (each uses its own plan names).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "Real server";
}

using ContactSync.Server.Hosting;
using ContactSync.Storage;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace ContactSync.Server.Tests.Deployment;

/// <summary>
/// compose.yaml, read as YAML (no docker here): PostgreSQL and three replicas whose settings the server accepts, each with a
/// replica name and host ports of its own, all on the one database and sharing the key ring.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Services = (YamlMappingNode)Load()["services"];

    [Fact]
    public void HasPostgresAndThreeReplicas_OnTheOneDatabase_WithSettingsTheServerAccepts()
    {
        var replicas = Replicas();

        Assert.Equal(3, replicas.Count);
        Assert.StartsWith("postgres:", Scalar(Services["db"], "image"), StringComparison.Ordinal);
        foreach (var replica in replicas)
        {
            var options = DatabaseOptionsOf(replica);
            Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
            Assert.Contains("Host=db;", options.ConnectionString, StringComparison.Ordinal);
            Assert.Equal("service_healthy", Scalar(((YamlMappingNode)replica["depends_on"])["db"], "condition"));
        }

        Assert.Single(replicas.Select(r => DatabaseOptionsOf(r).ConnectionString).Distinct());
    }

    [Fact]
    public void EachReplica_HasItsOwnNameAndPorts_AndAllShareTheKeyRing()
    {
        var replicas = Replicas();

        Assert.Equal(3, replicas.Select(r => Environment(r)["ContactSync__Runs__ReplicaName"]).Distinct().Count());
        var hostPorts = replicas.SelectMany(r => ((YamlSequenceNode)r["ports"]).Select(p => ((YamlScalarNode)p).Value!.Split(':')[0])).ToList();
        Assert.Equal(hostPorts.Count, hostPorts.Distinct().Count());
        Assert.All(replicas, r => Assert.Contains("keys:/data/keys", ((YamlSequenceNode)r["volumes"]).Select(v => ((YamlScalarNode)v).Value)));
        Assert.True(File.Exists(Path.Combine(RepositoryFiles.Root, Scalar(Services["replica-1"], "build"), "Dockerfile")));
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFiles.Read("compose.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Replicas() =>
        Services.Children.Where(s => ((YamlScalarNode)s.Key).Value!.StartsWith("replica-", StringComparison.Ordinal)).Select(s => (YamlMappingNode)s.Value).ToList();

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    private static Dictionary<string, string?> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value);

    /// <summary>The replica's database settings as the server binds them (compose's ${VAR:?…} filled in as docker would).</summary>
    private static DatabaseOptions DatabaseOptionsOf(YamlMappingNode replica)
    {
        var settings = Environment(replica).ToDictionary<KeyValuePair<string, string?>, string, string?>(
            e => e.Key.Replace("__", ":", StringComparison.Ordinal),
            e => System.Text.RegularExpressions.Regex.Replace(e.Value ?? "", @"\$\{[A-Z_]+:\?[^}]*\}", "secret"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return (configuration.GetSection(DatabaseSettings.SectionName).Get<DatabaseSettings>() ?? new DatabaseSettings()).ToOptions("/data");
    }
}

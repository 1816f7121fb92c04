using System.Security.Cryptography;
using System.Text;
using ContactSync.Server.Hosting;
using ContactSync.Testing.Hosting;
using Microsoft.Data.Sqlite;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Tests.Hardening;

/// <summary>The data folder is the owner's only; API-key secrets are salted; weak bootstrap keys are refused.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileProtectionTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task DataFolderDatabaseAndKeyRing_AreReadableByTheOwnerOnly()
    {
        await using var server = await TestServer.StartAsync();
        await server.Client().SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = Zoho() });

        AssertOwnerOnly(server.DataDirectory);
    }

    [Fact]
    public async Task ExistingReadableFiles_AreTightenedAtStart()
    {
        var folder = TestServer.NewDataDirectory();
        try
        {
            await using (var first = await TestServer.StartAsync(folder))
            {
                await first.Client().SetConnectionAsync(new Proto.SetConnectionRequest { Zoho = Zoho() });
            }

            File.SetUnixFileMode(folder, OwnerAll | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }

            await using var second = await TestServer.StartAsync(folder);
            await second.Client().ListConfigsAsync(new Proto.ListConfigsRequest());
            AssertOwnerOnly(folder);
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }

    [Fact]
    public async Task StoredSecretHashes_AreSaltedPerKey()
    {
        await using var server = await TestServer.StartAsync();
        var first = await server.Client().CreateApiKeyAsync(new Proto.CreateApiKeyRequest { Name = "a", Role = Proto.ApiKeyRole.Admin });

        var hashes = ReadHashes(server.DataDirectory);

        var secret = first.Secret[(first.Secret.LastIndexOf('_') + 1)..];
        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), hashes[first.Key.Id]);
        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(TestServer.AdminKey["csk_testadmin_".Length..])), hashes["testadmin"]);
        Assert.Equal(hashes.Count, hashes.Values.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public async Task KeyOfAnOlderDatabase_KeepsWorking_AndIsRehashedWithASalt()
    {
        var folder = TestServer.NewDataDirectory();
        const string secret = "legacy7d41402abc4b2a76b9719d911017c592";
        try
        {
            await using (var first = await TestServer.StartAsync(folder))
            {
                await first.Client().ListConfigsAsync(new Proto.ListConfigsRequest());
                InsertLegacyKey(folder, "legacy", SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
            }

            await using var second = await TestServer.StartAsync(folder);
            var keys = await second.Client($"csk_legacy_{secret}").ListApiKeysAsync(new Proto.ListApiKeysRequest());

            Assert.Contains(keys.Keys, k => k.Id == "legacy");
            Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), ReadHashes(folder)["legacy"]);
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }

    [Theory]
    [InlineData("csk_dev_0123456789abcdefghij")]
    [InlineData("csk_dev_0123456789abcdef0123456789abcdef")]
    [InlineData("csk_dev_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("csk_dev_abababababababababababababababababab")]
    public async Task WeakBootstrapKey_IsRefusedWithAClearMessage(string key)
    {
        var folder = TestServer.NewDataDirectory();
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ContactSyncServerHost.StartAsync(
                new ContactSyncServerOptions { DataDirectory = folder, BootstrapAdminKey = key, BootstrapKeyOutput = TextWriter.Null }, CancellationToken.None));

            Assert.Contains("32", error.Message, StringComparison.Ordinal);
            Assert.Contains("random", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(key[8..], error.Message, StringComparison.Ordinal);
        }
        finally
        {
            TestServer.TryDelete(folder);
        }
    }

    private static Proto.ZohoConnection Zoho() => new() { DataCenter = "eu", ClientId = "1000.client", ClientSecret = "client-secret", RefreshToken = "1000.refresh" };

    private static void AssertOwnerOnly(string folder)
    {
        Assert.Equal(OwnerAll, File.GetUnixFileMode(folder));
        var keys = Path.Combine(folder, "keys");
        Assert.Equal(OwnerAll, File.GetUnixFileMode(keys));
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("contactsync.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("contactsync.db-wal", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith(keys, StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.GetUnixFileMode(f) == OwnerReadWrite, $"{f} is {File.GetUnixFileMode(f)}"));
    }

    private static Dictionary<string, byte[]> ReadHashes(string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "contactsync.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, SecretHash FROM ApiKeys";
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = (byte[])reader[1];
        }

        return hashes;
    }

    private static void InsertLegacyKey(string folder, string id, byte[] hash)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "contactsync.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO ApiKeys (Id, Name, Role, CrmUserId, SecretHash, CreatedUtc) VALUES ($id, 'legacy', 'Admin', '', $hash, '2026-01-01 00:00:00')";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$hash", hash);
        command.ExecuteNonQuery();
    }
}

using System.Data.Common;
using ContactSync.Storage.Persistence;

namespace ContactSync.Storage.Tests.Providers;

/// <summary>The settings ContactSync adds to a PostgreSQL connection string, and the ones it leaves to the operator.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void AStringWithoutThem_GetsAutoPreparationAndNoResetOnClose_AndKeepsEverythingElse()
    {
        var tuned = Parse(PostgresConnectionDefaults.Apply("Host=db;Port=5433;Database=contactsync;Username=sync;Password=secret"));

        Assert.Equal(PostgresConnectionDefaults.MaxAutoPrepare.ToString(System.Globalization.CultureInfo.InvariantCulture), tuned["Max Auto Prepare"]);
        Assert.Equal("2", tuned["Auto Prepare Min Usages"]);
        Assert.Equal("True", tuned["No Reset On Close"], ignoreCase: true);
        Assert.Equal(["db", "5433", "contactsync", "sync", "secret"], new[] { "Host", "Port", "Database", "Username", "Password" }.Select(k => tuned[k]));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;Auto Prepare Min Usages=5;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;AutoPrepareMinUsages=5;NoResetOnClose=false")]
    public void ValuesTheOperatorGave_AreKept_InEitherSpelling(string connectionString)
    {
        var tuned = Parse(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal("0", tuned["Max Auto Prepare"]);
        Assert.Equal("5", tuned["Auto Prepare Min Usages"]);
        Assert.Equal("False", tuned["No Reset On Close"], ignoreCase: true);
    }

    /// <summary>The string's values by keyword (Npgsql writes its canonical keywords, e.g. "Max Auto Prepare").</summary>
    private static Dictionary<string, string> Parse(string connectionString)
    {
        var parsed = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parsed.Keys.Cast<string>().ToDictionary(k => k, k => Convert.ToString(parsed[k], System.Globalization.CultureInfo.InvariantCulture)!, StringComparer.OrdinalIgnoreCase);
    }
}

namespace ContactSync.Emulators.Zoho;

/// <summary>
/// Faults of the Zoho notification delivery (never of the Watch API calls themselves). Each notification takes three
/// draws from a random generator seeded with <see cref="Seed"/>, always in the order drop, late, duplicate, so the same
/// seed and the same sequence of changes give the same decisions, and one probability never shifts another's draws.
/// </summary>
public sealed record ZohoNotificationFaults
{
    /// <summary>No faults.</summary>
    public static ZohoNotificationFaults None { get; } = new();

    /// <summary>Share of notifications never sent (0..1).</summary>
    public double DropProbability { get; init; }

    /// <summary>Share of notifications sent only after <see cref="LateDelay"/> (0..1).</summary>
    public double LateProbability { get; init; }

    /// <summary>How late a late notification is, on the emulator's <see cref="TimeProvider"/>.</summary>
    public TimeSpan LateDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of notifications sent twice, the same body both times (0..1).</summary>
    public double DuplicateProbability { get; init; }

    /// <summary>Seed of the random draws; setting new faults starts the sequence again.</summary>
    public int Seed { get; init; } = 42;

    internal void Validate()
    {
        foreach (var p in new[] { DropProbability, LateProbability, DuplicateProbability })
        {
            if (double.IsNaN(p) || p is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(DropProbability), p, "Probabilities must be between 0 and 1.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(LateDelay, TimeSpan.Zero);
    }
}

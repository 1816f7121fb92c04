namespace ContactSync.Emulators.Quotas;

/// <summary>The People API quota metrics the emulator meters.</summary>
internal enum GoogleQuotaMetric
{
    CriticalReads,
    CriticalWrites,
    GroupReads,
    DeletesAndGroupWrites,
    FullSyncFirstPages,
    ContactWrites,
}

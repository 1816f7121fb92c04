namespace ContactSync.Core.Engine.Planning;

/// <summary>
/// Google's per-account contact limit. Once Google refused creates for it in a run (or the run found the account still
/// full), no more Google contacts are planned for creation: they wait (backlog, remembered in the cursor's
/// <see cref="State.GoogleRoomWait"/>, so the CRM is read again from there once the account has room) and no record
/// fails; updates and CRM writes go on. The run then reports the plan condition <see cref="PlanCondition.GoogleContactLimit"/>;
/// a dry run warns beforehand when its creates would pass the limit.
/// </summary>
internal sealed class GoogleRoomRule
{
    /// <summary>Contacts the planner left waiting for room.</summary>
    public long Waiting { get; private set; }

    /// <summary>True (the contact waits, counted in the backlog) when the account is full.</summary>
    public bool Waits(bool accountFull, CapacityGate gate)
    {
        if (!accountFull)
        {
            return false;
        }

        Waiting++;
        gate.Wait();
        return true;
    }

    /// <summary>The condition of a run in which Google refused creates: <paramref name="waiting"/> contacts wait.</summary>
    public static PlanCondition Reached(long waiting) => new(
        PlanCondition.GoogleContactLimit,
        $"Google account contact limit reached: {waiting} contacts wait to be created in Google. Each run counts the account's contacts once and creates them when there is room; delete contacts in the Google account to make room.",
        waiting);

    /// <summary>True when a dry run that would create <paramref name="creates"/> Google contacts should count the account's.</summary>
    public static bool ShouldForesee(SyncEngineSettings settings, long creates) =>
        settings.WriteGoogle && settings.GoogleContactLimit > 0 && creates > 0;

    /// <summary>A dry run's warning: the account holds <paramref name="held"/> contacts and the run would create more than fit.</summary>
    public static PlanCondition? Foreseen(long held, long creates, int limit)
    {
        if (limit <= 0 || held + creates <= limit)
        {
            return null;
        }

        var over = held + creates - limit;
        return new PlanCondition(
            PlanCondition.GoogleContactLimit,
            $"The run would pass the Google account's contact limit: the account holds {held} contacts, the run would create {creates}, the limit is {limit}; {over} would wait.",
            over);
    }
}

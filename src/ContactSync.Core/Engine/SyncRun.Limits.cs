using ContactSync.Core.Ports;
using ContactSync.Core.State;

namespace ContactSync.Core.Engine;

/// <summary>
/// The services' limits in a run: Google's per-account contact limit (creating stops for the run; the contacts that
/// wait are the backlog and a plan condition; the next run tries once), and values a CRM field cannot hold (left out of
/// the write, noted once, and remembered in the pair's snapshot so they are not seen as a change again).
/// </summary>
internal sealed partial class SyncRun
{
    private readonly List<PlanCondition> _conditions = [];
    private bool _googleLimitReached;
    private bool _roomLeftTried;
    private long _limitWaiting;
    private int _notes;

    /// <summary>True (and counted as waiting) when Google refused creates earlier in this run.</summary>
    private bool WaitsForGoogleRoom()
    {
        if (!_googleLimitReached)
        {
            return false;
        }

        AddWaiting(1);
        return true;
    }

    /// <summary>
    /// A batch Google did not create because the account is full: no failures (nothing is wrong with the records), the
    /// contacts are the backlog, and the CRM side is read again next run so they are tried again.
    /// </summary>
    private void WaitForGoogleRoom(IReadOnlyList<PairWork> batch)
    {
        AddWaiting(batch.Count);
        foreach (var work in batch)
        {
            Complete(work, false, null);
        }
    }

    /// <summary>
    /// A batch Google refused whole for the limit may still partly fit: once per run, the account's contacts are counted
    /// (one call) and, when the configured limit leaves room for some of the batch, that many are sent once more.
    /// </summary>
    private async Task<IReadOnlyList<WriteOutcome>> FillRoomLeftAsync(IReadOnlyList<GoogleWrite> writes, IReadOnlyList<WriteOutcome> outcomes, CancellationToken cancellationToken)
    {
        if (_roomLeftTried || writes.Count < 2 || _settings.GoogleContactLimit <= 0 || !outcomes.All(o => o.Code == WriteOutcome.ContactLimit))
        {
            return outcomes;
        }

        _roomLeftTried = true;
        var held = await _google.CountContactsAsync(cancellationToken);
        var room = held is { } count ? _settings.GoogleContactLimit - count : 0;
        if (room <= 0 || room >= writes.Count)
        {
            return outcomes;
        }

        var fitted = await _google.CreateAsync(writes.Take((int)room).ToList(), cancellationToken);
        return fitted.Concat(outcomes.Skip(fitted.Count)).ToList();
    }

    private void AddWaiting(int count)
    {
        _limitWaiting += count;
        _backlog += count;
        _crmCapped = true;
    }

    /// <summary>The run's plan conditions: the contact limit reached, or for a dry run, creates that would pass it.</summary>
    private async Task AddConditionsAsync(CancellationToken cancellationToken)
    {
        if (_googleLimitReached)
        {
            _conditions.Add(new PlanCondition(
                PlanCondition.GoogleContactLimit,
                $"Google account contact limit reached: {_limitWaiting} contacts wait to be created in Google. Each run tries again once; delete contacts in the Google account to make room.",
                _limitWaiting));
            return;
        }

        var creates = _googleTally.Created;
        if (!DryRun || !_settings.WriteGoogle || _settings.GoogleContactLimit <= 0 || creates == 0)
        {
            return;
        }

        if (await _google.CountContactsAsync(cancellationToken) is { } held && held + creates > _settings.GoogleContactLimit)
        {
            var over = held + creates - _settings.GoogleContactLimit;
            _conditions.Add(new PlanCondition(
                PlanCondition.GoogleContactLimit,
                $"The run would pass the Google account's contact limit: the account holds {held} contacts, the run would create {creates}, the limit is {_settings.GoogleContactLimit}; {over} would wait.",
                over));
        }
    }

    /// <summary>
    /// The snapshot a successful CRM write settles, as the CRM really holds it: a converted value in its stored form, and
    /// for a field left out of the write the CRM's value before it, so the source's value is not seen as a change again
    /// (it syncs once it changes to something the field can hold). Each left-out or shortened field is noted once.
    /// </summary>
    private Dictionary<string, FieldSnapshot> SettleCrmWrite(PairWork work, WriteOutcome outcome, bool created)
    {
        var after = new Dictionary<string, FieldSnapshot>(work.CrmWrite!.Value.After, StringComparer.Ordinal);
        foreach (var m in _mappings)
        {
            if (!after.TryGetValue(m.Key, out var settled))
            {
                continue;
            }

            var crm = outcome.Values is { } stored && stored.TryGetValue(m.CrmField, out var text) ? ValueNormalizer.Normalize(m.Path.Field, text)
                : outcome.Notes.Any(n => n.Field == m.CrmField && n.Written is null) ? (created ? "" : CrmValueBefore(work, m))
                : settled.Crm;
            after[m.Key] = new FieldSnapshot(crm, settled.Google, crm != settled.Google);
        }

        foreach (var note in outcome.Notes)
        {
            RecordNote(work, note);
        }

        return after;
    }

    /// <summary>False when every field of a CRM update was left out: nothing was written, so nothing is counted.</summary>
    private static bool WroteAny(PairWork work, WriteOutcome outcome) =>
        work.CrmWrite!.Value.Values.Keys.Any(field => !outcome.Notes.Any(n => n.Field == field && n.Written is null));

    private static string CrmValueBefore(PairWork work, ResolvedMapping m) =>
        work.Crm is { } crm ? ValueNormalizer.Normalize(m.Path.Field, crm[m.CrmField])
        : work.Snapshot.TryGetValue(m.Key, out var snapshot) ? snapshot.Crm
        : "";

    private void RecordNote(PairWork work, FieldNote note)
    {
        _notes++;
        if (!DryRun)
        {
            var code = note.Written is null ? "VALUE_NOT_WRITTEN" : "VALUE_SHORTENED";
            _state.Notes.Add(new RecordFailure(SideKind.Crm, work.CrmId, work.Email, code, note.Message, work.CrmId, work.GoogleName)
            {
                Field = note.Field,
                ExpectedType = note.ExpectedType,
                Note = true,
            });
        }
    }
}

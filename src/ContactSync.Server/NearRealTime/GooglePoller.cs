using ContactSync.Core.Diagnostics;
using ContactSync.Core.Plans;
using ContactSync.Core.State;
using ContactSync.Google;
using ContactSync.Server.Connections;
using ContactSync.Server.Runs.Launching;
using ContactSync.Storage.NearRealTime;
using Microsoft.Extensions.Options;

namespace ContactSync.Server.NearRealTime;

/// <summary>
/// Polls the Google account of each near-real-time plan (its <see cref="SyncPlanDefinition.GoogleAccount"/>) with one <c>connections.list</c> call from a sync token (page size
/// 1: a change is a reason to run, the run reads it): from the plan's cursor token, or from the token of the last quiet poll
/// while the cursor has not moved since, so a change is seen once. A change waits as a Google change for the dispatcher; the
/// interval drops to the minimum then and grows by half after each quiet poll up to the maximum. Google lists a write only
/// after its propagation delay, so the run that follows a poll may see the engine's own writes: the engine recognises them
/// (they match what it linked) and writes nothing for them. Replicas share the polls through claims in the database.
/// </summary>
internal sealed class GooglePoller(
    NearRealTimePlans plans,
    IGooglePollStore polls,
    IChangeHintStore hints,
    ISyncStateStore state,
    ActiveRuns active,
    ISyncClientFactory clients,
    NearRealTimeWake wake,
    TimeProvider time,
    IOptions<NearRealTimeSettings> settings,
    ILogger<GooglePoller> logger)
{
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>Polls every plan whose poll is due; returns the plans whose poll saw a change.</summary>
    public async Task<IReadOnlyList<string>> TickAsync(CancellationToken cancellationToken)
    {
        var changed = new List<string>();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var plan in (await plans.ListAsync(cancellationToken)).Values)
        {
            var poll = await polls.GetAsync(plan.Id, cancellationToken);
            if ((poll is not null && poll.NextPollUtc > now) || active.FindByPlan(plan.Id) is not null)
            {
                continue;
            }

            if (await polls.TryClaimAsync(plan.Id, now, now + ClaimDuration, cancellationToken) && await PollAsync(plan, poll, now, cancellationToken))
            {
                changed.Add(plan.Id);
            }
        }

        if (changed.Count > 0)
        {
            wake.Signal();
        }

        return changed;
    }

    private async Task<bool> PollAsync(StoredSyncPlan plan, GooglePollRecord? poll, DateTime now, CancellationToken cancellationToken)
    {
        var s = settings.Value;
        poll ??= new GooglePollRecord(plan.Id, now, s.GooglePollMinInterval, null, null, null, null, "");
        var cursor = await state.GetCursorAsync(plan.Id, cancellationToken);
        if (!cursor.Initialized || cursor.GoogleSyncToken is not { } cursorToken)
        {
            // Never ran: the first run (full) comes from the scheduler or RunSync; nothing to poll from yet.
            await polls.SaveAsync(poll with { NextPollUtc = now + s.GooglePollMinInterval }, cancellationToken);
            return false;
        }

        var from = poll.BaseToken == cursorToken && poll.PollToken is { } quiet ? quiet : cursorToken;
        try
        {
            using var google = await clients.CreateGoogleAsync(NullApiCallObserver.Instance, plan.Definition.GoogleAccount, cancellationToken);
            var page = await google.Client.ListConnectionsPageAsync(
                new ConnectionsQuery { PersonFields = "metadata", PageSize = 1, SyncToken = from, RequestSyncToken = true }, cancellationToken);
            var changed = page.Connections.Count > 0 || page.NextPageToken is not null;
            var interval = changed ? s.GooglePollMinInterval : Grow(poll.Interval, s);
            await polls.SaveAsync(poll with
            {
                NextPollUtc = now + interval,
                Interval = interval,
                PollToken = changed ? poll.PollToken : page.NextSyncToken ?? poll.PollToken,
                BaseToken = changed ? poll.BaseToken : cursorToken,
                LastPollUtc = now,
                LastChangeUtc = changed ? now : poll.LastChangeUtc,
                LastError = "",
            }, cancellationToken);
            return changed && await AddChangeAsync(plan.Id, now, cancellationToken);
        }
        catch (GoogleSyncTokenExpiredException ex)
        {
            // The run deals with an expired token (it reads everything again); the poll starts over from its new cursor.
            await polls.SaveAsync(poll with { NextPollUtc = now + s.GooglePollMinInterval, PollToken = null, BaseToken = null, LastPollUtc = now, LastError = ex.Message }, cancellationToken);
            return await AddChangeAsync(plan.Id, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            NearRealTimeLog.GooglePollFailed(logger, plan.Id, ex);
            await polls.SaveAsync(poll with { NextPollUtc = now + s.GooglePollMaxInterval, LastPollUtc = now, LastError = ex.Message }, CancellationToken.None);
            return false;
        }
    }

    private async Task<bool> AddChangeAsync(string planId, DateTime now, CancellationToken cancellationToken)
    {
        NearRealTimeLog.GoogleChanged(logger, planId);
        await hints.AddAsync(planId, [], google: true, now, cancellationToken);
        return true;
    }

    private static TimeSpan Grow(TimeSpan interval, NearRealTimeSettings s)
    {
        var next = interval < s.GooglePollMinInterval ? s.GooglePollMinInterval : interval * 1.5;
        return next > s.GooglePollMaxInterval ? s.GooglePollMaxInterval : next;
    }
}

using ContactSync.Client.Mapping;
using ContactSync.Client.Models;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client;

public sealed partial class ContactSyncClient
{
    /// <summary>Creates a plan (empty <see cref="SyncPlanInfo.Id"/>) or replaces one (id and version set).</summary>
    public async Task<ConfigureResultInfo> ConfigureAsync(SyncPlanInfo plan, bool validateOnly, CancellationToken cancellationToken)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var request = new V1.ConfigureRequest { Plan = ProtoMapper.ToProto(plan), ValidateOnly = validateOnly };
        var response = await CallAsync(o => _grpc.ConfigureAsync(request, o), ContactSyncErrorIds.ConfigNotFound, cancellationToken)
            .ConfigureAwait(false);
        return new ConfigureResultInfo
        {
            Plan = ProtoMapper.ToInfo(response.Plan),
            Created = response.Created,
            Warnings = response.Warnings.Select(ProtoMapper.ToInfo).ToArray(),
        };
    }

    /// <summary>
    /// Creates or updates one plan per CRM user from <paramref name="template"/> (admin only); one result per user, in order.
    /// With <paramref name="validateOnly"/> nothing is written and the results show what would be.
    /// </summary>
    public async Task<IReadOnlyList<RollOutResultInfo>> RollOutPlansAsync(
        PlanTemplateInfo template, IReadOnlyList<string> crmUsers, bool validateOnly, CancellationToken cancellationToken)
    {
        if (template is null)
        {
            throw new ArgumentNullException(nameof(template));
        }

        var request = new V1.RollOutPlansRequest { Template = RollOutMapper.ToProto(template), ValidateOnly = validateOnly };
        request.CrmUserIds.AddRange(crmUsers ?? throw new ArgumentNullException(nameof(crmUsers)));
        var response = await CallAsync(o => _grpc.RollOutPlansAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
            .ConfigureAwait(false);
        return response.Results.Select(RollOutMapper.ToInfo).ToArray();
    }

    /// <summary>Reads one plan by id, or by exact name (case-insensitive) when <paramref name="planId"/> is empty.</summary>
    public async Task<SyncPlanInfo> GetConfigAsync(string? planId, string? name, CancellationToken cancellationToken)
    {
        var request = new V1.GetConfigRequest { PlanId = planId ?? "", Name = name ?? "" };
        var response = await CallAsync(o => _grpc.GetConfigAsync(request, o), ContactSyncErrorIds.ConfigNotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Plan);
    }

    /// <summary>Lists every plan the caller may see (all pages), ordered by name.</summary>
    public async Task<IReadOnlyList<SyncPlanInfo>> ListConfigsAsync(string? crmUser, CancellationToken cancellationToken)
    {
        var plans = new List<SyncPlanInfo>();
        var token = "";
        do
        {
            var request = new V1.ListConfigsRequest { PageSize = 500, PageToken = token, CrmUserId = crmUser ?? "" };
            var response = await CallAsync(o => _grpc.ListConfigsAsync(request, o), ContactSyncErrorIds.NotFound, cancellationToken)
                .ConfigureAwait(false);
            plans.AddRange(response.Plans.Select(ProtoMapper.ToInfo));
            token = response.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token));

        return plans;
    }

    /// <summary>Deletes a plan; a non-zero <paramref name="version"/> must still be current.</summary>
    public async Task<SyncPlanInfo> DeleteConfigAsync(string planId, long version, CancellationToken cancellationToken)
    {
        var request = new V1.DeleteConfigRequest { PlanId = planId ?? "", Version = version };
        var response = await CallAsync(o => _grpc.DeleteConfigAsync(request, o), ContactSyncErrorIds.ConfigNotFound, cancellationToken)
            .ConfigureAwait(false);
        return ProtoMapper.ToInfo(response.Plan);
    }
}

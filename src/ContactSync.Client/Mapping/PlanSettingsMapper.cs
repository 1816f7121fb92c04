using ContactSync.Client.Models;
using Google.Protobuf.WellKnownTypes;
using V1 = ContactSync.Grpc.V1;

namespace ContactSync.Client.Mapping;

/// <summary>
/// The settings a plan and a roll-out template share (<see cref="PlanSettingsInfo"/>) in their proto form, once for
/// <see cref="V1.SyncPlan"/> and <see cref="V1.PlanTemplate"/>.
/// </summary>
internal static class PlanSettingsMapper
{
    public const int DefaultInitialCap = 10_000;
    public const int DefaultIncrementalCap = 500;
    public const int DefaultMassDeleteThreshold = 100;

    public static V1.SyncDirection ToProto(SyncDirection? direction) =>
        direction is { } d ? (V1.SyncDirection)(int)d : V1.SyncDirection.Unspecified;

    public static V1.ConflictWinner ToProto(ConflictWinner? winner) =>
        winner is { } w ? (V1.ConflictWinner)(int)w : V1.ConflictWinner.Unspecified;

    /// <summary>The schedule; null (manual) when the frequency is absent or not positive.</summary>
    public static Duration? ToInterval(PlanSettingsInfo settings) =>
        settings.Frequency is { } frequency && frequency > TimeSpan.Zero ? Duration.FromTimeSpan(frequency) : null;

    /// <summary>The deletion settings; null (the server's defaults) when neither part is set.</summary>
    public static V1.DeletionSettings? ToDeletion(PlanSettingsInfo settings) =>
        settings.DeletePolicy is null && settings.MassDeleteThreshold is null
            ? null
            : new V1.DeletionSettings
            {
                Policy = (V1.DeletionPolicy)(int)(settings.DeletePolicy ?? DeletePolicy.Keep),
                MassDeleteThreshold = settings.MassDeleteThreshold ?? DefaultMassDeleteThreshold,
            };

    /// <summary>
    /// The caps; null (the server's defaults) when neither is set. A partial pair keeps the other default instead of
    /// "0 = no cap".
    /// </summary>
    public static V1.RunCaps? ToCaps(PlanSettingsInfo settings) =>
        settings.InitialCap is null && settings.IncrementalCap is null
            ? null
            : new V1.RunCaps
            {
                FirstRun = settings.InitialCap ?? DefaultInitialCap,
                LaterRuns = settings.IncrementalCap ?? DefaultIncrementalCap,
            };
}

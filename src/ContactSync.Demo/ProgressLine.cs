using System.Globalization;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Demo;

/// <summary>Renders one run event as a one-line progress bar.</summary>
internal static class ProgressLine
{
    public static string Render(Proto.RunProgress progress)
    {
        var fraction = progress.Total > 0 ? Math.Clamp((double)progress.Processed / progress.Total, 0, 1) : 0;
        var filled = (int)Math.Round(fraction * 24);
        var bar = new string('#', filled) + new string('.', 24 - filled);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{bar}] {fraction,4:P0} {Phase(progress.Phase),-15} Google +{progress.Google.Created} ~{progress.Google.Updated} -{progress.Google.Deleted} | CRM +{progress.Crm.Created} ~{progress.Crm.Updated} -{progress.Crm.Deleted} | conflicts {progress.Conflicts} errors {progress.Errors}");
    }

    public static string Phase(Proto.RunPhase phase) => phase switch
    {
        Proto.RunPhase.ReadingCrm => "reading CRM",
        Proto.RunPhase.ReadingGoogle => "reading Google",
        Proto.RunPhase.Planning => "matching",
        Proto.RunPhase.WritingGoogle => "writing Google",
        Proto.RunPhase.WritingCrm => "writing CRM",
        Proto.RunPhase.Finishing => "finishing",
        Proto.RunPhase.Done => "done",
        _ => "starting",
    };
}

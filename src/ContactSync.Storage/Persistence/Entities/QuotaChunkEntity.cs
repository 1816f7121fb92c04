namespace ContactSync.Storage.Persistence.Entities;

/// <summary>Units of a rate quota a server took, to spend from <see cref="StartTicks"/> to <see cref="EndTicks"/>; counted until <see cref="CountsUntilTicks"/>.</summary>
internal sealed class QuotaChunkEntity
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string Holder { get; set; } = "";

    public long StartTicks { get; set; }

    public long EndTicks { get; set; }

    public long CountsUntilTicks { get; set; }

    public long Units { get; set; }
}

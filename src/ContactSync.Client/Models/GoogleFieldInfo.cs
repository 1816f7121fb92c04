namespace ContactSync.Client.Models;

/// <summary>A mappable Google People field path.</summary>
public sealed record GoogleFieldInfo
{
    /// <summary>The path, e.g. "names[0].givenName".</summary>
    public string Path { get; init; } = "";

    /// <summary>What the path addresses.</summary>
    public string Description { get; init; } = "";

    /// <summary>True for singleton fields.</summary>
    public bool Singleton { get; init; }

    /// <summary>True for a pattern whose bracketed key the user chooses.</summary>
    public bool Pattern { get; init; }

    /// <inheritdoc />
    public override string ToString() => Path;
}

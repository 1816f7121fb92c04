namespace ContactSync.Core.Mapping;

/// <summary>How a Google person field holds its values.</summary>
public enum GoogleFieldKind
{
    /// <summary>A singleton field addressed by index 0 (names, birthdays, biographies, organizations, nicknames).</summary>
    First,

    /// <summary>A typed array addressed by the entry type, e.g. <c>phoneNumbers[type=mobile]</c>.</summary>
    Typed,

    /// <summary>A user-defined key/value entry, <c>userDefined[key]</c>.</summary>
    UserDefined,
}

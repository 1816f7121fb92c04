using ContactSync.Core.Mapping;

namespace ContactSync.Core.Engine.Planning;

/// <summary>A field mapping with its parsed path and the directions the plan allows for it.</summary>
internal sealed record ResolvedMapping(string CrmField, GoogleFieldPath Path, bool ToGoogle, bool ToCrm)
{
    public string GooglePath => Path.Canonical;

    public string Key => $"{CrmField}|{GooglePath}";

    public bool IsLastName => CrmField == "Last_Name";

    public static IReadOnlyList<ResolvedMapping> Resolve(SyncEngineSettings settings)
    {
        var list = new List<ResolvedMapping>(settings.Mappings.Count);
        foreach (var mapping in settings.Mappings)
        {
            var path = GoogleFieldPath.Parse(mapping.GoogleField);
            var readOnlyCrm = DefaultFieldMap.CrmReadOnlyFields.Contains(mapping.CrmField);
            var toGoogle = settings.WriteGoogle && mapping.Direction != MappingDirection.GoogleToCrm;
            var toCrm = settings.WriteCrm && mapping.Direction != MappingDirection.CrmToGoogle && !readOnlyCrm;
            list.Add(new ResolvedMapping(mapping.CrmField, path, toGoogle, toCrm));
        }

        return list;
    }
}

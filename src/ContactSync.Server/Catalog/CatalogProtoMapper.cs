using ContactSync.Core.Mapping;
using ContactSync.Google.Apis.Data;
using ContactSync.Server.Plans;
using ContactSync.Zoho;
using Proto = ContactSync.Grpc.V1;

namespace ContactSync.Server.Catalog;

/// <summary>Maps picker answers to the proto contract.</summary>
internal static class CatalogProtoMapper
{
    /// <summary>A CRM view.</summary>
    public static Proto.CrmView ToProto(ZohoCustomView view) => new()
    {
        Id = view.Id,
        Name = view.DisplayValue ?? view.Name ?? view.Id,
        SystemName = view.SystemName ?? "",
        IsDefault = view.Default,
    };

    /// <summary>A CRM user.</summary>
    public static Proto.CrmUser ToProto(ZohoUser user) => new()
    {
        Id = user.Id,
        Name = user.FullName ?? "",
        Email = user.Email ?? "",
        Role = user.RoleName ?? "",
        RoleId = user.RoleId ?? "",
        Profile = user.ProfileName ?? "",
        ProfileId = user.ProfileId ?? "",
        Status = user.Status ?? "",
    };

    /// <summary>A Google group.</summary>
    public static Proto.GoogleGroup ToProto(ContactGroup group) => new()
    {
        ResourceName = group.ResourceName ?? "",
        Name = group.FormattedName ?? group.Name ?? "",
        GroupType = group.GroupType ?? "",
        MemberCount = group.MemberCount ?? 0,
    };

    /// <summary>The catalogue: live CRM fields, the supported Google paths and the default map.</summary>
    public static Proto.FieldCatalog ToCatalog(IReadOnlyList<ZohoField> crmFields)
    {
        var catalog = new Proto.FieldCatalog();
        catalog.CrmFields.Add(crmFields.Where(f => f.ApiName.Length > 0).Select(f => new Proto.CrmField
        {
            ApiName = f.ApiName,
            Label = f.Label ?? f.ApiName,
            DataType = f.DataType ?? "",
            Custom = f.Custom,
            ReadOnly = f.ReadOnly || DefaultFieldMap.CrmReadOnlyFields.Contains(f.ApiName),
            MaxLength = f.Length ?? 0,
            Mandatory = f.Mandatory,
        }));
        catalog.GoogleFields.Add(GoogleFieldCatalog.Paths().Select(p => new Proto.GoogleField
        {
            Path = p.Path,
            Description = p.Description,
            Singleton = p.Singleton,
            Pattern = p.Pattern,
        }));
        catalog.DefaultMappings.Add(DefaultFieldMap.Mappings.Select(PlanProtoMapper.ToProto));
        return catalog;
    }
}

using System.Management.Automation;
using ContactSync.PowerShell.Cmdlets;

namespace ContactSync.Module.Tests;

/// <summary>
/// The plan-selecting parameters of the cmdlets that share PlanSelectingCmdlet / PlanFilteringCmdlet: every set,
/// mandatory flag, position, pipeline binding and alias stays as the cmdlets declared them one by one.
/// </summary>
public sealed class PlanParameterSetTests
{
    [Theory]
    [InlineData(typeof(StartContactSyncCommand), "ByName", "InputObject[ByInputObject:M,VP] PlanId[ById:M,VPN]{Id} PlanName[ByName:M,P0,VP]{Name}")]
    [InlineData(typeof(RemoveContactSyncConfigCommand), "ByName", "InputObject[ByInputObject:M,VP] PlanId[ById:M,VPN]{Id} PlanName[ByName:M,P0,VP]{Name}")]
    [InlineData(typeof(GetContactSyncRunCommand), "ByName", "InputObject[ByInputObject:M,VP] PlanId[ByPlanId:M,VPN] PlanName[ByName:P0,VP]{Name}")]
    [InlineData(typeof(GetContactSyncStatusCommand), "ByName", "PlanId[ById:M,VPN]{Id} PlanName[ByName:P0,VP]{Name}")]
    [InlineData(typeof(GetContactSyncConfigCommand), "ByName", "PlanId[ById:M,VPN]{Id} PlanName[ByName:P0,VP,VPN]{Name}")]
    public void PlanParameters_KeepTheirSetsBindingAndAliases(Type cmdlet, string defaultSet, string expected)
    {
        var metadata = new CommandMetadata(cmdlet);

        Assert.Equal(defaultSet, metadata.DefaultParameterSetName);
        Assert.Equal(expected, Describe(metadata, "PlanName", "PlanId", "InputObject"));
    }

    [Theory]
    [InlineData(typeof(StartContactSyncCommand))]
    [InlineData(typeof(RemoveContactSyncConfigCommand))]
    [InlineData(typeof(GetContactSyncRunCommand))]
    [InlineData(typeof(GetContactSyncStatusCommand))]
    public void SharedBase_CmdletStaysSealedWithItsOwnAttributes(Type cmdlet)
    {
        Assert.True(cmdlet.IsSealed);
        Assert.NotNull(cmdlet.GetCustomAttributes(typeof(CmdletAttribute), inherit: false).SingleOrDefault());
        Assert.NotEmpty(cmdlet.GetCustomAttributes(typeof(OutputTypeAttribute), inherit: false));
    }

    private static string Describe(CommandMetadata metadata, params string[] names) => string.Join(" ", metadata.Parameters.Values
        .Where(p => names.Contains(p.Name))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => p.Name + "[" + string.Join(";", p.ParameterSets.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + ":" + Flags(s.Value))) + "]"
            + (p.Aliases.Count == 0 ? "" : "{" + string.Join(",", p.Aliases.OrderBy(a => a, StringComparer.Ordinal)) + "}")));

    private static string Flags(ParameterSetMetadata set) => string.Join(",", new[]
    {
        set.IsMandatory ? "M" : null,
        set.Position >= 0 ? "P" + set.Position : null,
        set.ValueFromPipeline ? "VP" : null,
        set.ValueFromPipelineByPropertyName ? "VPN" : null,
    }.Where(f => f is not null));
}

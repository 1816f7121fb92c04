using System.Management.Automation;
using ContactSync.PowerShell.Internal;

namespace ContactSync.PowerShell;

/// <summary>Hooks the isolated dependency loading when the module is imported and unhooks it on removal.</summary>
public sealed class ContactSyncModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <inheritdoc />
    public void OnImport() => DependencyResolver.Register();

    /// <inheritdoc />
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Unregister();
}

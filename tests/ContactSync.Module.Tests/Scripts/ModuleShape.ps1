# The assembled module as an admin meets it: manifest, exports, approved verbs, help with examples, output types,
# and third-party assemblies loaded in the module's own load context.
. (Join-Path $PSScriptRoot 'Helpers.ps1')

$manifest = Test-ModuleManifest $env:CONTACTSYNC_MODULE
Assert-True ($manifest.Version -gt [version]'0.0') "version from the build: $($manifest.Version)"
Assert-Equal 'Core,Desktop' (($manifest.CompatiblePSEditions | Sort-Object) -join ',') 'editions'
Assert-Equal 0 $manifest.ExportedFunctions.Count 'no functions'
Assert-Equal 0 $manifest.ExportedAliases.Count 'no aliases'
$module = Get-Module ContactSync
$cmdlets = @(Get-Command -Module ContactSync)
Assert-Equal 20 $cmdlets.Count 'cmdlets exported'
Assert-Equal 20 $manifest.ExportedCmdlets.Count 'explicit CmdletsToExport'
Write-Check 'manifest'

$approved = (Get-Verb).Verb
foreach ($c in $cmdlets) {
    Assert-True ($c.Verb -in $approved) "$($c.Name) uses an approved verb"
    Assert-True ($c.ImplementingType.IsSealed) "$($c.Name) is sealed"
    if ($c.Name -ne 'Disconnect-ContactSync') {
        Assert-True ($c.OutputType.Count -ge 1) "$($c.Name) declares its output type"
    }
    $help = Get-Help $c.Name -Full
    Assert-True ("$($help.Synopsis)".Length -gt 10 -and "$($help.Synopsis)" -notlike "$($c.Name)*") "$($c.Name) has a synopsis: $($help.Synopsis)"
    Assert-True (@($help.Examples.Example).Count -ge 1) "$($c.Name) has examples"
    foreach ($p in @($help.Parameters.Parameter)) {
        Assert-True ("$($p.Description.Text)".Length -gt 5) "$($c.Name) -$($p.Name) is described"
    }
}
$full = Get-Help Start-ContactSync -Full | Out-String -Width 200
Assert-True ($full -match 'Example 2' -and $full -match '-WhatIf\)\.PlannedChanges') 'examples in Get-Help -Full'
Write-Check 'help'

$null = Get-TerminatingError { Get-ContactSyncConfig -Server http://127.0.0.1:9 -ApiKey x } # makes a client: loads gRPC
$contexts = [AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -match '^(Grpc\.|Google\.Protobuf|ContactSync\.(Client|Contracts))' } |
    ForEach-Object { [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } | Sort-Object -Unique
Assert-Equal 'contactsync-module' ($contexts -join ',') 'third-party assemblies load in the module''s private context'
$root = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($module.ImplementingAssembly).Name
Assert-Equal 'Default' $root 'the cmdlet assembly itself is in the default context'
$beside = @(Get-ChildItem (Split-Path $env:CONTACTSYNC_MODULE) -Filter *.dll | ForEach-Object Name)
Assert-Equal 'ContactSync.PowerShell.dll' ($beside -join ',') 'only the cmdlet dll sits at the module root'
Write-Check 'isolation'

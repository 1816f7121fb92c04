# Every Get-Help example of the module that needs no prompt, file or other server, run as written against a real
# server connected to the emulators (the examples use the emulators' administrator as the CRM user). An example fails
# when PowerShell cannot parse or bind it, or when the server or the module rejects its values.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
$ErrorActionPreference = 'Continue'
Connect-LiveServer
Set-EmulatorConnection

$skip = 'Read-Host|sync\.example\.com|\.json|Disconnect-ContactSync'
$rejected = '^(ContactSyncInvalidArgument|ContactSyncInvalidFieldMap|ContactSyncCrmViewNotFound|ContactSyncGoogleGroupNotFound|ContactSyncAmbiguousName|ContactSyncInvalidConnectionArguments|ContactSyncWrongEndpoint|NamedParameterNotFound|ParameterArgument|AmbiguousParameter|MissingArgument|CommandNotFound|InputObjectNotBound|ParameterBinding|AmbiguousParameterSet)'
# Set-ContactSyncConfig first: its first example creates the plan 'Sales team' that the others use.
$order = 'Set-ContactSyncConfig', 'Get-ContactSyncConfig', 'Get-ContactSyncCrmView', 'Get-ContactSyncGoogleGroup', 'Get-ContactSyncCrmUser', 'Get-ContactSyncField',
    'Set-ContactSyncConnection', 'Test-ContactSyncConnection', 'Get-ContactSyncConnection', 'Start-ContactSync', 'Wait-ContactSync', 'Stop-ContactSync', 'Get-ContactSyncStatus',
    'Get-ContactSyncRun', 'Get-ContactSyncRunError', 'New-ContactSyncApiKey', 'Get-ContactSyncApiKey', 'Revoke-ContactSyncApiKey',
    'Remove-ContactSyncConfig', 'Connect-ContactSync'
$all = @(Get-Command -Module ContactSync | ForEach-Object Name)
Assert-Equal '' (($all | Where-Object { $_ -notin $order -and $_ -ne 'Disconnect-ContactSync' }) -join ',') 'every cmdlet is in the order'
$ran = 0
foreach ($name in $order) {
    $n = 0
    foreach ($example in @((Get-Help $name -Full).Examples.Example)) {
        $n++
        $code = ($example.Code -join "`n").Trim()
        if ($code -match $skip) { continue }
        $Error.Clear()
        try {
            $null = & ([scriptblock]::Create($code)) 2>&1 3>&1
        }
        catch {
            throw "ASSERT FAILED: $name example $n threw: $_`n$code"
        }
        foreach ($e in @($Error)) {
            $id = if ($e -is [System.Management.Automation.ErrorRecord]) { $e.FullyQualifiedErrorId } else { $e.GetType().Name }
            Assert-True ($id -notmatch $rejected) "$name example $n is rejected ($id): $e`n$code"
        }
        $ran++
    }
}
Assert-True ($ran -ge 25) "examples run: $ran"
$plan = Get-ContactSyncConfig 'Sales team'
Assert-Equal 'Crm' "$($plan.ConflictWinner)" 'the -WhatIf example changed nothing'
Assert-Equal 1000 $plan.IncrementalCap 'the field-map example stored its cap'
Assert-True (@($plan.FieldMap | Where-Object CrmField -eq 'Customer_Tier').Count -eq 1) 'the custom field is mapped'
Assert-True (@(Get-ContactSyncRun 'Sales team' | Where-Object { -not $_.DryRun }).Count -ge 3) 'the Start-ContactSync examples ran syncs' 
Write-Check 'examples'

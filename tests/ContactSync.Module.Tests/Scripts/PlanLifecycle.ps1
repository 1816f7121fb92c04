# Plans end to end against the real server: connect, create/update/get/remove with the pipeline,
# validation error ids, -WhatIf, per-item errors, formatting.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
$server = $env:CONTACTSYNC_SERVER
$p = $env:CONTACTSYNC_PREFIX

Connect-ContactSync -Server $server -ApiKey $env:CONTACTSYNC_KEY
Write-Check 'connect'

$common = @{ CrmUser = '4150868000000225013'; CrmView = '4150868000000087501'; GoogleGroup = 'contactGroups/sales' }
$a = Set-ContactSyncConfig -Name "$p-A" -Direction Bidirectional -ConflictWinner Crm -Frequency '00:30:00' -PassThru @common
Assert-True ($a.Id -ne '') 'created plan has an id'
Assert-Equal 'Bidirectional' "$($a.Direction)" 'direction stored'
Assert-Equal ([TimeSpan]::FromMinutes(30)) $a.Frequency 'frequency stored'
Assert-True ($a.FieldMap.Count -gt 5) 'an empty field map became the default map'
Assert-Equal 'ContactSync.Client.Models.SyncPlanInfo' $a.GetType().FullName 'plain record on the pipeline'
Write-Check 'create'

$a2 = Set-ContactSyncConfig -Name "$p-A" -IncrementalCap 1000 -FieldMap @{ First_Name = 'names[0].givenName'; Last_Name = 'names[0].familyName'; Email = 'emailAddresses[type=work]' } -PassThru
Assert-Equal $a.Id $a2.Id 'update keeps the id'
Assert-True ($a2.Version -gt $a.Version) 'update raises the version'
Assert-Equal 1000 $a2.IncrementalCap 'cap updated'
Assert-Equal 'Crm' "$($a2.ConflictWinner)" 'unbound parameters keep their stored values'
Assert-Equal 3 $a2.FieldMap.Count 'hashtable field map stored'
Write-Check 'update'

Set-ContactSyncConfig -Name "$p-B" -Direction CrmToGoogle -Frequency Manual @common
Set-ContactSyncConfig -Name "$p-C" -Direction GoogleToCrm @common
$all = @(Get-ContactSyncConfig "$p-*")
Assert-Equal 3 $all.Count 'wildcard get finds the three plans'
$byName = @("$p-B", "$p-C" | Get-ContactSyncConfig)
Assert-Equal "$p-B,$p-C" (($byName | ForEach-Object Name) -join ',') 'names from the pipeline'
$byId = @($a | Get-ContactSyncConfig)
Assert-Equal $a.Id $byId[0].Id 'plan from the pipeline binds by property name'
$disabled = @(Get-ContactSyncConfig "$p-*" | Set-ContactSyncConfig -Enabled:$false -PassThru)
Assert-Equal 3 $disabled.Count 'pipeline update of every plan'
Assert-True (-not ($disabled | Where-Object Enabled)) 'all disabled'
Write-Check 'pipeline'

# Validation: one call, several field violations, a stable id.
$err = $null
Set-ContactSyncConfig -Name "$p-bad" -Direction Bidirectional -Frequency '00:01:00' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 1 $err.Count 'one error for the invalid plan'
Assert-Equal 'ContactSyncInvalidArgument,ContactSync.PowerShell.Cmdlets.SetContactSyncConfigCommand' $err[0].FullyQualifiedErrorId 'validation error id'
Assert-Equal 'InvalidArgument' "$($err[0].CategoryInfo.Category)" 'validation category'
# The message names the parameters, each once, not proto fields or RPCs.
$message = "$err"
foreach ($parameter in '-CrmUser', '-ConflictWinner', '-Frequency', '-CrmView', '-GoogleGroup') {
    Assert-Equal 1 ([regex]::Matches($message, [regex]::Escape("  ${parameter}:")).Count) "the message names $parameter once: $message"
}
Assert-True ($message -notmatch 'plan\.|_id\b|ListCrmViews|ListGoogleGroups|conflict_winner') "no proto fields or RPC names: $message"
Assert-True ($message -like '*-ConflictWinner: A bidirectional plan needs a conflict winner: Crm or Google.*') "the module's enum values: $message"
# A single violation is one line, not the status message and then the violation again.
$err = $null
Set-ContactSyncConfig -PlanName "$p-A" -Frequency '00:01:00' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-True ("$err" -like '-Frequency: *') "one violation, named by its parameter: $err"
Assert-Equal 1 ([regex]::Matches("$err", 'minutes').Count) "printed once: $err"
Assert-Equal 1 @("$err" -split "`n").Count "one line: $err"
Assert-True (-not (Get-ContactSyncConfig "$p-bad*")) 'the invalid plan was not stored'
$fmErr = Get-TerminatingError { Set-ContactSyncConfig -Name "$p-A" -FieldMap @{ First_Name = '' } }
Assert-Equal 'ContactSyncInvalidFieldMap,ContactSync.PowerShell.Cmdlets.SetContactSyncConfigCommand' $fmErr.FullyQualifiedErrorId 'bad field map'
Write-Check 'validation'

# One bad pipeline item writes an error; the others go on.
$err = $null
$found = @("$p-A", "$p-missing", "$p-C" | Get-ContactSyncConfig -ErrorAction SilentlyContinue -ErrorVariable err)
Assert-Equal 2 $found.Count 'the good items still come out'
Assert-Equal 1 $err.Count 'one error for the missing plan'
Assert-Equal 'ContactSyncConfigNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand' $err[0].FullyQualifiedErrorId 'not-found id'
Assert-Equal 'ObjectNotFound' "$($err[0].CategoryInfo.Category)" 'not-found category'
Assert-Equal "$p-missing" $err[0].TargetObject 'the target object is the item'
Write-Check 'per-item errors'

# -WhatIf changes nothing; on Set-ContactSyncConfig the server validates the plan and its violations show.
Set-ContactSyncConfig -Name "$p-whatif" -Direction CrmToGoogle -WhatIf @common
Assert-True (-not (Get-ContactSyncConfig "$p-whatif*")) '-WhatIf did not create'
Set-ContactSyncConfig -Name "$p-A" -IncrementalCap 5 -WhatIf
Assert-Equal 1000 (Get-ContactSyncConfig "$p-A").IncrementalCap '-WhatIf did not update'
$err = $null
Set-ContactSyncConfig -PlanName "$p-A" -Frequency '00:02:00' -Direction Bidirectional -ConflictWinner Google -WhatIf -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncInvalidArgument,ContactSync.PowerShell.Cmdlets.SetContactSyncConfigCommand' $err[0].FullyQualifiedErrorId '-WhatIf validated on the server'
Assert-True ("$($err[0])" -like '-Frequency: *') "the violation shows: $($err[0])"
Assert-Equal 'Crm' "$((Get-ContactSyncConfig "$p-A").ConflictWinner)" '-WhatIf with a violation changed nothing'
$err = $null
Set-ContactSyncConfig -Name "$p-new" -Direction Bidirectional -WhatIf @common -ErrorAction SilentlyContinue -ErrorVariable err
Assert-True ("$($err[0])" -like '-ConflictWinner: *') "-WhatIf of a new invalid plan shows its violation: $($err[0])"
Assert-True (-not (Get-ContactSyncConfig "$p-new*")) 'nothing created'
Get-ContactSyncConfig "$p-*" | Remove-ContactSyncConfig -WhatIf
Assert-Equal 3 @(Get-ContactSyncConfig "$p-*").Count '-WhatIf did not remove'
Write-Check 'whatif'

# Deleting plans and revoking keys ask first (ConfirmImpact High): without -Confirm:$false a non-interactive session refuses.
foreach ($name in 'Remove-ContactSyncConfig', 'Revoke-ContactSyncApiKey') {
    $attribute = (Get-Command $name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
    Assert-Equal 'High' "$($attribute.ConfirmImpact)" "$name confirms by default"
}
$refused = Get-TerminatingError { Remove-ContactSyncConfig -PlanName "$p-B" -ErrorAction Stop }
Assert-True ("$refused" -match 'NonInteractive|confirm') "asked for confirmation: $refused"
Assert-Equal 1 @(Get-ContactSyncConfig "$p-B").Count 'not removed without confirmation'
Write-Check 'confirm'

# One name for a plan everywhere (-PlanName, -Name kept as an alias), and plan names complete on it.
foreach ($name in 'Get-ContactSyncConfig', 'Set-ContactSyncConfig', 'Remove-ContactSyncConfig', 'Start-ContactSync', 'Stop-ContactSync',
        'Get-ContactSyncStatus', 'Get-ContactSyncRun', 'Get-ContactSyncRunError') {
    $parameter = (Get-Command $name).Parameters['PlanName']
    Assert-True ($null -ne $parameter) "$name has -PlanName"
    Assert-True ($parameter.Aliases -contains 'Name') "$name keeps -Name"
    $line = "$name -PlanName $p-"
    $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
    Assert-Equal "$p-A,$p-B,$p-C" (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') "$name completes plan names"
}
$line = "Start-ContactSync $p-"
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-Equal 3 $completion.CompletionMatches.Count 'positional plan names complete'
Assert-True ($completion.CompletionMatches[0].ToolTip -like "*pln_*") "the plan id in the tooltip: $($completion.CompletionMatches[0].ToolTip)"
Set-ContactSyncConfig -Name "$p-with space" -Direction CrmToGoogle @common
$line = "Get-ContactSyncStatus $p-with"
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-Equal "'$p-with space'" (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'a name with a space is quoted'
Remove-ContactSyncConfig "$p-with space" -Confirm:$false
$err = $null
$null = Get-ContactSyncConfig "$p-AA" -ErrorAction SilentlyContinue -ErrorVariable err
Assert-True ("$($err[0])" -like "No sync plan named '$p-AA'. Did you mean '$p-A'*") "plan suggestion: $($err[0])"
Write-Check 'plan names'

# Table views render with their headers.
$table = Get-ContactSyncConfig "$p-*" | Out-String -Width 200
Assert-True ($table -match 'Name\s+Direction\s+Winner\s+Frequency\s+Enabled') "table view headers: $table"
Assert-True ($table -match 'Manual') 'manual frequency shown as Manual'
Write-Check 'format'

# Remove through the pipeline; a stale version is refused.
$stale = Get-ContactSyncConfig "$p-C"
Set-ContactSyncConfig -Name "$p-C" -IncrementalCap 42
$err = $null
$stale | Remove-ContactSyncConfig -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncConflict,ContactSync.PowerShell.Cmdlets.RemoveContactSyncConfigCommand' $err[0].FullyQualifiedErrorId 'stale delete refused'
$removed = @(Get-ContactSyncConfig "$p-*" | Remove-ContactSyncConfig -Confirm:$false -PassThru)
Assert-Equal 3 $removed.Count 'three removed'
Assert-True (-not (Get-ContactSyncConfig "$p-*")) 'nothing left'
Write-Check 'remove'

Disconnect-ContactSync
$notConnected = Get-TerminatingError { Get-ContactSyncConfig }
Assert-Equal 'ContactSyncNotConnected,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand' $notConnected.FullyQualifiedErrorId 'disconnected'
Write-Check 'disconnect'

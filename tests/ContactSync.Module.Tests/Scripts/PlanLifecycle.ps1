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
foreach ($field in 'plan.crm_user_id', 'plan.conflict_winner', 'plan.interval', 'plan.crm_view_id', 'plan.google_group') {
    Assert-True ("$err" -like "*$field*") "the message names $field"
}
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

# -WhatIf changes nothing.
Set-ContactSyncConfig -Name "$p-whatif" -Direction CrmToGoogle -WhatIf @common
Assert-True (-not (Get-ContactSyncConfig "$p-whatif*")) '-WhatIf did not create'
Set-ContactSyncConfig -Name "$p-A" -IncrementalCap 5 -WhatIf
Assert-Equal 1000 (Get-ContactSyncConfig "$p-A").IncrementalCap '-WhatIf did not update'
Get-ContactSyncConfig "$p-*" | Remove-ContactSyncConfig -WhatIf
Assert-Equal 3 @(Get-ContactSyncConfig "$p-*").Count '-WhatIf did not remove'
Write-Check 'whatif'

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

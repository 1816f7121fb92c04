# Runs against the scripted fake server: progress records and result, -NoWait + Wait-ContactSync, -WhatIf as a
# dry run, stop (what Ctrl+C does) with and without -CancelOnStop, Stop-ContactSync, status, history, errors, pickers.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
$server = $env:CONTACTSYNC_SERVER
Connect-ContactSync -Server $server -ApiKey fake-key

# A child PowerShell in this process captures the progress stream, which a script cannot redirect.
function Invoke-Child([string] $Script) {
    $ps = [powershell]::Create()
    $null = $ps.AddScript("Import-Module '$env:CONTACTSYNC_MODULE'; Connect-ContactSync -Server '$server' -ApiKey fake-key; $Script")
    $output = $ps.Invoke()
    [pscustomobject]@{ Output = $output; Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error) }
}

$r = Invoke-Child "Start-ContactSync 'Fake plan'"
Assert-Equal 0 $r.Errors.Count "no errors: $($r.Errors)"
Assert-Equal 1 $r.Output.Count 'one result'
$run = $r.Output[0]
Assert-Equal 'Succeeded' "$($run.Outcome)" 'outcome'
Assert-Equal 3 $run.Google.Created 'google created'
Assert-Equal 1 $run.Crm.Updated 'crm updated'
$processing = @($r.Progress | Where-Object RecordType -eq 'Processing')
Assert-Equal 5 $processing.Count 'one progress record per progress event'
Assert-Equal 'Reading Zoho CRM: 0 of 4 contacts; CRM +0 ~0 -0 !0; Google +0 ~0 -0 !0; 0 conflicts, 0 errors' $processing[0].StatusDescription 'status line'
Assert-Equal '0,25,50,75,100' (($processing | ForEach-Object PercentComplete) -join ',') 'percent from processed/total'
Assert-Equal 'step 2' $processing[2].CurrentOperation 'server message as current operation'
Assert-Equal 'Completed' "$($r.Progress[-1].RecordType)" 'the bar is completed'
Assert-Equal 1 (@($r.Progress | ForEach-Object ActivityId | Select-Object -Unique)).Count 'one bar'
Write-Check 'progress and result'

$r = Invoke-Child "Start-ContactSync 'Fake plan' -Full -WhatIf"
$dry = $r.Output[0]
Assert-True $dry.DryRun 'WhatIf ran a dry run'
Assert-Equal 2 $dry.PlannedChanges.Count 'planned changes returned'
Assert-Equal 'Create' "$($dry.PlannedChanges[0].Action)" 'planned action'
Write-Check 'whatif dry run'

$started = Start-ContactSync 'Fake plan' -NoWait
Assert-True ($started.Id -like 'run-fast-*') "NoWait returns the run at once: $($started.Id)"
$r = Invoke-Child "'$($started.Id)' | Wait-ContactSync"
Assert-Equal 'Succeeded' "$($r.Output[0].Outcome)" 'Wait-ContactSync returns the result'
Assert-Equal $started.Id $r.Output[0].Id 'the same run'
Assert-True ($r.Progress.Count -ge 5) 'Wait-ContactSync shows progress'
$err = $null
Wait-ContactSync -RunId 'run-unknown' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncRunNotFound,ContactSync.PowerShell.Cmdlets.WaitContactSyncCommand' $err[0].FullyQualifiedErrorId 'unknown run'
Write-Check 'nowait and wait'

# Stop = what Ctrl+C does: StopProcessing on the running pipeline.
function Stop-While-Running([string] $Command) {
    $ps = [powershell]::Create()
    $null = $ps.AddScript("Import-Module '$env:CONTACTSYNC_MODULE'; Connect-ContactSync -Server '$server' -ApiKey fake-key; $Command")
    $async = $ps.BeginInvoke()
    $deadline = [DateTime]::UtcNow.AddSeconds(20)
    while ($ps.Streams.Progress.Count -lt 2 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
    Assert-True ($ps.Streams.Progress.Count -ge 2) 'the slow run streamed progress'
    $ps.Stop()
    Assert-Equal 'Stopped' "$($ps.InvocationStateInfo.State)" 'the pipeline stopped'
    $ps.Dispose()
}
Stop-While-Running "Start-ContactSync 'Slow plan'"
Write-Output "STOPPED-WITHOUT-CANCEL"
Stop-While-Running "Start-ContactSync 'Slow plan' -CancelOnStop"
Write-Output "STOPPED-WITH-CANCEL"
Write-Check 'stop'

$cancelled = Stop-ContactSync -RunId 'run-slow' -Confirm:$false -PassThru
Assert-Equal 'run-slow' $cancelled.Id 'Stop-ContactSync by id'
$err = $null
Stop-ContactSync -Name 'Fake plan' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncNoCurrentRun,ContactSync.PowerShell.Cmdlets.StopContactSyncCommand' $err[0].FullyQualifiedErrorId 'no current run'
Write-Check 'stop-contactsync'

$status = @(Get-ContactSyncStatus)
Assert-Equal 2 $status.Count 'status of every plan'
$fake = Get-ContactSyncStatus 'Fake*'
Assert-Equal 'Succeeded' "$($fake.LastRun.Outcome)" 'last run in the status'
Assert-Equal ([TimeSpan]::FromSeconds(3)) $fake.LastRun.Duration 'run duration'
$err = $null
Get-ContactSyncStatus 'Nope' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncConfigNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncStatusCommand' $err[0].FullyQualifiedErrorId 'status of an unknown plan'
$table = Get-ContactSyncStatus | Out-String -Width 200
Assert-True ($table -match 'Plan\s+LastOutcome\s+LastRunEnd\s+Running') "status table: $table"
$runs = @(Get-ContactSyncConfig 'Fake plan' | Get-ContactSyncRun)
Assert-Equal 2 $runs.Count 'run history'
$errors = @($runs[0] | Get-ContactSyncRunError)
Assert-Equal 'MANDATORY_NOT_FOUND' $errors[0].Code 'run errors'
Assert-Equal 'run-fast-2' $errors[0].RunId 'errors of the piped run'
Write-Check 'status, runs, errors'

$views = @(Get-ContactSyncCrmView '*customers*')
Assert-Equal '200' $views[0].Id 'crm view picker filters by name'
Assert-Equal 'contactGroups/a' (Get-ContactSyncGoogleGroup).ResourceName 'google group picker'
$completion = TabExpansion2 -inputScript 'Set-ContactSyncConfig -CrmView ' -cursorColumn 'Set-ContactSyncConfig -CrmView '.Length
Assert-Equal '100,200' (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'CrmView completer'
$completion = TabExpansion2 -inputScript 'Set-ContactSyncConfig -GoogleGroup sal' -cursorColumn 'Set-ContactSyncConfig -GoogleGroup sal'.Length
Assert-Equal 'contactGroups/a' (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'GoogleGroup completer matches the name'
Write-Check 'pickers'

# Stopping runs that are surely still going (each run's second batch of Google creates is held until cancelled):
# Stop-ContactSync, and Ctrl+C (a stopped pipeline) with and without -CancelOnStop.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer
Set-EmulatorConnection
Set-ContactSyncConfig -Name 'Slow' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction CrmToGoogle -CrmView $env:EXPECT_VIEW_ID -GoogleGroup $env:EXPECT_GROUP

$err = $null
Stop-ContactSync -Name 'Slow' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncNoCurrentRun,ContactSync.PowerShell.Cmdlets.StopContactSyncCommand' $err[0].FullyQualifiedErrorId 'nothing to stop yet'

Set-GoogleCreatesHeldAfterTheFirst
$started = Start-ContactSync 'Slow' -NoWait
$null = Wait-LiveStatus 'Slow' { param($s) $null -ne $s.CurrentRun -and $s.CurrentRun.Processed -gt 0 }
$asked = $started | Stop-ContactSync -Confirm:$false -PassThru
Assert-Equal $started.Id $asked.Id 'Stop-ContactSync cancels the piped run'
$ended = $started | Wait-ContactSync
Assert-Equal 'Cancelled' "$($ended.Outcome)" "Stop-ContactSync cancelled the run: $($ended.Message)"
Assert-True ($ended.Google.Created -lt [int]$env:EXPECT_TO_GOOGLE) "stopped part way: $($ended.Google.Created) created"
Write-Check 'stop-contactsync'

Set-GoogleCreatesHeldAfterTheFirst
Stop-LiveChildWhileRunning "Start-ContactSync 'Slow'"
$status = Get-ContactSyncStatus 'Slow'
Assert-True ($null -ne $status.CurrentRun) 'without -CancelOnStop the run goes on after Ctrl+C'
Stop-ContactSync -Name 'Slow' -Confirm:$false
$status = Wait-LiveStatus 'Slow' { param($s) $null -eq $s.CurrentRun }
Assert-Equal 'Cancelled' "$($status.LastRun.Outcome)" 'Stop-ContactSync -Name cancelled the current run'
Write-Check 'ctrl+c without cancel'

Set-GoogleCreatesHeldAfterTheFirst
Stop-LiveChildWhileRunning "Start-ContactSync 'Slow' -CancelOnStop"
$status = Wait-LiveStatus 'Slow' { param($s) $null -eq $s.CurrentRun } -Seconds 10
Assert-Equal 'Cancelled' "$($status.LastRun.Outcome)" 'Ctrl+C with -CancelOnStop cancelled the run'
Assert-Equal 3 @(Get-ContactSyncRun 'Slow' | Where-Object { "$($_.Outcome)" -eq 'Cancelled' }).Count 'three cancelled runs in the history'
Write-Check 'ctrl+c with cancel'

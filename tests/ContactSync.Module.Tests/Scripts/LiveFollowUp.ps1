# After LiveRun.ps1 and a Google contact the CRM refuses: -NoWait, Wait-ContactSync, run errors in status and history.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer

$watch = [Diagnostics.Stopwatch]::StartNew()
$started = Start-ContactSync 'Live' -NoWait
Assert-True ($started.Id -ne '') 'NoWait returns the run'
Assert-Equal (Get-ContactSyncConfig 'Live').Id $started.PlanId 'of the plan'
$r = Invoke-LiveChild "'$($started.Id)' | Wait-ContactSync"
Assert-Equal 0 $r.Errors.Count "no errors: $($r.Errors)"
$done = $r.Output[0]
Assert-Equal $started.Id $done.Id 'Wait-ContactSync returns the same run'
Assert-Equal 'PartiallySucceeded' "$($done.Outcome)" 'the refused contact makes it partial'
Assert-Equal 1 $done.Errors 'one error'
Assert-True ($null -ne $done.EndTime) 'ended'
$replay = $started | Wait-ContactSync
Assert-Equal $done.Id $replay.Id 'waiting for an ended run returns it at once'
$err = $null
Wait-ContactSync -RunId 'no-such-run' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncRunNotFound,ContactSync.PowerShell.Cmdlets.WaitContactSyncCommand' $err[0].FullyQualifiedErrorId 'unknown run'
Write-Check 'nowait and wait'

$errors = @($done | Get-ContactSyncRunError)
Assert-Equal 1 $errors.Count 'one run error'
Assert-Equal 'Crm' "$($errors[0].Side)" 'the CRM refused it'
Assert-Equal 'too.long@example.com' $errors[0].Email 'the refused contact'
Assert-True ($errors[0].Code -ne '') 'an error code'
Assert-Equal $done.Id $errors[0].RunId 'errors of the piped run'
$status = Get-ContactSyncStatus 'Live'
Assert-Equal 1 $status.FailingRecords 'one failing record'
Assert-Equal 'PartiallySucceeded' "$($status.LastRun.Outcome)" 'status outcome'
$planErrors = @(Get-ContactSyncRunError -PlanName 'Live')
Assert-True ($planErrors.Email -contains 'too.long@example.com') 'errors by plan'
Write-Check 'run errors'

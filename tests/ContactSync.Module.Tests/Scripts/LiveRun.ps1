# After LiveSetup.ps1: the real sync with a progress bar and a result, then status and history.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer

$r = Invoke-LiveChild "Start-ContactSync 'Live'"
Assert-Equal 0 $r.Errors.Count "no errors: $($r.Errors)"
Assert-Equal 1 $r.Output.Count 'one result'
$run = $r.Output[0]
Assert-Equal 'ContactSync.Client.Models.SyncRunInfo' $run.GetType().FullName 'a run record'
Assert-Equal 'Succeeded' "$($run.Outcome)" "outcome: $($run.Message)"
Assert-True (-not $run.DryRun) 'a real run'
Assert-Equal ([int]$env:EXPECT_TO_GOOGLE) $run.Google.Created 'created in Google'
Assert-Equal ([int]$env:EXPECT_TO_CRM) $run.Crm.Created 'created in the CRM'
Assert-True ($run.ApiUsage.CrmCalls -gt 0 -and $run.ApiUsage.GoogleCalls -gt 0) 'API calls counted'
$processing = @($r.Progress | Where-Object RecordType -eq 'Processing')
Assert-True ($processing.Count -ge 1) 'progress records while running'
Assert-True (@($processing | Where-Object { $_.StatusDescription -match 'CRM \+\d+ ~\d+ -\d+ !\d+; Google \+\d+' }).Count -ge 1) "status lines with counts: $($processing[0].StatusDescription)"
Assert-Equal "ContactSync 'Live'" $processing[0].Activity 'activity names the plan'
Assert-Equal 'Completed' "$($r.Progress[-1].RecordType)" 'the bar is completed'
Assert-Equal 1 (@($r.Progress | ForEach-Object ActivityId | Select-Object -Unique)).Count 'one bar'
$percents = @($processing | ForEach-Object PercentComplete | Where-Object { $_ -ge 0 })
Assert-True (($percents -join ',') -eq (($percents | Sort-Object) -join ',')) "percent never goes back: $($percents -join ',')"
Write-Check 'run with progress'

$status = Get-ContactSyncStatus 'Live'
Assert-Equal $run.Id $status.LastRun.Id 'status shows the run'
Assert-Equal 'Succeeded' "$($status.LastRun.Outcome)" 'status outcome'
Assert-Equal ([int]$env:EXPECT_TO_GOOGLE + [int]$env:EXPECT_TO_CRM) $status.LinkedContacts 'linked contacts'
Assert-Equal 0 $status.FailingRecords 'nothing failing'
Assert-True ($null -eq $status.CurrentRun) 'nothing running'
$table = Get-ContactSyncStatus | Out-String -Width 200
Assert-True ($table -match 'Live\s+Succeeded') "status table: $table"
$runs = @(Get-ContactSyncConfig 'Live' | Get-ContactSyncRun)
Assert-True ($runs.Id -contains $run.Id) 'history has the run'
Assert-Equal 2 @($runs | Where-Object DryRun).Count 'history has the two dry runs'
Assert-Equal 0 @($run | Get-ContactSyncRunError).Count 'no run errors'
Write-Check 'status and history'

$again = Start-ContactSync 'Live'
Assert-Equal 'Succeeded' "$($again.Outcome)" 'a second run'
Assert-Equal 0 ($again.Google.Created + $again.Crm.Created + $again.Google.Updated + $again.Crm.Updated) 'nothing left to do'
Write-Check 'incremental'

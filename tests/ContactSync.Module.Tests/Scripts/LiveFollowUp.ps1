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
$table = $errors | Out-String -Width 250
Assert-True ($table -match 'Crm\s+DUPLICATE_DATA\s+too\.long@example\.com\s+field Email; duplicate of \d+') "the CRM refusal names the field and the existing record: $table"
Assert-Equal '' $errors[0].RecordId 'no CRM record exists for the refused create'
Assert-True ($errors[0].Message -match 'Google contact people/') "the message names the Google contact it came from: $($errors[0].Message)"
Write-Check 'run errors'

# Run errors show what the service named (field, expected type, duplicate), and nested values read as text.
# The client's types load in the module's own context, where a type literal does not reach: take the type from an error.
$errorType = $errors[0].GetType()
$detailed = [System.Management.Automation.LanguagePrimitives]::ConvertTo(@{ Side = 'Crm'; Code = 'INVALID_DATA'; RecordId = '5725767000001234567'; Email = 'a@example.com'; Field = 'Date_of_Birth'; ExpectedType = 'date'; Message = 'invalid data' }, $errorType)
$duplicate = [System.Management.Automation.LanguagePrimitives]::ConvertTo(@{ Side = 'Crm'; Code = 'DUPLICATE_DATA'; RecordId = 'people/c42'; Email = 'b@example.com'; Field = 'Email'; DuplicateRecordId = '5725767000000999'; DuplicateOwner = 'Jonas Müller'; Message = 'duplicate data' }, $errorType)
$shown = $detailed, $duplicate | Out-String -Width 250
Assert-True ($shown -match 'INVALID_DATA\s+a@example\.com\s+5725767000001234567\s+field Date_of_Birth \(date\)') "field and expected type: $shown"
Assert-True ($shown -match 'DUPLICATE_DATA\s+b@example\.com\s+Google people/c42\s+field Email; duplicate of 5725767000000999 owned by Jonas Müller') "duplicate: $shown"
$list = @((Get-ContactSyncStatus 'Live' | Format-List | Out-String -Width 250), ($done | Format-List | Out-String -Width 250), (Get-ContactSyncConfig 'Live' | Format-List | Out-String -Width 250)) -join "`n"
Assert-True ($list -notmatch '\w+Info \{|\{ \w+ = ') "no record syntax in list output: $list"
Assert-True ($list -match 'ApiUsage\s+: Zoho \d+, Google \d+ calls') "API usage as text: $list"
Assert-True ($list -match 'Email <-> emailAddresses\[type=work\]') "field map as text: $list"
Write-Check 'readable output'

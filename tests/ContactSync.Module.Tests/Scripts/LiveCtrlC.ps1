# Started by PwshLiveStopTests, which sends SIGINT (Ctrl+C) to this pwsh while the slow run streams progress.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer
Set-EmulatorConnection
Set-ContactSyncConfig -Name 'Slow' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction CrmToGoogle -CrmView $env:EXPECT_VIEW_ID -GoogleGroup $env:EXPECT_GROUP
"READY $PID"
Start-ContactSync 'Slow' -CancelOnStop
'NOT STOPPED'

# Started by PwshLiveStopTests, which sends SIGINT (Ctrl+C) to this pwsh while the slow run streams progress; without
# -CancelOnStop the run goes on and Start-ContactSync says which run it is and how to follow or cancel it.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer
Set-EmulatorConnection
Set-ContactSyncConfig -PlanName 'Slow' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction CrmToGoogle -CrmView $env:EXPECT_VIEW_ID -GoogleGroup $env:EXPECT_GROUP
"READY $PID"
Start-ContactSync 'Slow'
'NOT STOPPED'

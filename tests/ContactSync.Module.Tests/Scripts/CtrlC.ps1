# Started by PwshCtrlCTests, which sends SIGINT (Ctrl+C) to this pwsh once the run streams progress.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-ContactSync -Server $env:CONTACTSYNC_SERVER -ApiKey fake-key
"READY $PID"
Start-ContactSync 'Slow plan' -CancelOnStop
'NOT STOPPED'

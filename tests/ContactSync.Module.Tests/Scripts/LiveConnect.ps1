# Stores the emulators' credentials on the server with Set-ContactSyncConnection, as an admin does once.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer
Set-EmulatorConnection
Write-Check 'connections stored'

# Shared by the test scripts: tiny assertions that throw, so a failed check fails the script (exit 1).
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

function Assert-True([bool] $Condition, [string] $Message) {
    if (-not $Condition) { throw "ASSERT FAILED: $Message" }
}

function Assert-Equal($Expected, $Actual, [string] $Message) {
    if ($Expected -ne $Actual) { throw "ASSERT FAILED: $Message (expected '$Expected', got '$Actual')" }
}

# Runs a script block that must fail with a terminating error; returns the ErrorRecord.
function Get-TerminatingError([scriptblock] $Script) {
    try { & $Script } catch { return $_ }
    throw "ASSERT FAILED: expected a terminating error from { $Script }"
}

function Write-Check([string] $Name) { Write-Output "CHECK OK: $Name" }

Import-Module $env:CONTACTSYNC_MODULE

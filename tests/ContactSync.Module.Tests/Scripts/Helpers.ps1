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

# --- Against the real server and the emulators (LiveEnvironment's variables) ---

function Connect-LiveServer { Connect-ContactSync -Server $env:CONTACTSYNC_SERVER -ApiKey $env:CONTACTSYNC_KEY }

# Stores the emulators' credentials on the server, as an admin stores the real ones.
function Set-EmulatorConnection {
    Set-ContactSyncConnection -Zoho -DataCenter eu -AccountsUrl $env:EMU_URL -ApiUrl $env:EMU_URL `
        -ClientId $env:EMU_ZOHO_CLIENT_ID -ClientSecret $env:EMU_ZOHO_CLIENT_SECRET -RefreshToken $env:EMU_ZOHO_REFRESH_TOKEN
    Set-ContactSyncConnection -Google -ServiceAccountKeyPath $env:EMU_GOOGLE_KEY_FILE -ImpersonatedUser $env:EMU_GOOGLE_USER `
        -TokenUrl $env:EMU_GOOGLE_TOKEN_URL -ApiUrl $env:EMU_URL
}

# Runs a script in a child PowerShell of this process, connected to the live server, and returns its output and its
# progress and error streams (a script cannot redirect the progress stream of its own commands).
function Invoke-LiveChild([string] $Script) {
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddScript("Import-Module '$env:CONTACTSYNC_MODULE'; Connect-ContactSync -Server '$env:CONTACTSYNC_SERVER' -ApiKey '$env:CONTACTSYNC_KEY'; $Script")
        $output = $ps.Invoke()
        [pscustomobject]@{ Output = @($output); Progress = @($ps.Streams.Progress); Errors = @($ps.Streams.Error) }
    }
    finally { $ps.Dispose() }
}

# Starts a command in a child PowerShell, waits until it shows run progress, then stops it as Ctrl+C does.
function Stop-LiveChildWhileRunning([string] $Script) {
    $ps = [powershell]::Create()
    try {
        $null = $ps.AddScript("Import-Module '$env:CONTACTSYNC_MODULE'; Connect-ContactSync -Server '$env:CONTACTSYNC_SERVER' -ApiKey '$env:CONTACTSYNC_KEY'; $Script")
        $null = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while (@($ps.Streams.Progress | Where-Object RecordType -eq 'Processing').Count -lt 2 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        # No message may expand $ps.Streams before the pipeline ends: enumerating an open stream waits for its end.
        Assert-True (@($ps.Streams.Progress | Where-Object RecordType -eq 'Processing').Count -ge 2) 'the run streamed progress'
        $ps.Stop()
        Assert-Equal 'Stopped' "$($ps.InvocationStateInfo.State)" "the pipeline stopped (errors: $($ps.Streams.Error))"
    }
    finally { $ps.Dispose() }
}

# Lets the next run's first batch of Google creates through and holds every later one until the client gives up (the
# emulator's fault surface), so the run is surely still going when the test stops it.
function Set-GoogleCreatesHeldAfterTheFirst {
    $faults = $env:EMU_URL.TrimEnd('/') + '/_emulator/faults'
    $null = Invoke-RestMethod -Method Delete -Uri $faults
    $rule = @{ service = 'google'; kind = 'latency'; latencyMs = 600000; endpoint = 'POST /v1/people:batchCreateContacts'; skip = 1 } | ConvertTo-Json
    $null = Invoke-RestMethod -Method Post -Uri $faults -Body $rule -ContentType 'application/json'
}

# Polls the plan's status until the script block is true of it.
function Wait-LiveStatus([string] $Plan, [scriptblock] $Condition, [int] $Seconds = 30) {
    $deadline = [DateTime]::UtcNow.AddSeconds($Seconds)
    do {
        $status = Get-ContactSyncStatus $Plan
        if (& $Condition $status) { return $status }
        Start-Sleep -Milliseconds 100
    } while ([DateTime]::UtcNow -lt $deadline)
    throw "ASSERT FAILED: plan '$Plan' status did not reach { $Condition }: $($status | Out-String)"
}

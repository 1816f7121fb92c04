<#
.SYNOPSIS
    What an admin writes: connect, check the connections, configure a plan, preview it, run it with a progress bar,
    check the status.
.DESCRIPTION
    The Zoho CRM and Google credentials are stored on the server once, beforehand, with Set-ContactSyncConnection
    (see Get-Help Set-ContactSyncConnection -Examples). The server and the admin key default to $env:CONTACTSYNC_SERVER
    (else http://127.0.0.1:5181, the server's gRPC-Web port) and $env:CONTACTSYNC_API_KEY. The module is the installed
    ContactSync module, else the one the build lays out in artifacts/module/ContactSync of this repository.
.EXAMPLE
    dotnet pwsh module/examples/admin-example.ps1 -CrmUser 5725767000000411001
#>
param(
    # The ContactSync server: over http:// its gRPC-Web port (5181 by default), or its https:// address.
    [Uri] $Server = $(if ($env:CONTACTSYNC_SERVER) { $env:CONTACTSYNC_SERVER } else { 'http://127.0.0.1:5181' }),
    # An admin API key.
    [string] $ApiKey = $env:CONTACTSYNC_API_KEY,
    # The Zoho CRM user the plan acts for (5725767000000411001 is the bundled emulators' administrator).
    [Parameter(Mandatory)] [string] $CrmUser,
    # The CRM list view whose contacts are synced, by name or id.
    [string] $CrmView = 'All Contacts',
    # The Google contact group they are synced with, by name or resource name.
    [string] $GoogleGroup = 'ContactSync',
    # The plan's name.
    [string] $PlanName = 'Sales team',
    # The module to import: its name or the path of ContactSync.psd1 (default: installed, else this repository's build).
    [string] $Module = $(if (Get-Module -ListAvailable ContactSync) { 'ContactSync' } else { Join-Path $PSScriptRoot '../../artifacts/module/ContactSync/ContactSync.psd1' })
)
$ErrorActionPreference = 'Stop'
if (-not $ApiKey) { throw 'Give the admin API key with -ApiKey or $env:CONTACTSYNC_API_KEY.' }
if ($Module -like '*.psd1' -and -not (Test-Path $Module)) { throw "No module at ${Module}; build it first (dotnet build, or dotnet cake --target=Assemble-Module)." }
Import-Module $Module

# 1. Connect once; every ContactSync cmdlet below uses this connection.
Connect-ContactSync -Server $Server -ApiKey $ApiKey

# 2. Check that the server can reach Zoho CRM and Google with the stored credentials.
$failed = Test-ContactSyncConnection | Where-Object { -not $_.Ok }
if ($failed) { throw "Connection check failed: $($failed | ForEach-Object { "$($_.Kind): $($_.Message)" })" }

# 3. The scope, by name: the CRM list view and the Google contact group (a typo fails with the closest names).
$view = Get-ContactSyncCrmView -Name $CrmView -CrmUser $CrmUser
$group = Get-ContactSyncGoogleGroup -Name $GoogleGroup
"Syncing CRM view '$($view.Name)' with Google group '$($group.Name)'"

# 4. Create or update the plan: both ways, the CRM wins conflicts, every 30 minutes (-Enabled; the scheduler's first run is
#    30 minutes after the plan is saved), the default field map plus one custom field. -CrmView and -GoogleGroup take
#    names or ids (and tab-complete the names).
$fieldMap = @(Get-ContactSyncField -Default) + [pscustomobject]@{ CrmField = 'Customer_Tier'; GoogleField = 'userDefined[Customer tier]' }
$plan = Set-ContactSyncConfig -PlanName $PlanName -CrmUser $CrmUser -Direction Bidirectional -ConflictWinner Crm `
    -Frequency (New-TimeSpan -Minutes 30) -Enabled -CrmView $CrmView -GoogleGroup $GoogleGroup -FieldMap $fieldMap `
    -DeletePolicy Keep -InitialCap 10000 -IncrementalCap 500 -PassThru
$plan | Format-Table

# 5. Preview: -WhatIf runs a dry run and returns what a full sync would change, writing nothing.
$preview = Start-ContactSync -PlanName $PlanName -Full -WhatIf
$preview.PlannedChanges | Group-Object Action, Target -NoElement | Format-Table Count, Name

# 6. Sync for real with a progress bar; the result has the counts per side.
$run = Start-ContactSync -PlanName $PlanName
$run | Format-List Outcome, Crm, Google, Conflicts, Errors, Backlog, Duration, Message
if ($run.Errors -gt 0) {
    $run | Get-ContactSyncRunError | Format-Table Side, Code, Email, RecordId, Field, Message
}

# 7. Status: last run, next scheduled run, backlog and failing records of every plan.
Get-ContactSyncStatus | Format-Table

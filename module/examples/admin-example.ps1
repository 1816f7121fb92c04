<#
.SYNOPSIS
    What an admin writes: connect, check the connections, configure a plan, preview it, run it with a progress bar,
    check the status.
.DESCRIPTION
    The Zoho CRM and Google credentials are stored on the server once, beforehand, with Set-ContactSyncConnection
    (see Get-Help Set-ContactSyncConnection -Examples).
.EXAMPLE
    ./admin-example.ps1 -Server http://127.0.0.1:5181 -ApiKey $env:CONTACTSYNC_API_KEY -CrmUser 4150868000000225013
#>
param(
    # The ContactSync server (http:// speaks gRPC-Web, https:// HTTP/2).
    [Uri] $Server = 'http://127.0.0.1:5181',
    # An admin API key.
    [string] $ApiKey = $env:CONTACTSYNC_API_KEY,
    # The Zoho CRM user the plan acts for.
    [Parameter(Mandatory)] [string] $CrmUser,
    # The CRM list view whose contacts are synced.
    [string] $CrmView = 'All Contacts',
    # The Google contact group they are synced with.
    [string] $GoogleGroup = 'ContactSync',
    # The plan's name.
    [string] $PlanName = 'Sales team',
    # The module to import: its name when installed, or the path of ContactSync.psd1.
    [string] $Module = 'ContactSync'
)
$ErrorActionPreference = 'Stop'
Import-Module $Module

# 1. Connect once; every ContactSync cmdlet below uses this connection.
Connect-ContactSync -Server $Server -ApiKey $ApiKey

# 2. Check that the server can reach Zoho CRM and Google with the stored credentials.
$failed = Test-ContactSyncConnection | Where-Object { -not $_.Ok }
if ($failed) { throw "Connection check failed: $($failed | ForEach-Object { "$($_.Kind): $($_.Message)" })" }

# 3. Pick the scope by name: the CRM list view and the Google contact group (both also tab-complete on Set-ContactSyncConfig).
$view = Get-ContactSyncCrmView -Name $CrmView -CrmUser $CrmUser
$group = Get-ContactSyncGoogleGroup -Name $GoogleGroup
if (-not $view -or -not $group) { throw "No CRM view '$CrmView' or no Google group '$GoogleGroup'." }
"Syncing CRM view '$($view.Name)' with Google group '$($group.Name)'"

# 4. Create or update the plan: both ways, the CRM wins conflicts, every 30 minutes (-Enabled; the scheduler's first run is
#    30 minutes after the plan is saved), the default field map plus one custom field.
$fieldMap = @(Get-ContactSyncField -Default) + [pscustomobject]@{ CrmField = 'Customer_Tier'; GoogleField = 'userDefined[Customer tier]' }
$plan = Set-ContactSyncConfig -Name $PlanName -CrmUser $CrmUser -Direction Bidirectional -ConflictWinner Crm `
    -Frequency (New-TimeSpan -Minutes 30) -Enabled -CrmView $view.Id -GoogleGroup $group.ResourceName -FieldMap $fieldMap `
    -DeletePolicy Keep -InitialCap 10000 -IncrementalCap 500 -PassThru
$plan | Format-Table

# 5. Preview: -WhatIf runs a dry run and returns what a full sync would change, writing nothing.
$preview = Start-ContactSync -Name $PlanName -Full -WhatIf
$preview.PlannedChanges | Group-Object Action, Target -NoElement | Format-Table Count, Name

# 6. Sync for real with a progress bar; the result has the counts per side.
$run = Start-ContactSync -Name $PlanName
$run | Format-List Outcome, Crm, Google, Conflicts, Errors, Backlog, Duration, Message
if ($run.Errors -gt 0) {
    $run | Get-ContactSyncRunError | Format-Table Side, Code, Email, Message
}

# 7. Status: last run, next scheduled run, backlog and failing records of every plan.
Get-ContactSyncStatus | Format-Table

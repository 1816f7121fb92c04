<#
.SYNOPSIS
    What an admin writes: connect, configure a plan, preview it, run it with a progress bar, check the status.
.EXAMPLE
    ./admin-example.ps1 -Server http://127.0.0.1:5080 -ApiKey $env:CONTACTSYNC_API_KEY -CrmUser 4150868000000225013
#>
param(
    # The ContactSync server (http:// speaks gRPC-Web, https:// HTTP/2).
    [Uri] $Server = 'http://127.0.0.1:5080',
    # An admin API key.
    [string] $ApiKey = $env:CONTACTSYNC_API_KEY,
    # The Zoho CRM user the plan acts for.
    [Parameter(Mandatory)] [string] $CrmUser,
    # The plan's name.
    [string] $PlanName = 'Sales team',
    # The module to import: its name when installed, or the path of ContactSync.psd1.
    [string] $Module = 'ContactSync'
)
$ErrorActionPreference = 'Stop'
Import-Module $Module

# 1. Connect once; every ContactSync cmdlet below uses this connection.
Connect-ContactSync -Server $Server -ApiKey $ApiKey

# 2. Pick the scope: the CRM list view and the Google contact group (both also tab-complete on Set-ContactSyncConfig).
$view = Get-ContactSyncCrmView -CrmUser $CrmUser | Where-Object IsDefault | Select-Object -First 1
$group = Get-ContactSyncGoogleGroup | Where-Object GroupType -eq 'USER_CONTACT_GROUP' | Select-Object -First 1
"Syncing CRM view '$($view.Name)' with Google group '$($group.Name)'"

# 3. Create or update the plan: both ways, the CRM wins conflicts, every 30 minutes, the default field map plus one custom field.
$fieldMap = @(Get-ContactSyncField -Default) + [pscustomobject]@{ CrmField = 'Customer_Tier'; GoogleField = 'userDefined[Customer tier]' }
$plan = Set-ContactSyncConfig -Name $PlanName -CrmUser $CrmUser -Direction Bidirectional -ConflictWinner Crm `
    -Frequency (New-TimeSpan -Minutes 30) -CrmView $view.Id -GoogleGroup $group.ResourceName -FieldMap $fieldMap `
    -DeletePolicy Keep -InitialCap 10000 -IncrementalCap 500 -PassThru
$plan | Format-Table

# 4. Preview: -WhatIf runs a dry run and returns what a full sync would change, writing nothing.
$preview = Start-ContactSync -Name $PlanName -Full -WhatIf
$preview.PlannedChanges | Group-Object Action, Target -NoElement | Format-Table Count, Name

# 5. Sync for real with a progress bar; the result has the counts per side.
$run = Start-ContactSync -Name $PlanName
$run | Format-List Outcome, Crm, Google, Conflicts, Errors, Backlog, Duration, Message
if ($run.Errors -gt 0) {
    $run | Get-ContactSyncRunError | Format-Table Side, Code, Email, Message
}

# 6. Status: last run, next scheduled run, backlog and failing records of every plan.
Get-ContactSyncStatus | Format-Table

# Against the real server and the emulators, before anything is synced: connections (with -WhatIf first), connection
# tests, the pickers and their completers, a plan built from the pickers, and a dry run (-WhatIf) that writes nothing.
. (Join-Path $PSScriptRoot 'Helpers.ps1')

# Transport mistakes: one sentence that names the right port or scheme, with the stable id ContactSyncWrongEndpoint.
$web = [Uri] $env:CONTACTSYNC_SERVER
$native = [Uri] $env:CONTACTSYNC_NATIVE_SERVER
$cases = @(
    @{ Server = $native; Transport = 'Auto'; Id = 'ContactSyncWrongEndpoint'; Says = "*native gRPC (HTTP/2) port*use the gRPC-Web port*5181*" }
    @{ Server = "https://$($web.Authority)"; Transport = 'Auto'; Id = 'ContactSyncWrongEndpoint'; Says = "*does not speak TLS*Use http:// and the gRPC-Web port*" }
    @{ Server = $web; Transport = 'Http2'; Id = 'ContactSyncInvalidConnectionArguments'; Says = "*-Transport Http2*needs an https:// address*-Transport GrpcWeb*5181*" }
    @{ Server = $env:EMU_URL; Transport = 'Auto'; Id = 'ContactSyncWrongEndpoint'; Says = "*answered HTTP 404: it is not a ContactSync server*5180*5181*" }
)
foreach ($case in $cases) {
    $wrong = Get-TerminatingError { Connect-ContactSync -Server $case.Server -ApiKey $env:CONTACTSYNC_KEY -Transport $case.Transport -TimeoutSec 20 }
    Assert-Equal "$($case.Id),ContactSync.PowerShell.Cmdlets.ConnectContactSyncCommand" $wrong.FullyQualifiedErrorId "id for $($case.Server) $($case.Transport)"
    Assert-True ("$wrong" -like $case.Says) "hint for $($case.Server) $($case.Transport): $wrong"
    Assert-Equal 1 @("$wrong" -split "`n").Count "one sentence, one line: $wrong"
}
Write-Check 'transport hints'

Connect-LiveServer

Set-ContactSyncConnection -Zoho -DataCenter eu -ClientId x -ClientSecret y -RefreshToken z -WhatIf
Assert-True (-not (Get-ContactSyncConnection | Where-Object Configured)) '-WhatIf stored no connection'
Set-EmulatorConnection
$connections = @(Get-ContactSyncConnection)
Assert-Equal 2 @($connections | Where-Object Configured).Count 'both connections stored'
$zoho = $connections | Where-Object Kind -eq 'Zoho'
Assert-Equal 'eu' $zoho.DataCenter 'zoho data centre'
Assert-Equal $env:EMU_ZOHO_CLIENT_ID $zoho.ClientId 'zoho client id shown'
$google = $connections | Where-Object Kind -eq 'Google'
Assert-Equal $env:EMU_GOOGLE_USER $google.ImpersonatedUser 'google impersonated user'
Assert-True ($google.ServiceAccountEmail -like '*@*.iam.gserviceaccount.com') "service account read from the key file: $($google.ServiceAccountEmail)"
$shown = $connections | Out-String -Width 400
Assert-True (-not $shown.Contains($env:EMU_ZOHO_CLIENT_SECRET)) 'no secret comes back'
Assert-True (-not $shown.Contains($env:EMU_ZOHO_REFRESH_TOKEN)) 'no refresh token comes back'
Write-Check 'connections'

$tests = @(Test-ContactSyncConnection)
Assert-Equal 'Zoho,Google' (($tests | ForEach-Object Kind) -join ',') 'both tested'
foreach ($t in $tests) { Assert-True $t.Ok "$($t.Kind) connection works: $($t.Message)" }
Write-Check 'test connection'

$views = @(Get-ContactSyncCrmView -CrmUser $env:CONTACTSYNC_CRM_USER)
Assert-True ($views.Count -ge 4) "the emulator's views: $($views.Name -join ', ')"
$all = Get-ContactSyncCrmView 'All Contacts' -CrmUser $env:CONTACTSYNC_CRM_USER
Assert-Equal $env:EXPECT_VIEW_ID $all.Id 'view id by name'
Assert-Equal 'Gold Customers' (Get-ContactSyncCrmView '*gold*' -CrmUser $env:CONTACTSYNC_CRM_USER).Name 'wildcard view name'
$groups = @(Get-ContactSyncGoogleGroup)
$group = Get-ContactSyncGoogleGroup 'ContactSync'
Assert-Equal $env:EXPECT_GROUP $group.ResourceName 'group resource name by name'
Assert-Equal 'USER_CONTACT_GROUP' $group.GroupType 'a user group'
Assert-True ($groups.Name -contains 'Family') "the other user group too: $($groups.Name -join ', ')"
$crmFields = @(Get-ContactSyncField -Side Crm)
Assert-True ($crmFields.ApiName -contains 'Email') 'CRM Email field'
Assert-True ((Get-ContactSyncField -Side Crm 'Customer_Tier').Custom) 'the custom field Customer_Tier'
Assert-True (@(Get-ContactSyncField -Side Google 'names*').Count -ge 1) 'Google name paths'
$defaults = @(Get-ContactSyncField -Default)
Assert-True (@($defaults | Where-Object CrmField -eq 'Email').Count -ge 1) "the default map maps Email: $($defaults.CrmField -join ',')"
# Completion lists names (quoted where needed) with the id in the tooltip.
$completion = TabExpansion2 -inputScript 'Set-ContactSyncConfig -GoogleGroup Contact' -cursorColumn 'Set-ContactSyncConfig -GoogleGroup Contact'.Length
Assert-Equal 'ContactSync' (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'GoogleGroup completer lists the name'
Assert-True ($completion.CompletionMatches[0].ToolTip -like "*$env:EXPECT_GROUP*") "group tooltip has the resource name: $($completion.CompletionMatches[0].ToolTip)"
$line = "Set-ContactSyncConfig -CrmUser $env:CONTACTSYNC_CRM_USER -CrmView "
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
$texts = @($completion.CompletionMatches | ForEach-Object CompletionText)
Assert-True ($texts -contains "'All Contacts'") "CrmView completer lists quoted names: $($texts -join ',')"
Assert-True (-not ($texts -match '^\d+$')) "no bare ids: $($texts -join ',')"
$allMatch = $completion.CompletionMatches | Where-Object CompletionText -eq "'All Contacts'"
Assert-True ($allMatch.ToolTip -like "*$env:EXPECT_VIEW_ID*") "view tooltip has the id: $($allMatch.ToolTip)"
Assert-Equal 'All Contacts' $allMatch.ListItemText 'list item is the bare name'
$line = "Set-ContactSyncConfig -CrmUser $env:CONTACTSYNC_CRM_USER -CrmView gold"
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-Equal "'Gold Customers'" (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'a typed part of a name completes the quoted name'
Write-Check 'pickers'

# A name that matches nothing says so and suggests the closest names.
$err = $null
$none = Get-ContactSyncCrmView -Name 'Gold Customer' -CrmUser $env:CONTACTSYNC_CRM_USER -ErrorAction SilentlyContinue -ErrorVariable err
Assert-True ($null -eq $none) 'a typo returns no view'
Assert-Equal 'ContactSyncCrmViewNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncCrmViewCommand' $err[0].FullyQualifiedErrorId 'view not found id'
Assert-True ("$($err[0])" -like "*No CRM view named 'Gold Customer'*Did you mean 'Gold Customers'*") "view suggestion: $($err[0])"
$err = $null
$null = Get-ContactSyncGoogleGroup 'ContactSink' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-True ("$($err[0])" -like "*Did you mean 'ContactSync'*") "group suggestion: $($err[0])"
Assert-Equal 0 @(Get-ContactSyncCrmView 'Nothing*' -CrmUser $env:CONTACTSYNC_CRM_USER -ErrorAction Stop).Count 'a wildcard that matches nothing is no error'
Write-Check 'suggestions'

# -CrmView and -GoogleGroup take names; a name that matches nothing stores nothing.
$err = $null
Set-ContactSyncConfig -PlanName 'Live' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction Bidirectional -ConflictWinner Crm `
    -CrmView 'Gold Customer' -GoogleGroup 'ContactSync' -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncCrmViewNotFound,ContactSync.PowerShell.Cmdlets.SetContactSyncConfigCommand' $err[0].FullyQualifiedErrorId 'unknown view name'
Assert-True ("$($err[0])" -like "-CrmView: No CRM view named 'Gold Customer'. Did you mean 'Gold Customers'?*") "names the parameter: $($err[0])"
Assert-True (-not (Get-ContactSyncConfig 'Live*')) 'nothing stored'
$plan = Set-ContactSyncConfig -PlanName 'Live' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction Bidirectional -ConflictWinner Crm `
    -Frequency Manual -CrmView 'all contacts' -GoogleGroup 'ContactSync' -PassThru
Assert-Equal $env:EXPECT_VIEW_ID $plan.CrmView 'plan view stored as the id of the named view'
Assert-Equal $env:EXPECT_GROUP $plan.GoogleGroup 'plan group stored as the resource name of the named group'
Assert-Equal 'All Contacts' $plan.CrmViewName 'the view name comes back'
$table = Get-ContactSyncConfig 'Live' | Out-String -Width 200
Assert-True ($table -match 'Live\s+Bidirectional\s+Crm\s+Manual\s+(True|False)\s+All Contacts\s+ContactSync\s') "plan table shows view and group names: $table"
$same = Set-ContactSyncConfig -PlanName 'Live' -CrmView $all.Id -GoogleGroup $group.ResourceName -PassThru
Assert-Equal $env:EXPECT_VIEW_ID $same.CrmView 'ids are still accepted'
Write-Check 'plan'

# Get-ContactSyncField prints two tables (CRM fields, Google paths), not a table and then a list.
$fields = Get-ContactSyncField | Out-String -Width 200
Assert-True ($fields -match 'Fields: Zoho CRM Contacts fields' -and $fields -match 'Fields: Google People paths') "two grouped tables: $($fields.Substring(0, [Math]::Min(400, $fields.Length)))"
Assert-True ($fields -notmatch '(?m)^\s*(ApiName|Path)\s+:') 'no list output'
Assert-True ($fields -match '(?m)^Customer_Tier\s+picklist\S*\s+custom') "the custom CRM field in its table"
$count = @(Get-ContactSyncField).Count
$lines = @($fields -split "`n" | Where-Object { $_.Trim() }).Count
Assert-True ($lines -le $count + 10) "one line per field ($lines lines for $count fields)"
Write-Check 'field tables'

$r = Invoke-LiveChild "Start-ContactSync 'Live' -Full -WhatIf"
Assert-Equal 0 $r.Errors.Count "no errors: $($r.Errors)"
$dry = $r.Output[0]
Assert-True $dry.DryRun 'WhatIf ran a dry run'
Assert-Equal 'Succeeded' "$($dry.Outcome)" 'dry run outcome'
Assert-Equal ([int]$env:EXPECT_TO_GOOGLE) @($dry.PlannedChanges | Where-Object { "$($_.Action)" -eq 'Create' -and "$($_.Target)" -eq 'Google' }).Count 'planned creates in Google'
Assert-Equal ([int]$env:EXPECT_TO_CRM) @($dry.PlannedChanges | Where-Object { "$($_.Action)" -eq 'Create' -and "$($_.Target)" -eq 'Crm' }).Count 'planned creates in the CRM'
Assert-True ($r.Progress.Count -ge 1) 'the dry run showed progress'
Start-ContactSync 'Live' -DryRun | Out-Null
Write-Check 'dry run'

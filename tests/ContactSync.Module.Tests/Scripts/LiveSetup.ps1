# Against the real server and the emulators, before anything is synced: connections (with -WhatIf first), connection
# tests, the pickers and their completers, a plan built from the pickers, and a dry run (-WhatIf) that writes nothing.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
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
$completion = TabExpansion2 -inputScript 'Set-ContactSyncConfig -GoogleGroup Contact' -cursorColumn 'Set-ContactSyncConfig -GoogleGroup Contact'.Length
Assert-Equal $env:EXPECT_GROUP (($completion.CompletionMatches | ForEach-Object CompletionText) -join ',') 'GoogleGroup completer'
$line = "Set-ContactSyncConfig -CrmUser $env:CONTACTSYNC_CRM_USER -CrmView "
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-True (($completion.CompletionMatches | ForEach-Object CompletionText) -contains $env:EXPECT_VIEW_ID) "CrmView completer: $($completion.CompletionMatches.CompletionText -join ',')"
Write-Check 'pickers'

$plan = Set-ContactSyncConfig -Name 'Live' -CrmUser $env:CONTACTSYNC_CRM_USER -Direction Bidirectional -ConflictWinner Crm `
    -Frequency Manual -CrmView $all.Id -GoogleGroup $group.ResourceName -PassThru
Assert-Equal $env:EXPECT_VIEW_ID $plan.CrmView 'plan view'
Write-Check 'plan'

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

# Against the real server and an emulated organisation (three sales representatives with their own Google accounts, and
# the view-only user): CRM users by role, a roll-out from one template with -WhatIf and then for real, the Google account
# in the plan and status tables, -GoogleAccount with its completion, and a single plan on a named account.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
Connect-LiveServer
Set-EmulatorConnection

# The picker: every sales representative (the view-only user is one too); a role that no user has is an error.
$reps = @(Get-ContactSyncCrmUser -Role 'sales rep*')
Assert-Equal 4 $reps.Count 'four sales representatives'
Assert-Equal 3 @($reps | Where-Object Email -like 'org.user.*').Count 'the three organisation users'
Assert-True ($reps.CrmUserId -contains $env:EXPECT_VIEWONLY) 'the view-only user is a sales representative'
Get-ContactSyncCrmUser -Role 'Astronaut' -ErrorVariable unknown -ErrorAction SilentlyContinue | Out-Null
Assert-Equal 'ContactSyncCrmUserNotFound,ContactSync.PowerShell.Cmdlets.GetContactSyncCrmUserCommand' $unknown[0].FullyQualifiedErrorId 'unknown role'
Assert-True ((Get-ContactSyncCrmUser -Name 'org.user.002*' | Format-Table -AutoSize | Out-String -Width 400) -like '*org.user.002@*Sales Representative*active*') 'user table'
Write-Check 'crm users'

# -WhatIf: the server checks every plan (validate only) and the what-if lines show them; the user without the CRM
# permission is an error with its own id naming the rule; nothing is stored.
$template = @{ Name = 'Rollout {email}'; Direction = 'Bidirectional'; ConflictWinner = 'Crm'; Frequency = '00:30:00'; CrmView = 'All Contacts'; GoogleGroup = 'Rollout Sync' }
Write-Output 'WHATIF BEGIN'
$reps | Set-ContactSyncConfig -Template $template -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
Write-Output 'WHATIF END'
Assert-Equal 1 $refused.Count 'one user refused'
Assert-Equal 'ContactSyncCrmPermissionMissing,ContactSync.PowerShell.Cmdlets.SetContactSyncConfigCommand' $refused[0].FullyQualifiedErrorId 'refusal id'
Assert-Equal 'PermissionDenied' "$($refused[0].CategoryInfo.Category)" 'refusal category'
Assert-True ("$($refused[0])" -like "*CRM user $($env:EXPECT_VIEWONLY)*view-only users sync CRM → Google only*") "refusal names the user and the rule: $($refused[0])"
Assert-Equal 0 @(Get-ContactSyncConfig -PlanName 'Rollout*').Count '-WhatIf stored no plan'
Write-Check 'what if'

# For real: three plans, each on its user's account with a new 'Rollout Sync' group; the same user is refused again.
$results = @($reps | Set-ContactSyncConfig -Template $template -PassThru -ErrorVariable refusedAgain -ErrorAction SilentlyContinue)
Assert-Equal 3 $results.Count 'three results'
Assert-Equal 1 $refusedAgain.Count 'refused again'
foreach ($result in $results) {
    Assert-Equal 'Created' "$($result.Outcome)" "outcome of $($result.CrmUser)"
    Assert-True $result.GoogleGroupCreated "group created for $($result.CrmUser)"
    Assert-Equal "Rollout $($result.GoogleAccount)" $result.Plan.Name 'name from the template'
}
$again = @($reps | Set-ContactSyncConfig -Template $template -PassThru -ErrorAction SilentlyContinue)
Assert-Equal 'Unchanged,Unchanged,Unchanged' (($again | ForEach-Object Outcome) -join ',') 'a second roll-out changes nothing'

# Near-real-time from the template's key, then the same through -NearRealTime beside the template: nothing more to change.
$nearRealTime = @($reps | Set-ContactSyncConfig -Template ($template + @{ NearRealTime = $true }) -PassThru -ErrorAction SilentlyContinue)
Assert-Equal 'Updated,Updated,Updated' (($nearRealTime | ForEach-Object Outcome) -join ',') 'NearRealTime in the template updates the plans'
Assert-Equal 'True,True,True' (($nearRealTime | ForEach-Object { $_.Plan.NearRealTime }) -join ',') 'the plans are near-real-time'
$switch = @($reps | Set-ContactSyncConfig -Template $template -NearRealTime -PassThru -ErrorAction SilentlyContinue)
Assert-Equal 'Unchanged,Unchanged,Unchanged' (($switch | ForEach-Object Outcome) -join ',') '-NearRealTime beside -Template gives the same plans'
Write-Check 'roll-out'

# The account shows in the plan and status tables, and -GoogleAccount lists that account's groups (with completion).
$first = $reps | Where-Object Email -like 'org.user.001@*'
$plans = Get-ContactSyncConfig -PlanName 'Rollout*'
Assert-True (($plans | Format-Table -AutoSize | Out-String -Width 400) -like "*Rollout Sync*$($first.Email) (assigned)*") 'plan table shows the account'
$statusRow = @((Get-ContactSyncStatus -PlanName "Rollout $($first.Email)" | Format-Table -AutoSize | Out-String -Width 400) -split "`n" | Where-Object { $_ -like 'Rollout*' })
Assert-True ($statusRow[0] -match "\s$([regex]::Escape($first.Email))\s*$") "status table shows the account in its own column: $statusRow"
Assert-True (@(Get-ContactSyncGoogleGroup -GoogleAccount $first.Email).Name -contains 'Rollout Sync') 'groups of that account'
$line = 'Get-ContactSyncGoogleGroup -GoogleAccount org.user.00'
$completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-True (@($completion.CompletionMatches.CompletionText) -contains "'$($first.Email)'") "account completion: $($completion.CompletionMatches.CompletionText -join ', ')"
$line = "Set-ContactSyncConfig -PlanName x -CrmUser $($first.CrmUserId) -GoogleGroup Roll"
$groups = TabExpansion2 -inputScript $line -cursorColumn $line.Length
Assert-True (@($groups.CompletionMatches.CompletionText) -contains "'Rollout Sync'") "group completion in the user's account: $($groups.CompletionMatches.CompletionText -join ', ')"
Write-Check 'accounts'

# One plan by hand on a named account: the group name is looked up in that account.
$second = $reps | Where-Object Email -like 'org.user.002@*'
$single = Set-ContactSyncConfig -PlanName 'Single plan' -CrmUser $second.CrmUserId -Direction CrmToGoogle -CrmView 'All Contacts' -GoogleGroup ContactSync -GoogleAccount $second.Email -PassThru
Assert-Equal $second.Email $single.GoogleAccount 'named account'
Assert-Equal $env:EXPECT_SECOND_GROUP $single.GoogleGroup "the account's own ContactSync group"
Write-Check 'single plan'

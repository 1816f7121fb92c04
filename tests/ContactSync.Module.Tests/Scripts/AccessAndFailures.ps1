# Keys, refused keys, permissions, an unreachable server and (until the sync engine lands) the unimplemented run RPCs.
. (Join-Path $PSScriptRoot 'Helpers.ps1')
$server = $env:CONTACTSYNC_SERVER
$p = $env:CONTACTSYNC_PREFIX

$bad = Get-TerminatingError { Connect-ContactSync -Server $server -ApiKey 'csk_nobody_0123456789abcdef0123' }
Assert-Equal 'ContactSyncUnauthenticated,ContactSync.PowerShell.Cmdlets.ConnectContactSyncCommand' $bad.FullyQualifiedErrorId 'bad key on connect'
Assert-Equal 'AuthenticationError' "$($bad.CategoryInfo.Category)" 'bad key category'
$bad = Get-TerminatingError { Get-ContactSyncConfig -Server $server -ApiKey 'not-a-key' }
Assert-Equal 'ContactSyncUnauthenticated,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand' $bad.FullyQualifiedErrorId 'bad key per call'
Write-Check 'bad key'

$down = Get-TerminatingError { Get-ContactSyncConfig -Server 'http://127.0.0.1:9' -ApiKey 'x' }
Assert-Equal 'ContactSyncServerUnreachable,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand' $down.FullyQualifiedErrorId 'unreachable'
Assert-Equal 'ConnectionError' "$($down.CategoryInfo.Category)" 'unreachable category'
Assert-True ("$down" -like '*Cannot reach the ContactSync server at http://127.0.0.1:9/*') "clear message: $down"
Write-Check 'unreachable'

$admin = Connect-ContactSync -Server $server -ApiKey (ConvertTo-SecureString $env:CONTACTSYNC_KEY -AsPlainText -Force) -PassThru
Assert-Equal 'GrpcWeb' "$($admin.Transport)" 'http uses gRPC-Web'
$key = New-ContactSyncApiKey -Name "$p-user" -Role User -CrmUser '4150868000000225013'
Assert-True ($key.Secret.Length -gt 20) 'the secret is shown once'
Assert-True (@(Get-ContactSyncApiKey "$p-*" | Where-Object Id -eq $key.Id).Count -eq 1) 'listed'
$user = Connect-ContactSync -Server $server -ApiKey $key.Secret -PassThru -NoDefault
$denied = $null
New-ContactSyncApiKey -Name "$p-x" -Connection $user -ErrorAction SilentlyContinue -ErrorVariable denied
Assert-Equal 'ContactSyncPermissionDenied,ContactSync.PowerShell.Cmdlets.NewContactSyncApiKeyCommand' $denied[0].FullyQualifiedErrorId 'user key may not make keys'
Assert-Equal 'PermissionDenied' "$($denied[0].CategoryInfo.Category)" 'permission category'
$revoked = Get-ContactSyncApiKey "$p-user" | Revoke-ContactSyncApiKey -Confirm:$false -PassThru
Assert-True ($null -ne $revoked.Revoked) 'revoked'
$gone = Get-TerminatingError { Get-ContactSyncConfig -Connection $user }
Assert-Equal 'ContactSyncUnauthenticated,ContactSync.PowerShell.Cmdlets.GetContactSyncConfigCommand' $gone.FullyQualifiedErrorId 'revoked key refused at once'
$err = $null
Revoke-ContactSyncApiKey -Id 'nosuchkey' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
Assert-Equal 'ContactSyncApiKeyNotFound,ContactSync.PowerShell.Cmdlets.RevokeContactSyncApiKeyCommand' $err[0].FullyQualifiedErrorId 'unknown key'
Write-Check 'api keys'

# Without stored connections a run cannot start: a precondition error that says what to do.
Set-ContactSyncConfig -Name "$p-run" -Direction CrmToGoogle -CrmUser '1' -CrmView '2' -GoogleGroup 'contactGroups/g'
$ni = Get-TerminatingError { Start-ContactSync "$p-run" -ErrorAction Stop }
Assert-Equal 'ContactSyncFailedPrecondition,ContactSync.PowerShell.Cmdlets.StartContactSyncCommand' $ni.FullyQualifiedErrorId 'run without connections'
Assert-True ("$ni" -like '*not configured*') "clear message: $ni"
Remove-ContactSyncConfig "$p-run" -Confirm:$false
Write-Check 'run without connections'

#
# Module manifest for ContactSync, the PowerShell module of the ContactSync server.
# ModuleVersion is filled in by the build (module/ContactSync.PowerShell/ContactSync.PowerShell.csproj, target AssembleModule).
#
@{
    RootModule           = 'ContactSync.PowerShell.dll'
    ModuleVersion        = '{{ModuleVersion}}'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5d6f1f5e-2f7c-4c52-9d3a-3b1f0f4c6a21'
    Author               = 'ContactSync'
    CompanyName          = 'ContactSync'
    Copyright            = '(c) ContactSync. All rights reserved.'
    Description          = 'Administers ContactSync, which keeps Zoho CRM Contacts and Google Contacts in step: sync plans, runs with progress, status, pickers, connections and API keys.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.6.2'
    FormatsToProcess     = @('ContactSync.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-ContactSync'
        'Disconnect-ContactSync'
        'Set-ContactSyncConfig'
        'Get-ContactSyncConfig'
        'Remove-ContactSyncConfig'
        'Start-ContactSync'
        'Wait-ContactSync'
        'Stop-ContactSync'
        'Get-ContactSyncStatus'
        'Get-ContactSyncRun'
        'Get-ContactSyncRunError'
        'Get-ContactSyncCrmView'
        'Get-ContactSyncCrmUser'
        'Get-ContactSyncGoogleGroup'
        'Get-ContactSyncField'
        'Set-ContactSyncConnection'
        'Get-ContactSyncConnection'
        'Test-ContactSyncConnection'
        'New-ContactSyncApiKey'
        'Get-ContactSyncApiKey'
        'Revoke-ContactSyncApiKey'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('ContactSync', 'Zoho', 'ZohoCRM', 'Google', 'GoogleContacts', 'Sync', 'gRPC')
            ProjectUri = 'https://github.com/contactsync/contactsync'
        }
    }
}

# The assembled module as an admin meets it: manifest, exports, approved verbs, help with examples, output types,
# and third-party assemblies loaded in the module's own load context.
. (Join-Path $PSScriptRoot 'Helpers.ps1')

$manifest = Test-ModuleManifest $env:CONTACTSYNC_MODULE
Assert-True ($manifest.Version -gt [version]'0.0') "version from the build: $($manifest.Version)"
Assert-Equal 'Core,Desktop' (($manifest.CompatiblePSEditions | Sort-Object) -join ',') 'editions'
Assert-Equal 0 $manifest.ExportedFunctions.Count 'no functions'
Assert-Equal 0 $manifest.ExportedAliases.Count 'no aliases'
$module = Get-Module ContactSync
$cmdlets = @(Get-Command -Module ContactSync)
Assert-Equal 21 $cmdlets.Count 'cmdlets exported'
Assert-Equal 21 $manifest.ExportedCmdlets.Count 'explicit CmdletsToExport'
Write-Check 'manifest'

$approved = (Get-Verb).Verb
foreach ($c in $cmdlets) {
    Assert-True ($c.Verb -in $approved) "$($c.Name) uses an approved verb"
    Assert-True ($c.ImplementingType.IsSealed) "$($c.Name) is sealed"
    if ($c.Name -ne 'Disconnect-ContactSync') {
        Assert-True ($c.OutputType.Count -ge 1) "$($c.Name) declares its output type"
    }
    $help = Get-Help $c.Name -Full
    Assert-True ("$($help.Synopsis)".Length -gt 10 -and "$($help.Synopsis)" -notlike "$($c.Name)*") "$($c.Name) has a synopsis: $($help.Synopsis)"
    Assert-True (@($help.Examples.Example).Count -ge 1) "$($c.Name) has examples"
    foreach ($p in @($help.Parameters.Parameter)) {
        Assert-True ("$($p.Description.Text)".Length -gt 5) "$($c.Name) -$($p.Name) is described"
    }
}
$full = Get-Help Start-ContactSync -Full | Out-String -Width 200
Assert-True ($full -match 'Example 2' -and $full -match '-WhatIf\)\.PlannedChanges') 'examples in Get-Help -Full'
Write-Check 'help'

# SYNTAX shows -WhatIf/-Confirm where they work, INPUTS are filled, and every address in the help is the server's.
$names = @($cmdlets | ForEach-Object Name)
foreach ($c in $cmdlets) {
    $text = Get-Help $c.Name -Full | Out-String -Width 400
    $shouldProcess = $c.Parameters.ContainsKey('WhatIf')
    $syntax = ($text -split 'DESCRIPTION')[0]
    Assert-Equal $shouldProcess ($syntax -match '\[-WhatIf\] \[-Confirm\]') "$($c.Name): SYNTAX shows -WhatIf/-Confirm exactly when supported"
    $inputs = @((Get-Help $c.Name -Full).inputTypes.inputType)
    Assert-True ($inputs.Count -ge 1 -and "$($inputs[0].type.name)".Length -gt 0) "$($c.Name) has INPUTS"
    Assert-True ($text -match '(?s)INPUTS\s+\S') "$($c.Name): INPUTS printed: $text"
    foreach ($port in [regex]::Matches($text, '127\.0\.0\.1:(\d+)') | ForEach-Object { $_.Groups[1].Value }) {
        Assert-True ($port -in '5180', '5181') "$($c.Name) uses the server's ports, not $port"
    }
    # Every example parses and passes only parameters its cmdlets have (names or aliases, unambiguous prefixes).
    $n = 0
    foreach ($example in @((Get-Help $c.Name -Full).Examples.Example)) {
        $n++
        $code = ($example.Code -join "`n")
        $tokens = $parseErrors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref] $tokens, [ref] $parseErrors)
        Assert-Equal 0 @($parseErrors).Count "$($c.Name) example $n parses: $($parseErrors -join '; ')"
        foreach ($call in $ast.FindAll({ param($a) $a -is [System.Management.Automation.Language.CommandAst] }, $true)) {
            $called = $call.GetCommandName()
            if ($called -notin $names) { continue }
            $parameters = (Get-Command $called).Parameters.Values
            foreach ($p in $call.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
                $found = @($parameters | Where-Object { $_.Name -like "$($p.ParameterName)*" -or ($_.Aliases -contains $p.ParameterName) })
                Assert-True ($found.Count -eq 1 -or @($found | Where-Object Name -eq $p.ParameterName).Count -eq 1) "$($c.Name) example ${n}: $called has no parameter -$($p.ParameterName)"
            }
        }
    }
}
$about = Get-Help about_ContactSync | Out-String -Width 200
foreach ($topic in 'THE SERVER AND ITS TWO PORTS', 'CONNECTIONS', 'PLANS', 'RUNS', '5180', '5181', 'Connect-ContactSync -Server http://127.0.0.1:5181') {
    Assert-True ($about.Contains($topic)) "about_ContactSync explains $topic"
}
Write-Check 'help details'

$null = Get-TerminatingError { Get-ContactSyncConfig -Server http://127.0.0.1:9 -ApiKey x } # makes a client: loads gRPC
$contexts = [AppDomain]::CurrentDomain.GetAssemblies() |
    Where-Object { $_.GetName().Name -match '^(Grpc\.|Google\.Protobuf|ContactSync\.(Client|Contracts))' } |
    ForEach-Object { [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).Name } | Sort-Object -Unique
Assert-Equal 'contactsync-module' ($contexts -join ',') 'third-party assemblies load in the module''s private context'
$root = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($module.ImplementingAssembly).Name
Assert-Equal 'Default' $root 'the cmdlet assembly itself is in the default context'
$beside = @(Get-ChildItem (Split-Path $env:CONTACTSYNC_MODULE) -Filter *.dll | ForEach-Object Name)
Assert-Equal 'ContactSync.PowerShell.dll' ($beside -join ',') 'only the cmdlet dll sits at the module root'
Write-Check 'isolation'

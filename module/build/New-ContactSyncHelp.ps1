<#
.SYNOPSIS
    Writes the MAML help of the ContactSync module (en-US/ContactSync.PowerShell.dll-Help.xml) from the
    assembled module's cmdlet metadata and the XML doc comments of the cmdlet classes.
.DESCRIPTION
    Synopsis and description come from <para type="synopsis"/"description"> in each cmdlet class's summary,
    examples from its <example> elements (<code> + <para>), parameter text from each property's summary;
    parameter sets, positions, pipeline input and output types come from the loaded cmdlets themselves.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $ModuleDirectory
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$ModuleDirectory = (Resolve-Path $ModuleDirectory).Path
$module = Import-Module (Join-Path $ModuleDirectory 'ContactSync.psd1') -PassThru -Force
[xml] $docs = Get-Content -Raw (Join-Path $ModuleDirectory 'ContactSync.PowerShell.xml')
$members = @{}
foreach ($m in $docs.doc.members.member) { $members[$m.name] = $m }

# -WhatIf and -Confirm are documented (they are what an admin looks for); the other common parameters are not.
$common = [System.Collections.Generic.HashSet[string]]::new([string[]]@(
    [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters |
        Where-Object { $_ -notin 'WhatIf', 'Confirm' }))
$shouldProcessText = @{
    WhatIf  = 'Shows what the cmdlet would do without doing it.'
    Confirm = 'Asks for confirmation before the cmdlet changes anything.'
}

function Get-Para($node, [string] $type) {
    if ($null -eq $node) { return '' }
    $p = $node.SelectNodes('summary/para') | Where-Object { $_.GetAttribute('type') -eq $type } | Select-Object -First 1
    if ($p) { return ($p.InnerText -replace '\s+', ' ').Trim() }
    return ''
}

function Get-Text($node, [string] $xpath) {
    if ($null -eq $node) { return '' }
    $found = $node.SelectSingleNode($xpath)
    if ($null -eq $found) { return '' }
    return ($found.InnerText -replace '\s+', ' ').Trim()
}

function Get-ParameterText([type] $type, [string] $name) {
    if ($shouldProcessText.ContainsKey($name)) {
        $own = $members["T:$($type.FullName)"]
        $specific = if ($own) { $own.SelectNodes('remarks/para') | Where-Object { $_.GetAttribute('type') -eq $name } | Select-Object -First 1 }
        if ($specific) { return ($specific.InnerText -replace '\s+', ' ').Trim() }
        return $shouldProcessText[$name]
    }
    $property = $type.GetProperty($name)
    $member = $members["P:$($property.DeclaringType.FullName).$name"]
    $text = Get-Para $member 'description'
    if (-not $text) { $text = Get-Text $member 'summary' }
    return $text
}

function Get-PipelineText($p) {
    $kinds = @()
    if ($p.ValueFromPipeline) { $kinds += 'ByValue' }
    if ($p.ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { return "True ($($kinds -join ', '))" }
    return 'False'
}

function Get-TypeName([type] $t) {
    if ($t -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    return $t.Name
}

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$target = Join-Path $ModuleDirectory 'en-US'
$null = New-Item -ItemType Directory -Force $target
$path = Join-Path $target 'ContactSync.PowerShell.dll-Help.xml'
$w = [System.Xml.XmlWriter]::Create($path, $settings)
$maml = 'http://schemas.microsoft.com/maml/2004/10'
$cmdNs = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
function Para([string] $text) { $w.WriteStartElement('maml', 'para', $maml); $w.WriteString($text); $w.WriteEndElement() }
function Description([string] $text) { $w.WriteStartElement('maml', 'description', $maml); Para $text; $w.WriteEndElement() }

$w.WriteStartDocument()
$w.WriteStartElement('helpItems', 'http://msh')
$w.WriteAttributeString('schema', 'maml')
foreach ($cmd in Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name) {
    $type = $cmd.ImplementingType
    $member = $members["T:$($type.FullName)"]
    if (-not $member) { throw "No XML doc for $($type.FullName)" }
    $w.WriteStartElement('command', 'command', $cmdNs)
    $w.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $w.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $w.WriteStartElement('command', 'details', $cmdNs)
    $w.WriteElementString('name', $cmdNs, $cmd.Name)
    $w.WriteElementString('verb', $cmdNs, $cmd.Verb)
    $w.WriteElementString('noun', $cmdNs, $cmd.Noun)
    Description (Get-Para $member 'synopsis')
    $w.WriteEndElement()
    Description (Get-Para $member 'description')

    $w.WriteStartElement('command', 'syntax', $cmdNs)
    foreach ($set in $cmd.ParameterSets) {
        $w.WriteStartElement('command', 'syntaxItem', $cmdNs)
        $w.WriteElementString('name', $maml, $cmd.Name)
        foreach ($p in $set.Parameters | Where-Object { -not $common.Contains($_.Name) }) {
            $w.WriteStartElement('command', 'parameter', $cmdNs)
            $w.WriteAttributeString('required', "$($p.IsMandatory)".ToLowerInvariant())
            $w.WriteAttributeString('globbing', 'false')
            $w.WriteAttributeString('pipelineInput', (Get-PipelineText $p))
            $w.WriteAttributeString('position', $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }))
            $w.WriteElementString('name', $maml, $p.Name)
            if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
                $w.WriteStartElement('command', 'parameterValue', $cmdNs)
                $w.WriteAttributeString('required', 'true')
                $w.WriteString((Get-TypeName $p.ParameterType))
                $w.WriteEndElement()
            }
            $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'parameters', $cmdNs)
    foreach ($p in $cmd.Parameters.Values | Where-Object { -not $common.Contains($_.Name) } | Sort-Object Name) {
        $attrs = @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
        $w.WriteStartElement('command', 'parameter', $cmdNs)
        $w.WriteAttributeString('required', "$([bool]($attrs | Where-Object Mandatory))".ToLowerInvariant())
        $w.WriteAttributeString('globbing', "$([bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }))".ToLowerInvariant())
        $byValue = [bool]($attrs | Where-Object ValueFromPipeline)
        $byName = [bool]($attrs | Where-Object ValueFromPipelineByPropertyName)
        $pipeline = if ($byValue -or $byName) { "True ($((@($(if ($byValue) { 'ByValue' }), $(if ($byName) { 'ByPropertyName' })) | Where-Object { $_ }) -join ', '))" } else { 'False' }
        $w.WriteAttributeString('pipelineInput', $pipeline)
        $position = ($attrs | Where-Object { $_.Position -ge 0 } | Select-Object -First 1)
        $w.WriteAttributeString('position', $(if ($position) { "$($position.Position)" } else { 'named' }))
        $w.WriteAttributeString('aliases', $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }))
        $w.WriteElementString('name', $maml, $p.Name)
        Description (Get-ParameterText $type $p.Name)
        if ($p.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
            $w.WriteStartElement('command', 'parameterValue', $cmdNs)
            $w.WriteAttributeString('required', 'true')
            $w.WriteString((Get-TypeName $p.ParameterType))
            $w.WriteEndElement()
        }
        $w.WriteStartElement('dev', 'type', $dev)
        $w.WriteElementString('name', $maml, $p.ParameterType.FullName)
        $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    # INPUTS: the types the pipeline binds, by value or by property name.
    $w.WriteStartElement('command', 'inputTypes', $cmdNs)
    $inputs = foreach ($p in $cmd.Parameters.Values | Where-Object { -not $common.Contains($_.Name) }) {
        foreach ($a in $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }) {
            if ($a.ValueFromPipeline) { [pscustomobject]@{ Type = $p.ParameterType; How = "by value to -$($p.Name)" } }
            if ($a.ValueFromPipelineByPropertyName) {
                $names = @($p.Name) + @($p.Aliases)
                [pscustomobject]@{ Type = $p.ParameterType; How = "objects with a property $($names -join ' or ') (by property name to -$($p.Name))" }
            }
        }
    }
    if (-not $inputs) { $inputs = @([pscustomobject]@{ Type = $null; How = 'None: this cmdlet takes no pipeline input.' }) }
    foreach ($group in $inputs | Group-Object { if ($_.Type) { $_.Type.FullName } else { 'None' } }) {
        $w.WriteStartElement('command', 'inputType', $cmdNs)
        $w.WriteStartElement('dev', 'type', $dev)
        $w.WriteElementString('name', $maml, $group.Name)
        $w.WriteEndElement()
        Description (($group.Group | ForEach-Object How | Select-Object -Unique) -join '; ')
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'returnValues', $cmdNs)
    foreach ($output in $cmd.OutputType | Where-Object { $_.Type -and $_.Type -ne [void] }) {
        $w.WriteStartElement('command', 'returnValue', $cmdNs)
        $w.WriteStartElement('dev', 'type', $dev)
        $w.WriteElementString('name', $maml, $output.Type.FullName)
        $w.WriteEndElement()
        Description (Get-Text $members["T:$($output.Type.FullName)"] 'summary')
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'examples', $cmdNs)
    $n = 0
    foreach ($example in $member.SelectNodes('example')) {
        $n++
        $w.WriteStartElement('command', 'example', $cmdNs)
        $w.WriteElementString('title', $maml, "-------------------------- Example $n --------------------------")
        $w.WriteElementString('code', $dev, $example.SelectSingleNode('code').InnerText.Trim())
        $w.WriteStartElement('dev', 'remarks', $dev)
        Para (Get-Text $example 'para')
        $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}
$w.WriteEndElement()
$w.WriteEndDocument()
$w.Close()
Write-Verbose "Wrote $path"

# The conceptual topic (Get-Help about_ContactSync) is written by hand beside this script.
Copy-Item (Join-Path $PSScriptRoot 'about_ContactSync.help.txt') (Join-Path $target 'about_ContactSync.help.txt') -Force

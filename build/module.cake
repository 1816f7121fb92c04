// The ContactSync PowerShell module: `#load "build/module.cake"` from build.cake.
//
// Assemble-Module builds module/ContactSync.PowerShell in the build configuration; the project's AssembleModule and
// GenerateModuleHelp targets lay out the importable module:
//   artifacts/module/ContactSync/
//     ContactSync.psd1              (ModuleVersion = the build's version)
//     ContactSync.format.ps1xml
//     ContactSync.PowerShell.dll    (+ .xml docs, .pdb)
//     en-US/ContactSync.PowerShell.dll-Help.xml
//     dependencies/*.dll            (gRPC, Protobuf, ContactSync.Client/Contracts, System.* backports),
//                                   loaded only by the module's own resolver, isolated from other modules' versions
// Arguments: --configuration (the caller's `configuration` variable when defined, else Release),
//            --moduleVersion (default: VersionPrefix of Directory.Build.props).

var moduleProject = File("./module/ContactSync.PowerShell/ContactSync.PowerShell.csproj");
var moduleOutputDir = Directory("./artifacts/module/ContactSync");
var moduleConfiguration = Argument<string>("configuration", "Release");
var moduleVersion = Argument<string>("moduleVersion", "");

Task("Assemble-Module")
    .Description("Builds the PowerShell module into artifacts/module/ContactSync (psd1 version, format, help, isolated dependencies).")
    .Does(() =>
{
    CleanDirectory(moduleOutputDir);
    var msbuild = new DotNetMSBuildSettings()
        .WithProperty("ContactSyncModuleDir", MakeAbsolute(moduleOutputDir).FullPath + "/")
        .WithProperty("TreatWarningsAsErrors", "true");
    if (!string.IsNullOrWhiteSpace(moduleVersion))
    {
        msbuild = msbuild.WithProperty("ContactSyncModuleVersion", moduleVersion);
    }

    DotNetBuild(moduleProject.Path.FullPath, new DotNetBuildSettings
    {
        Configuration = moduleConfiguration,
        MSBuildSettings = msbuild,
    });

    var required = new[] { "ContactSync.psd1", "ContactSync.format.ps1xml", "ContactSync.PowerShell.dll", "en-US/ContactSync.PowerShell.dll-Help.xml", "dependencies/Grpc.Net.Client.dll" };
    foreach (var file in required)
    {
        if (!FileExists(moduleOutputDir + File(file)))
        {
            throw new Exception($"Assemble-Module: {file} is missing from {moduleOutputDir}.");
        }
    }

    Information("Module assembled in {0}", MakeAbsolute(moduleOutputDir));
});

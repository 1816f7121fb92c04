using System.Management.Automation;
using System.Security;

namespace ContactSync.PowerShell.Internal;

/// <summary>Lets a SecureString parameter also take a plain string (converted at once).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
{
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject pso ? pso.BaseObject : inputData;
        return value switch
        {
            SecureString secure => secure,
            string plain => SecureStrings.FromPlainText(plain),
            _ => inputData,
        };
    }
}

using System.Globalization;
using System.Management.Automation;

namespace ContactSync.PowerShell.Internal;

/// <summary>Accepts "Manual" (= <see cref="TimeSpan.Zero"/>), a TimeSpan, or a TimeSpan string such as "00:30:00".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class FrequencyTransformationAttribute : ArgumentTransformationAttribute
{
    public const string Manual = "Manual";

    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject pso ? pso.BaseObject : inputData;
        switch (value)
        {
            case TimeSpan span:
                return span;
            case string text when string.Equals(text.Trim(), Manual, StringComparison.OrdinalIgnoreCase):
                return TimeSpan.Zero;
            case string text when TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            case string text:
                throw new ArgumentTransformationMetadataException(string.Format(
                    CultureInfo.InvariantCulture,
                    "'{0}' is not a frequency: use 'Manual' or a TimeSpan such as '00:30:00' or (New-TimeSpan -Minutes 30).",
                    text));
            default:
                return inputData;
        }
    }
}

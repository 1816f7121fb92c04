using System.Collections;
using System.Globalization;
using ContactSync.Core.Plans;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace ContactSync.Server.Requests;

/// <summary>
/// Checks the shape of a decoded request, whatever the RPC: every string and list within <see cref="RequestLimits"/>,
/// every enum value one the contract defines (an unknown number is refused, never read as a default), every
/// <see cref="Duration"/> valid as google.protobuf.Duration defines it. Field paths are in proto form (plan.field_mappings[3].crm_field).
/// </summary>
internal static class RequestShape
{
    /// <summary>The longest Duration, in seconds (10,000 years, as google.protobuf.Duration defines it).</summary>
    private const long MaxDurationSeconds = 315_576_000_000;

    /// <summary>Every violation of the message's shape (empty when it is fine).</summary>
    public static IReadOnlyList<FieldViolation> Check(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new List<FieldViolation>();
        Visit(message, "", violations);
        return violations;
    }

    private static void Visit(IMessage message, string prefix, List<FieldViolation> violations)
    {
        if (message is Duration duration)
        {
            CheckDuration(duration, prefix.TrimEnd('.'), violations);
            return;
        }

        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var path = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap || value is null)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (IList)value;
                if (list.Count > RequestLimits.MaxCount(field.Name))
                {
                    violations.Add(new FieldViolation(path, $"At most {RequestLimits.MaxCount(field.Name)} entries; this request has {list.Count}."));
                    continue;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    VisitValue(field, list[i], $"{path}[{i}]", violations);
                }
            }
            else
            {
                VisitValue(field, value, path, violations);
            }
        }
    }

    private static void VisitValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations)
    {
        switch (field.FieldType)
        {
            case FieldType.Message when value is IMessage nested:
                Visit(nested, path + ".", violations);
                break;
            case FieldType.String when value is string text && text.Length > RequestLimits.MaxLength(field.Name):
                violations.Add(new FieldViolation(path, $"At most {RequestLimits.MaxLength(field.Name)} characters; this value has {text.Length}."));
                break;
            case FieldType.Enum when value is not null:
                var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
                if (field.EnumType.FindValueByNumber(number) is null)
                {
                    var known = string.Join(", ", field.EnumType.Values.Select(v => v.Name));
                    violations.Add(new FieldViolation(path, $"{number} is not a known {field.EnumType.Name}; use one of {known}."));
                }

                break;
        }
    }

    private static void CheckDuration(Duration duration, string path, List<FieldViolation> violations)
    {
        var valid = duration.Seconds is >= -MaxDurationSeconds and <= MaxDurationSeconds
            && duration.Nanos is > -1_000_000_000 and < 1_000_000_000
            && (duration.Seconds == 0 || duration.Nanos == 0 || (duration.Seconds > 0) == (duration.Nanos > 0));
        if (!valid)
        {
            violations.Add(new FieldViolation(path, "Not a valid duration: nanos must be within ±999,999,999 with the sign of seconds, and seconds within ±315,576,000,000."));
        }
    }
}

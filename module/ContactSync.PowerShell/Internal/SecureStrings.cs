using System.Runtime.InteropServices;
using System.Security;

namespace ContactSync.PowerShell.Internal;

/// <summary>Turns secrets into plain text at the last moment before a call.</summary>
internal static class SecureStrings
{
    public static string ToPlainText(SecureString? secret)
    {
        if (secret is null || secret.Length == 0)
        {
            return "";
        }

        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
        try
        {
            return Marshal.PtrToStringUni(pointer) ?? "";
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }

    public static SecureString FromPlainText(string value)
    {
        var secure = new SecureString();
        foreach (var c in value)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}

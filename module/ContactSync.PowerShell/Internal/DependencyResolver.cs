using System.Reflection;

namespace ContactSync.PowerShell.Internal;

/// <summary>
/// Loads the module's third-party assemblies from its <c>dependencies</c> folder, and only those:
/// on PowerShell 7 into a private AssemblyLoadContext (created by reflection, netstandard2.0 has no such type),
/// on Windows PowerShell 5.1 with <see cref="Assembly.LoadFrom(string)"/>. The dlls sit outside the module root so
/// the default load fails first and hands over to this resolver (PSResourceGet's ModuleInitAndCleanup pattern).
/// </summary>
internal static class DependencyResolver
{
    private const string LoadContextName = "contactsync-module";
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.OrdinalIgnoreCase);
    private static HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private static string _directory = "";
    private static object? _loadContext;
    private static MethodInfo? _loadFromAssemblyPath;
    private static bool _registered;

    /// <summary>The folder the dependencies are loaded from.</summary>
    public static string DependencyDirectory => _directory;

    /// <summary>True when the dependencies load into a private AssemblyLoadContext (PowerShell 7).</summary>
    public static bool UsesPrivateLoadContext => _loadContext is not null;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var root = Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? "";
            _directory = Path.Combine(root, "dependencies");
            _names = Directory.Exists(_directory)
                ? new HashSet<string>(Directory.GetFiles(_directory, "*.dll").Select(Path.GetFileNameWithoutExtension), StringComparer.OrdinalIgnoreCase)
                : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            CreateLoadContext();
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            _registered = true;
        }
    }

    public static void Unregister()
    {
        lock (Gate)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
            _registered = false;
        }
    }

    private static void CreateLoadContext()
    {
        // Present on .NET Core / .NET 5+ (System.Private.CoreLib), absent on .NET Framework.
        var alcType = Type.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false);
        if (alcType is null)
        {
            return;
        }

        var constructor = alcType.GetConstructor(new[] { typeof(string), typeof(bool) });
        _loadFromAssemblyPath = alcType.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
        if (constructor is null || _loadFromAssemblyPath is null)
        {
            return;
        }

        _loadContext = constructor.Invoke(new object[] { LoadContextName, false });
    }

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        if (name is null || !_names.Contains(name) || !IsOurs(args.RequestingAssembly))
        {
            return null;
        }

        lock (Gate)
        {
            if (Loaded.TryGetValue(name, out var assembly))
            {
                return assembly;
            }

            var path = Path.Combine(_directory, name + ".dll");
            assembly = _loadContext is not null
                ? (Assembly)_loadFromAssemblyPath!.Invoke(_loadContext, new object[] { path })!
                : Assembly.LoadFrom(path);
            Loaded[name] = assembly;
            return assembly;
        }
    }

    private static bool IsOurs(Assembly? requesting)
    {
        // .NET Framework does not always say who asked; the name list still limits what is answered.
        if (requesting is null)
        {
            return true;
        }

        var requester = requesting.GetName().Name;
        return requesting == typeof(DependencyResolver).Assembly || (requester is not null && _names.Contains(requester));
    }
}

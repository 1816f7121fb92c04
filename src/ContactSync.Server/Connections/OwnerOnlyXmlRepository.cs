using System.Xml.Linq;
using ContactSync.Storage.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ContactSync.Server.Connections;

/// <summary>The key ring in a folder, like <see cref="FileSystemXmlRepository"/>, with every key file owner-only (0600).</summary>
internal sealed class OwnerOnlyXmlRepository(DirectoryInfo folder, ILoggerFactory loggers) : IXmlRepository
{
    private readonly FileSystemXmlRepository _inner = new(folder, loggers);

    public IReadOnlyCollection<XElement> GetAllElements() => _inner.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        _inner.StoreElement(element, friendlyName);
        OwnerOnlyFiles.EnsureFilesIn(folder.FullName);
    }
}

namespace ContactSync.Benchmarks.Special;

/// <summary>Scratch folders of the organisation-scale scenarios.</summary>
internal static class SpecialFiles
{
    /// <summary>Deletes a server's data folder; what cannot be deleted is left for Clean.</summary>
    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for Clean.
        }
    }
}

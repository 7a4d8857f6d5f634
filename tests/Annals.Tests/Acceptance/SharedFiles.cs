namespace Annals.Tests.Acceptance;

/// <summary>Locates the repository root and the <c>../shared</c> folder beside it.</summary>
internal static class SharedFiles
{
    public static string RepoRoot => RepoPaths.Root;

    public static string SharedDir => RepoPaths.Shared;

    public static bool Available => File.Exists(Path.Combine(SharedDir, "contract", "README.md"));

    public static bool InCi => RepoPaths.InCi;
}

/// <summary>
/// A fact that needs <c>../shared</c>. In CI (CI=true) it always runs, and fails if the folder is missing;
/// elsewhere without the folder it is reported as skipped with a plain reason, never passed silently.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!SharedFiles.Available && !SharedFiles.InCi)
            Skip = $"DID NOT RUN: {SharedFiles.SharedDir} is not there (CI always has it)";
    }
}

namespace Annals.TestSupport;

/// <summary>Where the checkout is: the folder holding Annals.slnx, found upwards from the test binaries.</summary>
/// <remarks>Compiled into every test project (linked from tests/Shared), so each finds the repository the same way.</remarks>
internal static class RepoPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample articles committed with the project.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The <c>../shared</c> folder beside the checkout (development gold sets, contract, corpus).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>True in CI (CI=true), where tests that need outside things must fail rather than skip without them.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Annals.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Annals.slnx not found above " + AppContext.BaseDirectory);
    }
}

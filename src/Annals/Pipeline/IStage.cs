using Annals.Documents;

namespace Annals.Pipeline;

/// <summary>One step of the pipeline: a document in, a document out.</summary>
/// <remarks>
/// A stage never reads the clock, the file system or the network, never throws on any text, and returns a
/// document whose new annotations stay inside the text and are sorted. It is safe to call from several threads.
/// </remarks>
public interface IStage
{
    /// <summary>Stable identifier ("time", "actors").</summary>
    string Id { get; }

    /// <summary>Version of the stage and its data; recorded with stored results.</summary>
    string Version { get; }

    /// <summary>Annotations that must be present before the stage runs.</summary>
    Annotations Requires { get; }

    /// <summary>Annotations the stage adds.</summary>
    Annotations Produces { get; }

    /// <summary>Runs the stage.</summary>
    AnalyzedDocument Run(AnalyzedDocument document);
}

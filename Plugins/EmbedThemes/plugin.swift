import Foundation
import PackagePlugin

/// Turns every `Themes/*.theme` file into Swift source, so the themes are part of the
/// binary and a copied binary works alone.
@main
struct EmbedThemes: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let themes = context.package.directoryURL.appending(path: "Themes")
    let files = try FileManager.default.contentsOfDirectory(
      at: themes, includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "theme" }.sorted { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemes.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) themes",
        executable: try context.tool(named: "ThemeEmbedder").url,
        arguments: [output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}

/// `firstk import-leads FILE [--dry-run]`: the lead import as a command of its own until
/// it becomes the `leads` kind of `firstk import`.
enum ImportLeadsCommand {
  static let command = Command(
    name: "import-leads", summary: "add prospects from a LinkedIn, Google or CSV lead list",
    usage: LeadImportRunner.usage, run: LeadImportRunner.run)
}

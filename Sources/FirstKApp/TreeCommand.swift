import FirstKCore

/// `firstk tree`: the whole playbook as an indented outline on stdout.
enum TreeCommand {
  static let command = Command(
    name: "tree",
    summary: "print the whole playbook as an outline",
    usage: """
      Usage: firstk tree

      Prints every step of the playbook, indented by level, with its id in brackets,
      its guidance, bullet points and scripts (placeholders such as [X] left as they are).

      """,
    run: { context, arguments in
      guard arguments.isEmpty else {
        throw UsageError("tree takes no arguments, but got \"\(arguments[0])\"")
      }
      context.console.out(Playbook.outline())
      return 0
    })
}

/// Which list of records is open over a pane.
public enum RecordList: Equatable, Sendable {
  /// Customers, over the MRR pane.
  case customers
  /// Prospects, over the Follow-ups pane.
  case prospects
}

/// What happened in a customer or prospect list, or in a key that opens a form.
public enum RecordsAction: Equatable, Sendable {
  case listToggled(RecordList)
  case upPressed
  case downPressed
  case newPressed(RecordList)
  case editPressed
  case deletePressed
  case deleteConfirmed
  case undoPressed
  case profilePressed
  case importPressed(ImportKind)
  case importMenuPressed
  /// Opens the form for an objection in the prospect's own words.
  case objectionNotePressed
  /// Asks, for the selected prospect, whether they said they would pay.
  case talkMenuPressed
  /// Records today's validation talk with the selected prospect and their answer.
  case talkRecorded(wouldPay: Bool)
}

extension AppState {
  mutating func reduceRecords(_ action: RecordsAction) -> [Effect] {
    switch action {
    case .listToggled(let list):
      openList = openList == list ? nil : list
      listSelection = 0
      return []

    case .upPressed:
      listSelection = max(0, listSelection - 1)
      return []

    case .downPressed:
      listSelection = min(listSelection + 1, max(0, listCount - 1))
      return []

    case .newPressed(let list):
      switch list {
      case .customers: prompt = .form(Forms.customer(nil, profile: profile, today: today))
      case .prospects: prompt = .form(Forms.prospect(nil))
      }
      return []

    case .editPressed:
      switch openList {
      case .customers:
        guard let customer = selectedCustomer else { return nothingSelected() }
        prompt = .form(Forms.customer(customer, profile: profile, today: today))
      case .prospects:
        guard let prospect = selectedProspect else { return nothingSelected() }
        prompt = .form(Forms.prospect(prospect))
      case nil:
        break
      }
      return []

    case .deletePressed:
      let name: String
      switch openList {
      case .customers:
        guard let customer = selectedCustomer else { return nothingSelected() }
        name = customer.name
      case .prospects:
        guard let prospect = selectedProspect else { return nothingSelected() }
        name = prospect.name
      case nil:
        return []
      }
      prompt = .menu(Menu(title: "Delete \(TextPreview.short(name))?", options: [
        MenuOption("y", "yes, delete", .records(.deleteConfirmed)),
        MenuOption("n", "no, keep", .prompt(.dismissed)),
      ]))
      return []

    case .deleteConfirmed:
      return deleteSelected()

    case .undoPressed:
      guard let deleted = lastDeleted else {
        status = StatusMessage("Nothing to undo.", kind: .error)
        return []
      }
      lastDeleted = nil
      // Back in its place at once, and selected, so the user sees what came back.
      func place(_ id: Int64?, in ids: [Int64?]) -> Int {
        ids.firstIndex { ($0 ?? .max) > (id ?? .max) } ?? ids.endIndex
      }
      switch deleted {
      case .customer(let customer):
        let position = place(customer.id, in: customers.map(\.id))
        customers.insert(customer, at: position)
        if openList == .customers { listSelection = position }
        status = StatusMessage("Restored \(TextPreview.sentence(customer.name))")
        return [.restoreCustomer(customer)]
      case .prospect(let prospect, let theirs):
        let position = place(prospect.id, in: prospects.map(\.id))
        prospects.insert(prospect, at: position)
        followUps += theirs
        if openList == .prospects { listSelection = position }
        status = StatusMessage("Restored \(TextPreview.sentence(prospect.name))")
        return [.restoreProspect(prospect, followUps: theirs)]
      }

    case .profilePressed:
      prompt = .form(Forms.profile(profile))
      return []

    case .importPressed(let kind):
      prompt = .form(Forms.importFile(kind))
      return []

    case .objectionNotePressed:
      prompt = .form(Form(title: "Objection in their words", purpose: .objectionNote,
        fields: [FormField("Objection", "")]))
      return []

    case .talkMenuPressed:
      guard openList == .prospects, let prospect = selectedProspect else {
        return nothingSelected()
      }
      prompt = .menu(Menu(
        title: "Talk with \(TextPreview.short(prospect.name)) today: would they pay?",
        options: [
          MenuOption("y", "yes, they would pay", .records(.talkRecorded(wouldPay: true))),
          MenuOption("n", "no, they would not", .records(.talkRecorded(wouldPay: false))),
        ]))
      return []

    case .talkRecorded(let wouldPay):
      guard openList == .prospects, let prospect = selectedProspect else {
        return nothingSelected()
      }
      return [.recordTalk(prospect, wouldPay: wouldPay, on: today)]

    case .importMenuPressed:
      prompt = .menu(Menu(title: "Import which file?", options: [
        MenuOption("s", "Stripe subscriptions export", .records(.importPressed(.stripe))),
        MenuOption("c", "customers CSV (name, amount)", .records(.importPressed(.customers))),
      ]))
      return []
    }
  }

  /// Rows in the open list.
  public var listCount: Int {
    switch openList {
    case .customers: return customers.count
    case .prospects: return prospects.count
    case nil: return 0
    }
  }

  public var selectedCustomer: Customer? {
    customers.indices.contains(listSelection) ? customers[listSelection] : nil
  }

  public var selectedProspect: Prospect? {
    prospects.indices.contains(listSelection) ? prospects[listSelection] : nil
  }

  private mutating func deleteSelected() -> [Effect] {
    switch openList {
    case .customers:
      guard let customer = selectedCustomer else { return nothingSelected() }
      customers.remove(at: listSelection)
      lastDeleted = .customer(customer)
      listSelection = min(listSelection, max(0, customers.count - 1))
      status = StatusMessage("Deleted \(TextPreview.sentence(customer.name)) Press u to undo.")
      return [.deleteCustomer(customer)]
    case .prospects:
      guard let prospect = selectedProspect else { return nothingSelected() }
      let theirs = followUps.filter { $0.prospectID == prospect.id }
      prospects.remove(at: listSelection)
      followUps.removeAll { $0.prospectID == prospect.id }
      lastDeleted = .prospect(prospect, followUps: theirs)
      listSelection = min(listSelection, max(0, prospects.count - 1))
      status = StatusMessage("Deleted \(TextPreview.sentence(prospect.name)) Press u to undo.")
      return [.deleteProspect(prospect)]
    case nil:
      return []
    }
  }

  private mutating func nothingSelected() -> [Effect] {
    status = StatusMessage("The list is empty: press n to add one.", kind: .error)
    return []
  }
}

/// The last deleted record, kept so one key can bring it back.
public enum DeletedRecord: Equatable, Sendable {
  case customer(Customer)
  case prospect(Prospect, followUps: [FollowUp])
}

import Foundation
import Testing
@testable import YishiCore

/// The demo site in `content/` is what a new user sees first and what secretaries copy:
/// it must pass `check` and show every feature the issue lists.
@Suite struct DemoContentTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let site = SiteLoader.load(from: DiskSource(root: DemoContentTests.root))

    @Test func passesCheckWithNoError() {
        #expect(site.diagnostics.errors.isEmpty, "\(site.diagnostics.errors.prefix(20).map { $0.rendered(in: .en) })")
    }

    @Test func isTheSizeTheIssueAsksFor() {
        let c = site.content
        let leaves = c.units.units.filter(\.isLeaf)
        let towns = c.units.units.filter { u in !u.isLeaf && u.children.allSatisfy { c.units[$0]?.isLeaf ?? false } }
        #expect(towns.count >= 3)
        #expect(leaves.count >= 12)
        #expect(c.publishedMeetings.count >= 150)
        #expect(site.ledger.items.count >= 400)
        #expect(c.publishedUpdateFiles.count >= 30)
        let months = Set(c.publishedMeetings.map { $0.date.year * 12 + $0.date.month })
        #expect(months.count >= 18)
    }

    @Test func showsEveryStatusKindAndUrgency() {
        let asOf = Day(iso: "2026-11-21")!
        var statuses = Set<ItemStatus>()
        for r in site.ledger.items {
            for e in r.timeline { if let s = e.status { statuses.insert(s) } }
        }
        #expect(statuses == Set(ItemStatus.allCases))
        #expect(Set(site.ledger.items.map(\.item.kind)) == Set(ItemKind.allCases))
        #expect(Set(site.ledger.items.map(\.item.urgency)) == Set(Urgency.allCases))
        let states = site.ledger.items.compactMap { site.ledger.state(of: $0.id, asOf: asOf) }
        #expect(states.contains { $0.isOverdue(asOf: asOf) }, "an overdue item")
        #expect(site.ledger.items.contains { $0.item.vote != nil }, "votes")
        #expect(states.contains { ($0.funds ?? 0) > 0 }, "funds")
        #expect(site.ledger.items.contains { r in r.timeline.contains { $0.status == .deferred && $0.due != nil } }, "a deferral")
        #expect(site.ledger.items.contains { r in r.timeline.dropFirst().contains { $0.owner != nil && $0.owner != r.item.owner?.value } },
                "a reassigned owner")
        #expect(site.ledger.items.contains { $0.item.status == .resolved }, "solved on the spot")
        #expect(site.ledger.items.contains { $0.item.isPrivate }, "a private item")
    }

    @Test func hasAVillageThatMissesTheRuleAndOneThatNeverMet() {
        let asOf = Day(iso: "2026-11-21")!
        let held = site.content.publishedMeetings.filter { $0.date <= asOf }
        let leaves = site.content.units.units.filter(\.isLeaf).map(\.id)
        let last = Dictionary(held.map { ($0.unit.value, $0.date) }, uniquingKeysWith: max)
        #expect(leaves.contains { last[$0] == nil }, "a village that never met")
        #expect(leaves.contains { id in last[id].map { $0.days(until: asOf) > site.content.settings.cadenceDays } ?? false },
                "a village that misses the two-month rule")
        #expect(site.content.publishedMeetings.contains { $0.date > asOf }, "an upcoming meeting")
        #expect(site.content.meetings.contains { $0.draft }, "a draft")
        #expect(site.content.meetings.contains { !$0.aliases.isEmpty }, "an alias")
    }
}

import Testing
@testable import YishiCore

/// "did you mean …": the closest id, and the same one whatever order the ids come in.
@Suite struct SuggestionTests {
    @Test func equallyCloseIdsGiveTheSameHintInAnyOrder() {
        let ids = ["XF-2023-021", "XF-2023-023", "XF-2023-029", "XF-2023-012"]
        let hints = Set((0..<ids.count).map { k in
            Suggestion.closest(to: "XF-2023-022", in: Array(ids[k...] + ids[..<k]) )
        } + [Suggestion.closest(to: "XF-2023-022", in: ids.reversed())])
        #expect(hints == ["XF-2023-012"])   // 012, 021, 023 and 029 are all one edit away: the smallest wins
    }

    @Test func aTypoIsSuggestedAndAGuessIsNot() {
        #expect(Suggestion.closest(to: "longjang", in: ["longjiang", "xikou"]) == "longjiang")
        #expect(Suggestion.closest(to: "abc", in: ["xyz"]) == nil)
    }
}

/// JSON written as it comes, in exactly the layout of `JSONValue.serializedUTF8(indent:)`
/// (two-space indents, `{}` and `[]` when empty, or all on one line), for documents written
/// too often to be worth building as a tree of boxed values first.
struct JSONStream {
    var out: [UInt8] = []
    /// The indent of the members of the innermost open object or array; nil on one line.
    private(set) var depth: Int?
    /// Members written so far in each open object or array.
    private var members: [Int] = []

    init(indent: Int?) { depth = indent }

    /// Opens an object (`{`) or array (`[`).
    mutating func open(_ bracket: Unicode.Scalar) {
        out.append(UInt8(ascii: bracket))
        members.append(0)
        depth = depth.map { $0 + 1 }
    }

    /// Closes the innermost object (`}`) or array (`]`).
    mutating func close(_ bracket: Unicode.Scalar) {
        depth = depth.map { $0 - 1 }
        if members.removeLast() > 0 { JSONValue.newline(depth, into: &out) }
        out.append(UInt8(ascii: bracket))
    }

    /// Starts an array element: the value comes next.
    mutating func element() {
        if members[members.count - 1] > 0 { out.append(UInt8(ascii: ",")) }
        members[members.count - 1] += 1
        JSONValue.newline(depth, into: &out)
    }

    /// Starts an object member: the value comes next.
    mutating func key(_ name: String) {
        element()
        JSONValue.quote(name, into: &out)
        JSONValue.colon(depth, into: &out)
    }

    mutating func int(_ i: Int) { out.append(contentsOf: String(i).utf8) }
    mutating func string(_ s: String) { JSONValue.quote(s, into: &out) }
    mutating func null() { out.append(contentsOf: "null".utf8) }
    mutating func number(_ d: Double?) { if let d { JSONValue.write(d, into: &out) } else { null() } }
    mutating func value(_ v: JSONValue) { v.write(into: &out, indent: depth) }
}

/// JSON written as it comes, in exactly the layout of `JSONValue.serializedUTF8(indent:)`
/// (two-space indents, `{}` and `[]` when empty), for documents written too often to be
/// worth building as a tree of boxed values first.
struct JSONStream {
    var out: [UInt8] = []
    /// The indent of the members of the innermost open object or array.
    private(set) var depth: Int
    /// Members written so far in each open object or array.
    private var members: [Int] = []

    init(indent: Int) { depth = indent }

    /// Opens an object (`{`) or array (`[`).
    mutating func open(_ bracket: Unicode.Scalar) {
        out.append(UInt8(ascii: bracket))
        members.append(0)
        depth += 1
    }

    /// Closes the innermost object (`}`) or array (`]`).
    mutating func close(_ bracket: Unicode.Scalar) {
        depth -= 1
        if members.removeLast() > 0 {
            out.append(0x0A)
            JSONValue.pad(depth, into: &out)
        }
        out.append(UInt8(ascii: bracket))
    }

    /// Starts an array element: the value comes next.
    mutating func element() {
        out.append(contentsOf: (members[members.count - 1] == 0 ? "\n" : ",\n").utf8)
        members[members.count - 1] += 1
        JSONValue.pad(depth, into: &out)
    }

    /// Starts an object member: the value comes next.
    mutating func key(_ name: String) {
        element()
        JSONValue.quote(name, into: &out)
        out.append(contentsOf: ": ".utf8)
    }

    mutating func int(_ i: Int) { out.append(contentsOf: String(i).utf8) }
    mutating func string(_ s: String) { JSONValue.quote(s, into: &out) }
    mutating func null() { out.append(contentsOf: "null".utf8) }
    mutating func number(_ d: Double?) { if let d { JSONValue.write(d, into: &out) } else { null() } }
    mutating func value(_ v: JSONValue) { v.write(into: &out, indent: depth) }
}

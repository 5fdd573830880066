extension Template {
    /// A template's nodes laid out flat for rendering: one run of plain operations in which
    /// a section's, a block's or a parent's body follows its own operation, all text in one
    /// byte buffer, names in a table.
    ///
    /// Pages were rendered by walking the tree of `Node`s, and every node taken from its
    /// array, every frame passed down a level was a reference count up and then down again:
    /// on 10 000 meetings the engine was a ninth of the build's CPU and a third of that was
    /// counting references. An operation here is four plain numbers, and the buffers are
    /// read through pointers, so walking a template counts nothing.
    final class Code: @unchecked Sendable {   // immutable once made
        struct Op {
            enum Kind: UInt8 { case text, value, section, inverted, partial, block, escaping }
            var kind: Kind
            /// value: whether it is escaped; escaping: on or off.
            var flag = false
            /// text: where it starts in `bytes`; value and section: its name in `names`;
            /// partial: its entry in `partials`; block: its entry in `blocks`.
            var a: Int32 = 0
            /// text: where it ends in `bytes`; section, partial and block: the operation
            /// after its body; otherwise the next operation.
            var end: Int32 = 0
        }

        /// `{{> name}}` or a parent, `{{< name}}…{{/name}}`, whose overriding blocks are the
        /// runs of operations between it and its `end`.
        struct Partial {
            var name: String
            /// For `{{> *name}}`: the name to look up for the partial's name.
            var lookup: Name?
            var indentation: [UInt8]
            var overrides: [String: Range<Int>]?
        }

        struct Block {
            var name: String
            var indentation: [UInt8]
        }

        let ops: UnsafeMutableBufferPointer<Op>
        let bytes: UnsafeMutableBufferPointer<UInt8>
        let names: UnsafeMutableBufferPointer<Name>
        let partials: [Partial]
        let blocks: [Block]

        init(_ nodes: [Node]) {
            var layout = Layout()
            layout.lay(nodes)
            ops = .allocate(capacity: layout.ops.count)
            _ = ops.initialize(from: layout.ops)
            bytes = .allocate(capacity: layout.bytes.count)
            _ = bytes.initialize(from: layout.bytes)
            names = .allocate(capacity: layout.names.count)
            _ = names.initialize(from: layout.names)
            partials = layout.partials
            blocks = layout.blocks
        }

        deinit {
            ops.deallocate()
            bytes.deallocate()
            names.deinitialize().deallocate()
        }

        /// The whole template.
        var all: Range<Int> { 0..<ops.count }

        private struct Layout {
            var ops: [Op] = []
            var bytes: [UInt8] = []
            var names: [Name] = []
            var partials: [Partial] = []
            var blocks: [Block] = []

            mutating func lay(_ nodes: [Node]) {
                for node in nodes {
                    switch node {
                    case .text(let text):
                        ops.append(Op(kind: .text, a: Int32(bytes.count), end: Int32(bytes.count + text.count)))
                        bytes += text
                    case .value(let name, let escaped):
                        ops.append(Op(kind: .value, flag: escaped, a: Int32(names.count), end: Int32(ops.count + 1)))
                        names.append(name)
                    case .section(let name, let inverted, let body):
                        let at = open(Op(kind: inverted ? .inverted : .section, a: Int32(names.count)))
                        names.append(name)
                        lay(body)
                        close(at)
                    case .partial(let name, let dynamic, let indentation, let overrides):
                        let at = open(Op(kind: .partial, a: Int32(partials.count)))
                        let lookup = dynamic ? Name(start: .stack, path: name.split(separator: ".").map(String.init), transforms: []) : nil
                        partials.append(Partial(name: name, lookup: lookup, indentation: indentation, overrides: nil))
                        if let overrides {
                            var ranges: [String: Range<Int>] = [:]
                            for (block, body) in overrides.sorted(by: { $0.key < $1.key }) {
                                let start = ops.count
                                lay(body)
                                ranges[block] = start..<ops.count
                            }
                            partials[Int(ops[at].a)].overrides = ranges
                        }
                        close(at)
                    case .block(let name, let body, let indentation):
                        let at = open(Op(kind: .block, a: Int32(blocks.count)))
                        blocks.append(Block(name: name, indentation: indentation))
                        lay(body)
                        close(at)
                    case .escaping(let on):
                        ops.append(Op(kind: .escaping, flag: on, end: Int32(ops.count + 1)))
                    }
                }
            }

            mutating func open(_ op: Op) -> Int {
                ops.append(op)
                return ops.count - 1
            }

            mutating func close(_ at: Int) {
                ops[at].end = Int32(ops.count)
            }
        }
    }
}

import Dispatch
import Foundation

/// `map` over all cores, results in input order, for stages whose items are independent
/// (parsing files, rendering pages).
///
/// Fewer than `serialBelow` elements run on the calling thread, as in `parallelForEach`.
public func parallelMap<T, R>(_ xs: [T], serialBelow: Int = 16, _ f: (T) -> R) -> [R] {
    if xs.count < max(serialBelow, 2) { return xs.map(f) }
    return parallelMap(xs, serialBelow: serialBelow, first: { f($0) }, then: f)
}

/// `parallelMap` for steps that may have to wait for the disk: `first` returns nil where it
/// would have waited, and that element is mapped with `then` once the rest of its range is
/// done, by when what it waited for has had time to arrive. Results in input order.
///
/// A core that would sit idle while one file is loaded parses the next ones instead, and the
/// files asked for meanwhile are loaded together. Fewer than `serialBelow` elements run on the
/// calling thread.
public func parallelMap<T, R>(_ xs: [T], serialBelow: Int = 16, first: (T) -> R?, then: (T) -> R) -> [R] {
    if xs.isEmpty { return [] }
    return withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(then) { then in
            [R](unsafeUninitializedCapacity: xs.count) { results, count in
                xs.withUnsafeBufferPointer { buffer in
                    nonisolated(unsafe) let input = buffer
                    nonisolated(unsafe) let out = results.baseAddress!
                    nonisolated(unsafe) let (now, later) = (first, then)
                    let mapRange = { (range: Range<Int>) in
                        var waited: [Int] = []
                        for i in range {
                            if let r = now(input[i]) { (out + i).initialize(to: r) } else { waited.append(i) }
                        }
                        for i in waited { (out + i).initialize(to: later(input[i])) }
                    }
                    if input.count < max(serialBelow, 2) { mapRange(0..<input.count) } else { inChunks(input.count, mapRange) }
                }
                count = xs.count
            }
        }
    }
}

/// Runs `body` over `0..<count` split into contiguous ranges, the ranges on every core: a few
/// dozen per core, so that a loop of forty thousand small steps does not pay for forty
/// thousand hand-offs between threads, and uneven steps still even out.
func inChunks(_ count: Int, _ body: (Range<Int>) -> Void) {
    let chunks = min(count, ProcessInfo.processInfo.activeProcessorCount * 32)
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let run = body
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            run(count * c / chunks ..< count * (c + 1) / chunks)
        }
    }
}

/// `forEach` over all cores, for stages that hand each result on as soon as it is made
/// (rendering pages straight to the writer) instead of keeping them all.
///
/// Fewer than `serialBelow` elements run on the calling thread: for a short list of small
/// steps a hand-off costs more than it saves; a short list of heavy ones (a dozen reports'
/// figures, a handful of long pages) passes 2.
public func parallelForEach<T>(_ xs: [T], serialBelow: Int = 16, _ f: (T) -> Void) {
    if xs.count < max(serialBelow, 2) { xs.forEach(f); return }
    xs.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        nonisolated(unsafe) let fn = f
        inChunks(input.count) { range in for i in range { fn(input[i]) } }
    }
}

/// Two independent computations side by side, on two cores when there are two.
public func both<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
    var x: A?, y: B?
    withoutActuallyEscaping(a) { a in
        withoutActuallyEscaping(b) { b in
            nonisolated(unsafe) let fa = a, fb = b
            nonisolated(unsafe) var ra: A?, rb: B?
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { ra = fa() } else { rb = fb() }
            }
            x = ra
            y = rb
        }
    }
    return (x!, y!)
}

/// `side` on a thread of its own while `main` runs on this one with every core it asks for.
///
/// Unlike `both`, whose two halves each get one core (a parallel loop nested in either runs
/// serially), `main` keeps its parallel loops: for a side task that waits on the kernel
/// (reading a large file, listing a folder) or is shorter than `main`, so that neither core
/// sits idle while the other finishes.
public func alongside<A, B>(_ side: () -> B, _ main: () -> A) -> (A, B) {
    withoutActuallyEscaping(side) { side in
        // The thread holds the box, not the closure: a Thread keeps its block a moment after it
        // has run, and the closure must not outlive this call.
        let result = SideResult<B>(side)
        let thread = Thread {
            result.value = result.task!()
            result.task = nil
            result.done.signal()
        }
        // Foundation's default for a secondary thread is small; rendering recurses.
        thread.stackSize = 16 << 20
        thread.start()
        let a = main()
        result.done.wait()
        return (a, result.value!)
    }
}

/// What `alongside`'s side thread hands back; read only after `done` is signalled.
private final class SideResult<B>: @unchecked Sendable {
    var task: (() -> B)?
    var value: B?
    let done = DispatchSemaphore(value: 0)

    init(_ task: @escaping () -> B) { self.task = task }
}

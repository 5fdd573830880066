import Dispatch

/// `map` over all cores, results in input order, for stages whose items are independent
/// (parsing files, rendering pages).
public func parallelMap<T, R>(_ xs: [T], _ f: (T) -> R) -> [R] {
    if xs.count < 16 { return xs.map(f) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: xs.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    xs.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        nonisolated(unsafe) let out = results
        nonisolated(unsafe) let fn = f
        DispatchQueue.concurrentPerform(iterations: input.count) { i in out[i] = fn(input[i]) }
    }
    return results.map { $0! }
}

/// `forEach` over all cores, for stages that hand each result on as soon as it is made
/// (rendering pages straight to the writer) instead of keeping them all.
public func parallelForEach<T>(_ xs: [T], _ f: (T) -> Void) {
    if xs.count < 16 { xs.forEach(f); return }
    xs.withUnsafeBufferPointer { buffer in
        nonisolated(unsafe) let input = buffer
        nonisolated(unsafe) let fn = f
        DispatchQueue.concurrentPerform(iterations: input.count) { i in fn(input[i]) }
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

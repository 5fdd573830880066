import Foundation

extension FileHandle {
    /// Writes `data`, and carries on when the reader has gone (`yishi serve | head -1`):
    /// `write(_: Data)` stops the program on a closed pipe, and a message the reader can no
    /// longer see is no reason to stop a preview or a build.
    public func put(_ data: Data) {
        try? write(contentsOf: data)
    }
}

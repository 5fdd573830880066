extension TraditionalChinese {
    static let table: [Unicode.Scalar: Unicode.Scalar] = [:]
}

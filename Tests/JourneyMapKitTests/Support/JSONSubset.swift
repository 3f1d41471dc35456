import Foundation
import Testing

/// Compares parsed JSON with an expected shape: every key of an expected object must be
/// in the actual one with an equal value (more keys may be added, cli.md says); arrays
/// must have the same length, item by item. `NSNull()` stands for `null`.
enum JSONSubset {
    static func check(_ expected: Any, _ actual: Any?, at path: String = "$",
                      sourceLocation: SourceLocation = #_sourceLocation) {
        guard let actual else {
            Issue.record("\(path): missing", sourceLocation: sourceLocation)
            return
        }
        switch expected {
        case let object as [String: Any]:
            guard let actualObject = actual as? [String: Any] else {
                Issue.record("\(path): expected an object, found \(actual)", sourceLocation: sourceLocation)
                return
            }
            for (key, value) in object {
                check(value, actualObject[key], at: "\(path).\(key)", sourceLocation: sourceLocation)
            }
        case let array as [Any]:
            guard let actualArray = actual as? [Any], actualArray.count == array.count else {
                Issue.record("\(path): expected \(array.count) items, found \(actual)", sourceLocation: sourceLocation)
                return
            }
            for (i, item) in array.enumerated() {
                check(item, actualArray[i], at: "\(path)[\(i)]", sourceLocation: sourceLocation)
            }
        case is NSNull:
            #expect(actual is NSNull, "\(path): expected null, found \(actual)", sourceLocation: sourceLocation)
        case let string as String:
            #expect(actual as? String == string, "\(path)", sourceLocation: sourceLocation)
        case let bool as Bool:
            #expect(actual as? Bool == bool, "\(path): \(actual)", sourceLocation: sourceLocation)
        case let int as Int:
            #expect((actual as? NSNumber)?.doubleValue == Double(int), "\(path): \(actual)", sourceLocation: sourceLocation)
        case let double as Double:
            #expect((actual as? NSNumber)?.doubleValue == double, "\(path): \(actual)", sourceLocation: sourceLocation)
        default:
            Issue.record("\(path): cannot compare \(expected)", sourceLocation: sourceLocation)
        }
    }
}

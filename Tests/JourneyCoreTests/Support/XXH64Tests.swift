import JourneyCore
import Testing

/// XXH64 against the reference implementation (`xxhsum -H64`, Debian's xxhash 0.8), at
/// every length where the code takes another path: under 4, 4 to 7, 8 to 31 bytes,
/// exact and ragged 32-byte stripes.
struct XXH64Tests {
    @Test(arguments: [
        ("abc", "44bc2cf5ad770999"),
        ("Stage → Étape 旅", "e9a515be4a36a123"),
        (String(repeating: "a", count: 1_000_000), "dc483aaa9b4fdc40"),
    ])
    func texts(_ text: String, _ expected: String) {
        #expect(XXH64.hex(XXH64.hash(text)) == expected)
        #expect(XXH64.hex(XXH64.hash(Array(text.utf8))) == expected)
    }

    /// The bytes 0, 1, 2, ... (modulo 251) of each length.
    @Test(arguments: [
        (0, "ef46db3751d8e999"), (1, "e934a84adb052768"), (3, "e5c7bb4533bc65dd"),
        (4, "ffced8604453cc1e"), (5, "dd0274386e26030c"), (7, "14cc643f630c72d2"),
        (8, "884a173614b81b8d"), (9, "67d85784a7c78c5b"), (15, "a948f5f0f6abac2d"),
        (16, "44b6ef2fb84169f7"), (31, "c346d2b59b4d8ee1"), (32, "cbf59c5116ff32b4"),
        (33, "0c535d1acafb8ead"), (39, "00a396ef1679a859"), (40, "f5da40f1b11741e9"),
        (63, "e26aa9e2a95f8e4f"), (64, "f7c67301db6713f0"), (65, "c31eb63b2ae4465b"),
        (100, "6ac1e58032166597"), (1000, "f306f04aa88b54d3"),
    ])
    func everyLengthShape(_ length: Int, _ expected: String) {
        let bytes = (0..<length).map { UInt8($0 % 251) }
        #expect(XXH64.hex(XXH64.hash(bytes)) == expected)
        // A collection without contiguous storage takes the copying path.
        #expect(XXH64.hex(XXH64.hash(bytes.lazy.map { $0 })) == expected)
    }

    /// Leading zeros are kept, so every hash is 16 digits.
    @Test func hexKeepsLeadingZeros() {
        #expect(XXH64.hex(0x00a3_96ef_1679_a859) == "00a396ef1679a859")
        #expect(XXH64.hex(0) == "0000000000000000")
    }
}

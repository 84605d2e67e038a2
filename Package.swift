// swift-tools-version:6.1
// Lotse — psychosocial triage and trauma-consultation scheduler.
// No third-party Swift packages: Foundation, Dispatch, Glibc, Swift Testing and the
// system's libsqlite3 (through the CSQLite system-library target) only.
import PackageDescription

/// One settings list for every target: Swift 6 language mode (strict concurrency) and
/// warnings treated as errors, so that a warning can never land unnoticed.
let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .unsafeFlags(["-warnings-as-errors"]),
]

let package = Package(
    // Linux only (Debian is where it is deployed): no Apple platform is declared, and
    // LotseSystem refuses to compile elsewhere, because the daemon rests on SO_PEERCRED,
    // accept4, pipe2 and posix_spawn's addclosefrom_np.
    name: "Lotse",
    products: [
        .executable(name: "lotse", targets: ["lotse"]),
        .executable(name: "lotsed", targets: ["lotsed"]),
        .executable(name: "lotse-bench", targets: ["lotse-bench"]),
    ],
    targets: [
        // Linux calls glibc declares only under _GNU_SOURCE (pipe2, accept4, closefrom for
        // posix_spawn): header only, nothing to link.
        .systemLibrary(name: "CLinux", path: "Sources/CLinux"),
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Lotse's one JSON: value, parser, serialiser, one set of rules for the wire and
        // the planner's files. Bottom of the layers, no dependencies.
        .target(name: "LotseJSON", swiftSettings: strict),
        // The one file that calls the kernel (descriptors, files, sockets, pipes, processes):
        // EINTR retried in one place, descriptors close-on-exec, errors with errno and text.
        // Linux only. LotseCore never uses it: the domain does no I/O.
        .target(name: "LotseSystem", dependencies: ["CLinux"], swiftSettings: strict),
        // Pure domain and algorithms: no I/O, no clock.
        .target(name: "LotseCore", dependencies: ["LotseJSON"], swiftSettings: strict),
        // SQLite persistence of the domain.
        .target(name: "LotseStore", dependencies: ["LotseCore", "LotseJSON", "LotseSystem", "CSQLite"], swiftSettings: strict),
        // The varlink wire protocol; knows nothing of the domain.
        .target(name: "LotseVarlink", dependencies: ["LotseJSON", "LotseSystem"], swiftSettings: strict),
        // Lotse's wire contract on top of varlink: every interface's IDL, the closed value
        // sets as enums, typed requests and replies, one bilingual error set. No domain logic.
        .target(name: "LotseProtocol", dependencies: ["LotseVarlink"], swiftSettings: strict),
        // The service: interfaces, authorisation, mail, timers, signals.
        .target(name: "LotseDaemon", dependencies: ["LotseCore", "LotseStore", "LotseVarlink", "LotseProtocol", "LotseSystem", "CLinux"], swiftSettings: strict),
        // The command-line client: commands → varlink calls, output formatting.
        .target(name: "LotseCLI", dependencies: ["LotseCore", "LotseVarlink", "LotseProtocol", "LotseSystem"], swiftSettings: strict),
        .executableTarget(name: "lotsed", dependencies: ["LotseDaemon"], swiftSettings: strict),
        .executableTarget(name: "lotse", dependencies: ["LotseCLI"], swiftSettings: strict),
        .executableTarget(name: "lotse-bench", dependencies: ["LotseCore", "LotseStore", "LotseVarlink", "LotseProtocol", "LotseSystem", "CSQLite"], swiftSettings: strict),
        // Helpers shared by test targets (the external cross-check tools); tests only.
        .target(name: "LotseTestSupport", path: "Tests/LotseTestSupport", swiftSettings: strict),
        .testTarget(name: "LotseJSONTests", dependencies: ["LotseJSON"], swiftSettings: strict),
        .testTarget(name: "LotseCoreTests", dependencies: ["LotseCore", "LotseJSON", "LotseTestSupport"], exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "LotseStoreTests", dependencies: ["LotseStore", "CSQLite"], swiftSettings: strict),
        .testTarget(name: "LotseSystemTests", dependencies: ["LotseSystem", "LotseCore"], swiftSettings: strict),
        .testTarget(name: "LotseVarlinkTests", dependencies: ["LotseVarlink", "LotseSystem"], swiftSettings: strict),
        .testTarget(name: "LotseProtocolTests", dependencies: ["LotseProtocol", "LotseVarlink"], swiftSettings: strict),
        .testTarget(name: "LotseDaemonTests", dependencies: ["LotseDaemon", "LotseProtocol", "LotseSystem"], swiftSettings: strict),
        // Starts real lotsed processes and talks to them over their sockets, with the
        // real lotse client; depends on the executables so that they are built first.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["LotseCLI", "LotseVarlink", "LotseProtocol", "LotseCore", "LotseSystem", "LotseTestSupport", "lotsed", "lotse"],
            resources: [],
            swiftSettings: strict
        ),
    ]
)

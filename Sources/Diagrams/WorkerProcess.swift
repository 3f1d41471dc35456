import Foundation

/// A running `journeymap _render-worker` process and the two pipes to it
/// (`RenderWorker` has the protocol).
///
/// Started with `posix_spawn` rather than Foundation's `Process`: the build needs
/// nothing but two pipes and the exit status, and the pipes are made close-on-exec so
/// that no worker inherits another's, which would keep that one's input open after
/// the build closed it.
final class WorkerProcess {
    let pid: pid_t
    private let input: Int32
    private var output: FramePipe
    /// How the worker ended, once `finish` has waited for it.
    private var ended: String?

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = FramePipe(fd: output)
    }

    /// Starts `executable _render-worker`; nil when it cannot be started (the caller
    /// then draws that share itself).
    static func spawn(executable: String) -> WorkerProcess? {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        // Ignored so that a worker that dies makes a write to it fail with EPIPE,
        // reported as an error, instead of killing this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        guard closeOnExecPipe(&toChild) else { return nil }
        guard closeOnExecPipe(&fromChild) else {
            close(toChild[0]); close(toChild[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)

        let arguments = ["journeymap", RenderWorker.commandName]
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, &argv, &envp)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1]); close(fromChild[0])
            return nil
        }
        return WorkerProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    private static let spawnLock = NSLock()

    /// `pipe2(O_CLOEXEC)`, looked up because Glibc's Swift module does not declare it
    /// (it is a GNU extension): made close-on-exec at once, so that no process that
    /// another thread starts meanwhile inherits the pipe and holds a worker's input
    /// open. Falls back to `pipe` and `fcntl`, serialised by `spawnLock` against our
    /// own spawns.
    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        if let pipe2 = pipe2Function {
            return fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) } == 0
        }
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static let pipe2Function: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pipe2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
    }()

    /// The worker's input, for tests that send it what a caller would not.
    var inputForTests: Int32 { input }

    /// Asks the worker to draw `diagram`; false when it is gone.
    func send(_ diagram: Diagram) -> Bool {
        FramePipe.write(RenderWorker.Kind.draw, Array(diagram.name.utf8) + [0] + Array(diagram.dot.utf8), to: input)
    }

    /// What a worker says about one request.
    enum Answer: Equatable {
        case svg([UInt8])
        /// Graphviz could not draw the diagram; the worker goes on.
        case failed(String)
        /// The worker could not go on.
        case error(String)
    }

    /// Waits for the worker's first frame: the Graphviz release it draws with; nil
    /// when it ended without saying it is ready (it could not start at all, which is no
    /// fault of any diagram), or said an error.
    func awaitReady() -> String? {
        guard let frame = output.read(), frame.kind == RenderWorker.Kind.ready else { return nil }
        return String(decoding: frame.payload, as: UTF8.self)
    }

    /// The answer to the oldest request; nil when the worker ended without answering
    /// (`finish` says how it ended).
    func receive() -> Answer? {
        guard let frame = output.read() else { return nil }
        let text = String(decoding: frame.payload, as: UTF8.self)
        switch frame.kind {
        case RenderWorker.Kind.svg: return .svg(frame.payload)
        case RenderWorker.Kind.failed: return .failed(text)
        case RenderWorker.Kind.error: return .error(text)
        default: return .error("a render worker answered a frame of kind \(frame.kind)")
        }
    }

    /// Closes both pipes and waits for the worker to end: it ends when its input does,
    /// and an answer it is still writing fails rather than blocks. Returns how it
    /// ended, for messages; later calls return the same.
    @discardableResult
    func finish() -> String {
        if let ended { return ended }
        close(input)
        close(output.fd)
        var status: Int32 = 0
        var result: String
        while true {
            if waitpid(pid, &status, 0) >= 0 {
                let signal = status & 0x7F
                result = signal == 0 ? "exit status \((status >> 8) & 0xFF)" : "killed by " + RenderWorker.signalName(signal)
                break
            }
            if errno != EINTR {
                result = "not waited for: \(String(cString: strerror(errno)))"
                break
            }
        }
        ended = result
        return result
    }
}

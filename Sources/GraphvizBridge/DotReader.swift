import CGraphviz
import Foundation

/// Parses DOT text into a cgraph graph, working around two pieces of global state
/// in cgraph 2.42 that make `agmemread` unfit for repeated use in one process.
///
/// - Anonymous ids come from a counter static to libcgraph, so an unnamed graph is
///   `%3` in one render and `%5` in the next, and that name lands in the SVG's
///   `<title>`. This reader's id discipline counts per graph, from 1, the way
///   later Graphviz releases do, so the same text always gives the same ids.
/// - Named objects get the address of their pooled name as id in cgraph's own
///   allocator, and sibling subgraphs are ordered by id: two renders of the same
///   text could write the stage clusters in different orders. Here named objects are
///   numbered in creation order instead, so the output depends on the text alone.
/// - The flex lexer keeps unread input between parses: after a text holding two
///   graphs, the next parse of other text returned the leftover second graph. The
///   lexer buffer is flushed before each parse.
///
/// Call only with `GraphvizLock` held.
enum DotReader {
    /// Parses the first graph in `dot`; nil with messages in `GraphvizMessageLog`
    /// on a syntax error, nil without messages when the text holds no graph.
    static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(dot.utf8)
        guard !bytes.isEmpty else { return nil }
        flushLexer()
        // cgraph counts lines across every parse in the process; restart at 1 so a
        // syntax error names the line of this text.
        agreadline(1)
        guard let discipline else { return agmemread(dot) }
        return bytes.withUnsafeMutableBytes { buffer in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return agread(file, discipline)
        }
    }

    /// cgraph's default memory and FILE* io disciplines with our id allocator; nil
    /// if libcgraph does not export its disciplines (then `agmemread` is used).
    /// Never freed: every graph read with it points at it until `agclose`.
    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t>? = {
        // Looked up rather than named: Swift 6 rejects any reference to a mutable C
        // global, and these are never written.
        guard let memory = cgraphSymbol("AgMemDisc"), let io = cgraphSymbol("AgIoDisc") else {
            return nil
        }
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(
            to: Agiddisc_t(
                open: openIds, map: mapId, alloc: { _, _, _ in 0 }, free: freeId,
                print: printId, close: closeIds, idregister: { _, _, _ in }))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(
            to: Agdisc_t(
                mem: memory.assumingMemoryBound(to: Agmemdisc_t.self), id: ids,
                io: io.assumingMemoryBound(to: Agiodisc_t.self)))
        return discipline
    }()

    private static func cgraphSymbol(_ name: String) -> UnsafeMutableRawPointer? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)
    }

    /// Per-graph state of the id allocator: the root graph owns the string pool;
    /// anonymous objects get odd ids (`next`), named ones even ids in creation order
    /// (`nextNamed`), with tables between pooled names and their ids.
    private struct IdState {
        var graph: UnsafeMutablePointer<Agraph_t>?
        var next: IDTYPE
        var nextNamed: IDTYPE = 2
        var idOfName: [UnsafeMutablePointer<CChar>: IDTYPE] = [:]
        var nameOfId: [IDTYPE: UnsafeMutablePointer<CChar>] = [:]
    }

    private static let openIds: @convention(c) (
        UnsafeMutablePointer<Agraph_t>?, UnsafeMutablePointer<Agdisc_t>?
    ) -> UnsafeMutableRawPointer? = { graph, _ in
        let state = UnsafeMutablePointer<IdState>.allocate(capacity: 1)
        state.initialize(to: IdState(graph: graph, next: 1))
        return UnsafeMutableRawPointer(state)
    }

    /// Named objects get the next even number the first time their name is seen
    /// (the pooled name is the key, as cgraph pools equal strings once); anonymous
    /// ones the next odd number. A lookup of an unknown name gives id 0, as in cgraph.
    private static let mapId: @convention(c) (
        UnsafeMutableRawPointer?, Int32, UnsafeMutablePointer<CChar>?,
        UnsafeMutablePointer<IDTYPE>?, Int32
    ) -> Int = { rawState, _, name, id, create in
        guard let state = rawState?.assumingMemoryBound(to: IdState.self), let id else {
            return 0
        }
        if let name {
            let pooled = create != 0 ? agstrdup(state.pointee.graph, name)
                : agstrbind(state.pointee.graph, name)
            guard let pooled else {
                id.pointee = 0
                return 1
            }
            if let known = state.pointee.idOfName[pooled] {
                id.pointee = known
            } else if create != 0 {
                let fresh = state.pointee.nextNamed
                state.pointee.nextNamed += 2
                state.pointee.idOfName[pooled] = fresh
                state.pointee.nameOfId[fresh] = pooled
                id.pointee = fresh
            } else {
                id.pointee = 0
            }
        } else {
            id.pointee = state.pointee.next
            state.pointee.next += 2
        }
        return 1
    }

    private static let freeId: @convention(c) (UnsafeMutableRawPointer?, Int32, IDTYPE) -> Void = {
        rawState, _, id in
        // Odd ids are anonymous and own nothing; even ones hold a reference to a
        // pooled name (one per create, as in cgraph).
        guard let state = rawState?.assumingMemoryBound(to: IdState.self), id % 2 == 0,
            let name = state.pointee.nameOfId[id]
        else { return }
        _ = agstrfree(state.pointee.graph, name)
    }

    /// Only named objects have a printable id; cgraph prints anonymous ones itself
    /// as `%<id>`.
    private static let printId: @convention(c) (
        UnsafeMutableRawPointer?, Int32, IDTYPE
    ) -> UnsafeMutablePointer<CChar>? = { rawState, _, id in
        guard id % 2 == 0, let state = rawState?.assumingMemoryBound(to: IdState.self) else { return nil }
        return state.pointee.nameOfId[id]
    }

    private static let closeIds: @convention(c) (UnsafeMutableRawPointer?) -> Void = { rawState in
        guard let state = rawState?.assumingMemoryBound(to: IdState.self) else { return }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// `aglexbad` discards the lexer's buffered input. libcgraph exports it but no
    /// header declares it, hence the lookup; without it the flush is skipped.
    private static let flushLexer: @convention(c) () -> Void = {
        guard let symbol = cgraphSymbol("aglexbad") else {
            return {}
        }
        return unsafeBitCast(symbol, to: (@convention(c) () -> Void).self)
    }()
}

/// The network part of the Lagrangian subproblem, solved exactly as a min-cost flow:
///
///     source → municipality (capacity = quota) → unit (capacity 1) → referral → slot → sink
///     source → slot ("stays empty", cost 0)
///
/// A unit is a client whose referrals all lie in one municipality (constraint 7 as a node),
/// or a single referral. Every slot must receive one unit of flow, from a referral or from
/// its "empty" arc, so the slots are added one at a time, Hungarian style: for each new
/// slot a Dijkstra search runs backwards through the residual network until it reaches
/// the source, with node potentials keeping reduced costs non-negative. The search stops
/// at the source, so it usually touches only a few nodes. Costs are integers (weights
/// scaled, minus Lagrange prices), so the result is exact; the final potentials give the
/// slot prices `z_s = -p(s)` the solver uses for pricing and for its bound.
struct FlowInput {
    var m: Int
    var n: Int
    var unitCount: Int
    var municipalityCount: Int
    /// Edges into each slot: `edgeStart[s] ..< edgeStart[s + 1]`.
    var edgeStart: [Int]
    var edgeRef: [Int32]
    /// Profit of the edge (scaled weight minus prices); the flow maximises total profit.
    var edgeProfit: [Int]
    var unitOfRef: [Int32]
    var municipalityOfUnit: [Int32]
    /// Remaining quota per municipality, -1 for none.
    var quota: [Int]
    /// Slots to plan (others stay empty and are ignored).
    var slotActive: [Bool]
}

/// The optimum of one flow problem.
struct FlowOutput {
    var slotRef: [Int32]
    var slotEdge: [Int32]
    var refSlot: [Int32]
    /// Potentials of slots (index s) and referrals (index m + r).
    var potential: [Int]
    /// Total profit.
    var value: Int
}

/// A binary min-heap of (key, node), with lazy deletion by the caller.
struct NodeHeap {
    var keys: [Int] = []
    var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Int, _ node: Int32) {
        var i = keys.count
        keys.append(key)
        nodes.append(node)
        while i > 0 {
            let parent = (i - 1) >> 1
            if keys[parent] <= key { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = node
    }

    mutating func pop() -> (Int, Int32) {
        let top = (keys[0], nodes[0])
        let lastKey = keys.removeLast()
        let lastNode = nodes.removeLast()
        let count = keys.count
        if count > 0 {
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= lastKey { break }
                keys[i] = keys[child]
                nodes[i] = nodes[child]
                i = child
            }
            keys[i] = lastKey
            nodes[i] = lastNode
        }
        return top
    }
}

/// Everything a Dijkstra search reads or writes about one node, side by side: the hot
/// edge scan touches many referral nodes at random, and one cache line per node (instead
/// of one per array) is what makes it fast.
struct FlowNode {
    /// Potential (kept between searches).
    var p: Int = 0
    var dist: Int = 0
    var stamp: Int32 = 0
    var done: Int32 = 0
    var next: Int32 = -1
    var nextEdge: Int32 = -1
}

/// Per-search state of the Dijkstra runs, kept in one value passed `inout` so that the
/// hot relaxation needs no closure captures (and no dynamic exclusivity checks).
struct DijkstraState {
    var node: [FlowNode]
    var heap = NodeHeap()
    var round: Int32 = 0
    let source: Int

    init(nodeCount: Int, source: Int) {
        node = Array(repeating: FlowNode(), count: nodeCount)
        self.source = source
    }

    /// Offers distance `d` to node `u`, reached toward `via` (over `edge` when a pair).
    /// Keys are `2d + 1`, except the source's `2d`: on ties the source comes out first,
    /// which ends the search early in the many ties of degenerate problems.
    @inline(__always) mutating func relax(_ u: Int, _ d: Int, _ via: Int, _ edge: Int32) {
        if node[u].stamp != round || d < node[u].dist {
            if node[u].done == round { return }
            node[u].stamp = round
            node[u].dist = d
            node[u].next = Int32(via)
            node[u].nextEdge = edge
            heap.push(u == source ? 2 * d : 2 * d + 1, Int32(u))
        }
    }
}

/// The min-cost flow with its whole state kept between solves, so that the next solve of
/// the same node (same slots and quotas, prices moved, candidates added) starts from the
/// previous optimum and re-augments only the slots whose edges changed.
///
/// Warm start: a slot whose edges changed is taken out of the flow ("unprocessed"); the
/// referral it held becomes free. Dijkstra with potentials needs every residual arc to
/// keep a non-negative reduced cost, and a freed referral, its unit and (when the
/// municipality was full and now has room) its municipality carry potentials that the new
/// arcs would violate: they are lowered to what the arcs allow (a free referral of a free
/// unit in a municipality with room ends at 0, the source's potential, which also keeps
/// the early stop of the slot scan valid). Lowering a referral's potential can make one of
/// its edges into another slot negative; that slot is unprocessed too, and so on. Finally
/// every unprocessed slot gets the highest potential its edges allow and is augmented as
/// in a cold solve. The result is an optimal flow of the new input, like a cold solve's.
struct AssignmentFlow {
    let m: Int, n: Int, unitCount: Int, municipalityCount: Int
    var edgeStart: [Int] = []
    var edgeRef: [Int32] = []
    var edgeProfit: [Int] = []
    var slotRef: [Int32]
    var slotEdge: [Int32]
    var slotEmpty: [Bool]
    var refSlot: [Int32]
    var refEdge: [Int32]
    var unitUser: [Int32]
    var muniUsed: [[Int32]]
    var unitPos: [Int32]
    var sr: DijkstraState
    /// Slots augmented by the last solve (the work it did).
    var augmented = 0

    init(m: Int, n: Int, unitCount: Int, municipalityCount: Int) {
        self.m = m
        self.n = n
        self.unitCount = unitCount
        self.municipalityCount = municipalityCount
        slotRef = Array(repeating: -1, count: m)
        slotEdge = Array(repeating: -1, count: m)
        slotEmpty = Array(repeating: false, count: m)
        refSlot = Array(repeating: -1, count: n)
        refEdge = Array(repeating: -1, count: n)
        unitUser = Array(repeating: -1, count: unitCount)
        muniUsed = Array(repeating: [], count: municipalityCount)
        unitPos = Array(repeating: -1, count: unitCount)
        sr = DijkstraState(nodeCount: m + n + unitCount + municipalityCount + 1, source: m + n + unitCount + municipalityCount)
    }

    /// Solves `f` from scratch.
    static func solve(_ f: FlowInput) -> FlowOutput {
        var flow = AssignmentFlow(m: f.m, n: f.n, unitCount: f.unitCount, municipalityCount: f.municipalityCount)
        return flow.solveCold(f)
    }

    /// Each slot's edges by profit, best first: the scan of a slot can stop at its first
    /// referral that leads straight to the source.
    mutating func loadEdges(_ f: FlowInput) {
        edgeStart = f.edgeStart
        edgeRef = f.edgeRef
        edgeProfit = f.edgeProfit
        var pairs: [(Int, Int32)] = []
        for s in 0..<m {
            let lo = edgeStart[s], hi = edgeStart[s + 1]
            if hi - lo < 2 { continue }
            pairs.removeAll(keepingCapacity: true)
            for e in lo..<hi { pairs.append((f.edgeProfit[e], f.edgeRef[e])) }
            pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            for (i, pr) in pairs.enumerated() {
                edgeProfit[lo + i] = pr.0
                edgeRef[lo + i] = pr.1
            }
        }
    }

    /// Solves `f` from scratch, replacing any state.
    mutating func solveCold(_ f: FlowInput) -> FlowOutput {
        self = AssignmentFlow(m: f.m, n: f.n, unitCount: f.unitCount, municipalityCount: f.municipalityCount)
        loadEdges(f)
        for s in 0..<m {
            var best = 0
            for e in edgeStart[s]..<edgeStart[s + 1] where edgeProfit[e] > best { best = edgeProfit[e] }
            sr.node[s].p = -best
        }
        var order: [(Int, Int)] = []
        for s in 0..<m where f.slotActive[s] { order.append((sr.node[s].p, s)) }
        augment(order, f)
        return output()
    }

    /// Solves `f`, which must have the same slots, units, municipalities, quotas and active
    /// slots as the previous input, starting from the previous optimum.
    mutating func solveWarm(_ f: FlowInput) -> FlowOutput {
        let oldStart = edgeStart, oldRef = edgeRef, oldProfit = edgeProfit
        loadEdges(f)
        let refBase = m, unitBase = m + n, muniBase = m + n + unitCount
        var unprocessed = [Bool](repeating: false, count: m)
        var pending: [Int] = []
        var freed: [Int] = []
        // Referral → its edges, to find the slots a lowered referral potential affects.
        var byRefStart = [Int](repeating: 0, count: n + 1)
        for e in 0..<edgeRef.count { byRefStart[Int(edgeRef[e]) + 1] += 1 }
        for r in 0..<n { byRefStart[r + 1] += byRefStart[r] }
        var fill = byRefStart
        var byRefEdge = [Int32](repeating: 0, count: edgeRef.count)
        var byRefSlot = [Int32](repeating: 0, count: edgeRef.count)
        for s in 0..<m {
            for e in edgeStart[s]..<edgeStart[s + 1] {
                let r = Int(edgeRef[e])
                byRefEdge[fill[r]] = Int32(truncatingIfNeeded: e)
                byRefSlot[fill[r]] = Int32(s)
                fill[r] += 1
            }
        }
        let (unitsByMuniStart, unitsByMuni) = Self.grouped(f.municipalityOfUnit, count: unitCount, groups: municipalityCount)
        let (refsByUnitStart, refsByUnit) = Self.grouped(f.unitOfRef, count: n, groups: unitCount)

        // Slots whose sorted edges differ are unprocessed; the others keep their flow, with
        // their matched edge moved to its new index.
        for s in 0..<m {
            let lo = edgeStart[s], hi = edgeStart[s + 1], olo = oldStart[s], ohi = oldStart[s + 1]
            var same = hi - lo == ohi - olo
            if same {
                for i in 0..<(hi - lo) where edgeRef[lo + i] != oldRef[olo + i] || edgeProfit[lo + i] != oldProfit[olo + i] {
                    same = false
                    break
                }
            }
            if same {
                if slotEdge[s] >= 0 {
                    let e = Int32(lo + Int(slotEdge[s]) - olo)
                    slotEdge[s] = e
                    refEdge[Int(slotRef[s])] = e
                }
            } else if f.slotActive[s] {
                unprocess(s, &unprocessed, &pending, &freed, f)
            }
        }

        func lowerRef(_ r: Int, _ value: Int, _ flow: inout AssignmentFlow) {
            let rn = refBase + r
            if flow.sr.node[rn].p <= value { return }
            flow.sr.node[rn].p = value
            for i in byRefStart[r]..<byRefStart[r + 1] {
                let s = Int(byRefSlot[i])
                if unprocessed[s] || !f.slotActive[s] { continue }
                let e = Int(byRefEdge[i])
                if Int32(truncatingIfNeeded: e) == flow.slotEdge[s] { continue }
                if -flow.edgeProfit[e] + value - flow.sr.node[s].p < 0 {
                    flow.unprocess(s, &unprocessed, &pending, &freed, f)
                }
            }
        }
        func lowerUnit(_ u: Int, _ value: Int, _ flow: inout AssignmentFlow) {
            let un = unitBase + u
            if flow.sr.node[un].p <= value { return }
            flow.sr.node[un].p = value
            for i in refsByUnitStart[u]..<refsByUnitStart[u + 1] {
                let r = Int(refsByUnit[i])
                if flow.refSlot[r] < 0 { lowerRef(r, value, &flow) }
            }
        }

        while let r = freed.popLast() {
            let u = Int(f.unitOfRef[r])
            let mi = Int(f.municipalityOfUnit[u])
            let mn = muniBase + mi
            let q = f.quota[mi]
            if (q < 0 || muniUsed[mi].count < q) && sr.node[mn].p > 0 {
                sr.node[mn].p = 0
                for i in unitsByMuniStart[mi]..<unitsByMuniStart[mi + 1] {
                    let v = Int(unitsByMuni[i])
                    if unitUser[v] < 0 { lowerUnit(v, 0, &self) }
                }
            }
            if unitUser[u] < 0 { lowerUnit(u, sr.node[mn].p, &self) }
            lowerRef(r, sr.node[unitBase + u].p, &self)
        }

        var order: [(Int, Int)] = []
        for s in pending {
            var p = 0
            for e in edgeStart[s]..<edgeStart[s + 1] {
                let v = sr.node[refBase + Int(edgeRef[e])].p - edgeProfit[e]
                if v < p { p = v }
            }
            sr.node[s].p = p
            order.append((p, s))
        }
        augment(order, f)
        return output()
    }

    /// Takes slot `s` out of the flow; the referral it held (if any) goes to `freed`.
    mutating func unprocess(_ s: Int, _ unprocessed: inout [Bool], _ pending: inout [Int], _ freed: inout [Int], _ f: FlowInput) {
        if unprocessed[s] { return }
        unprocessed[s] = true
        pending.append(s)
        if slotEmpty[s] { slotEmpty[s] = false; return }
        let r32 = slotRef[s]
        if r32 < 0 { return }
        let r = Int(r32)
        slotRef[s] = -1
        slotEdge[s] = -1
        refSlot[r] = -1
        refEdge[r] = -1
        let u = Int(f.unitOfRef[r])
        unitUser[u] = -1
        let mi = Int(f.municipalityOfUnit[u])
        let pos = Int(unitPos[u])
        let lastUnit = muniUsed[mi].removeLast()
        if pos < muniUsed[mi].count {
            muniUsed[mi][pos] = lastUnit
            unitPos[Int(lastUnit)] = Int32(pos)
        }
        unitPos[u] = -1
        freed.append(r)
    }

    func output() -> FlowOutput {
        var value = 0
        for s in 0..<m where slotEdge[s] >= 0 { value += edgeProfit[Int(slotEdge[s])] }
        let potential = sr.node.map(\.p)
        return FlowOutput(slotRef: slotRef, slotEdge: slotEdge, refSlot: refSlot, potential: potential, value: value)
    }

    /// Adds the slots of `order` (potential, slot) one at a time, most profitable first.
    ///
    /// The searches read the node records, edges and maps through unsafe buffers: this loop
    /// is most of the solver's time, and the array bounds checks and uniqueness checks in
    /// it cost a sixth of that. Every index is a node, edge, referral, unit or municipality
    /// number the flow itself built, so the buffers are never read out of range.
    mutating func augment(_ orderIn: [(Int, Int)], _ f: FlowInput) {
        let order = orderIn.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        augmented = order.count
        if order.isEmpty { return }
        var node = sr.node
        sr.node = []
        var heap = sr.heap
        sr.heap = NodeHeap()
        var round = sr.round
        let edgeStart = self.edgeStart, edgeRef = self.edgeRef, edgeProfit = self.edgeProfit
        node.withUnsafeMutableBufferPointer { nb in
            edgeStart.withUnsafeBufferPointer { es in
                edgeRef.withUnsafeBufferPointer { er in
                    edgeProfit.withUnsafeBufferPointer { ep in
                        f.unitOfRef.withUnsafeBufferPointer { uor in
                            f.municipalityOfUnit.withUnsafeBufferPointer { mou in
                                f.quota.withUnsafeBufferPointer { qb in
                                    augmentSearches(order, nb, &heap, &round, es, er, ep, uor, mou, qb)
                                }
                            }
                        }
                    }
                }
            }
        }
        sr.node = node
        sr.heap = heap
        sr.round = round
    }

    /// The searches and augmentations of `augment`, over its buffers.
    private mutating func augmentSearches(
        _ order: [(Int, Int)], _ nb: UnsafeMutableBufferPointer<FlowNode>, _ heap: inout NodeHeap, _ roundVar: inout Int32,
        _ edgeStart: UnsafeBufferPointer<Int>, _ edgeRef: UnsafeBufferPointer<Int32>, _ edgeProfit: UnsafeBufferPointer<Int>,
        _ unitOfRef: UnsafeBufferPointer<Int32>, _ muniOfUnit: UnsafeBufferPointer<Int32>, _ quota: UnsafeBufferPointer<Int>
    ) {
        let refBase = m, unitBase = m + n, muniBase = m + n + unitCount, src = m + n + unitCount + municipalityCount
        var popped: [Int32] = []
        var round = roundVar
        /// Offers distance `d` to node `u`, reached toward `via` (over `edge` when a pair).
        /// Keys are `2d + 1`, except the source's `2d`: on ties the source comes out first,
        /// which ends the search early in the many ties of degenerate problems.
        @inline(__always) func relax(_ u: Int, _ d: Int, _ via: Int, _ edge: Int32) {
            let rec = nb.baseAddress.unsafelyUnwrapped + u
            if rec.pointee.stamp != round || d < rec.pointee.dist {
                if rec.pointee.done == round { return }
                rec.pointee.stamp = round
                rec.pointee.dist = d
                rec.pointee.next = Int32(truncatingIfNeeded: via)
                rec.pointee.nextEdge = edge
                heap.push(u == src ? 2 * d : 2 * d + 1, Int32(truncatingIfNeeded: u))
            }
        }
        for (_, s0) in order {
            round += 1
            heap.removeAll()
            popped.removeAll(keepingCapacity: true)
            nb[s0].dist = 0
            nb[s0].stamp = round
            heap.push(1, Int32(s0))
            var total = 0
            while !heap.isEmpty {
                let (key, vv) = heap.pop()
                let d = key >> 1
                let v = Int(vv)
                if nb[v].done == round || d > nb[v].dist { continue }
                nb[v].done = round
                popped.append(vv)
                if v == src { total = d; break }
                let pv = nb[v].p
                if v < refBase {
                    // A slot: reached from the source ("empty") unless it is empty already,
                    // or from a referral over an unused edge.
                    if !slotEmpty[v] { relax(src, d + nb[src].p - pv, v, -1) }
                    let matched = slotEdge[v]
                    var e = edgeStart[v]
                    let eEnd = edgeStart[v + 1]
                    while e < eEnd {
                        defer { e += 1 }
                        if Int32(truncatingIfNeeded: e) == matched { continue }
                        let r = Int(edgeRef[e])
                        let rn = refBase + r
                        relax(rn, d - edgeProfit[e] + nb[rn].p - pv, v, Int32(truncatingIfNeeded: e))
                        // A free referral (unit unused, municipality with room) reaches the
                        // source at reduced cost −p(r), so through it the source is at
                        // d − profit − p(v). Referral potentials never fall below 0, so no
                        // later (less profitable) edge can lead anywhere closer: stop here.
                        if refSlot[r] < 0 {
                            let u = Int(unitOfRef[r])
                            if unitUser[u] < 0 {
                                let mi = Int(muniOfUnit[u])
                                if quota[mi] < 0 || muniUsed[mi].count < quota[mi] { break }
                            }
                        }
                    }
                } else if v < unitBase {
                    let r = v - refBase
                    let s = refSlot[r]
                    if s < 0 {
                        let u = unitBase + Int(unitOfRef[r])
                        relax(u, d + nb[u].p - pv, v, -1)
                    } else {
                        let e = Int(refEdge[r])
                        relax(Int(s), d + edgeProfit[e] + nb[Int(s)].p - pv, v, Int32(e))
                    }
                } else if v < muniBase {
                    let u = v - unitBase
                    let user = unitUser[u]
                    if user < 0 {
                        let mu = muniBase + Int(muniOfUnit[u])
                        relax(mu, d + nb[mu].p - pv, v, -1)
                    } else {
                        let r = refBase + Int(user)
                        relax(r, d + nb[r].p - pv, v, -1)
                    }
                } else if v < src {
                    let mi = v - muniBase
                    let q = quota[mi]
                    if q < 0 || muniUsed[mi].count < q { relax(src, d + nb[src].p - pv, v, -1) }
                    if q >= 0 {
                        for u in muniUsed[mi] {
                            let un = unitBase + Int(u)
                            relax(un, d + nb[un].p - pv, v, -1)
                        }
                    }
                }
            }
            // Augment along src → … → s0.
            var u = src
            while u != s0 {
                let v = Int(nb[u].next)
                if u == src {
                    if v < refBase { slotEmpty[v] = true }
                } else if u < refBase {
                    // slot u → referral v: the referral leaves slot u.
                    let r = v - refBase
                    if slotRef[u] == Int32(r) { slotRef[u] = -1; slotEdge[u] = -1 }
                    refSlot[r] = -1
                    refEdge[r] = -1
                } else if u < unitBase {
                    let r = u - refBase
                    if v < refBase {
                        let e = nb[u].nextEdge
                        refSlot[r] = Int32(v)
                        refEdge[r] = e
                        slotRef[v] = Int32(r)
                        slotEdge[v] = e
                        slotEmpty[v] = false
                    } else {
                        unitUser[v - unitBase] = -1
                    }
                } else if u < muniBase {
                    let un = u - unitBase
                    if v < unitBase {
                        unitUser[un] = Int32(v - refBase)
                    } else {
                        let mi = v - muniBase
                        let pos = Int(unitPos[un])
                        let lastUnit = muniUsed[mi].removeLast()
                        if pos < muniUsed[mi].count {
                            muniUsed[mi][pos] = lastUnit
                            unitPos[Int(lastUnit)] = Int32(pos)
                        }
                        unitPos[un] = -1
                    }
                } else {
                    let mi = u - muniBase
                    let un = v - unitBase
                    unitPos[un] = Int32(muniUsed[mi].count)
                    muniUsed[mi].append(Int32(un))
                }
                u = v
            }
            for w in popped {
                let wi = Int(w)
                nb[wi].p += total - nb[wi].dist
            }
        }
        roundVar = round
    }

    /// The members `0..<count` grouped by `keys[member]` (a counting sort): `start[g]..<start[g + 1]`
    /// indexes group g's members in `members`, in ascending order, so the warm start walks a
    /// municipality's units or a unit's referrals without searching.
    static func grouped(_ keys: [Int32], count: Int, groups: Int) -> (start: [Int], members: [Int32]) {
        var start = [Int](repeating: 0, count: groups + 1)
        for member in 0..<count { start[Int(keys[member]) + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: count)
        var fill = start
        for member in 0..<count {
            let g = Int(keys[member])
            members[fill[g]] = Int32(member)
            fill[g] += 1
        }
        return (start, members)
    }
}

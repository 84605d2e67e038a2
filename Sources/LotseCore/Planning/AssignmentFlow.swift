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

enum AssignmentFlow {
    static func solve(_ f: FlowInput) -> FlowOutput {
        let m = f.m, n = f.n, nu = f.unitCount, nm = f.municipalityCount
        let refBase = m, unitBase = m + n, muniBase = m + n + nu, src = m + n + nu + nm
        let nodeCount = src + 1
        var p = [Int](repeating: 0, count: nodeCount)
        var slotRef = [Int32](repeating: -1, count: m)
        var slotEdge = [Int32](repeating: -1, count: m)
        var slotEmpty = [Bool](repeating: false, count: m)
        var refSlot = [Int32](repeating: -1, count: n)
        var refEdge = [Int32](repeating: -1, count: n)
        var unitUser = [Int32](repeating: -1, count: nu)
        var muniUsed = [[Int32]](repeating: [], count: nm)
        var unitPos = [Int32](repeating: -1, count: nu)
        let edgeStart = f.edgeStart, edgeRef = f.edgeRef, edgeProfit = f.edgeProfit
        let unitOfRef = f.unitOfRef, muniOfUnit = f.municipalityOfUnit, quota = f.quota

        for s in 0..<m {
            var best = 0
            for e in edgeStart[s]..<edgeStart[s + 1] where edgeProfit[e] > best { best = edgeProfit[e] }
            p[s] = -best
        }

        var dist = [Int](repeating: 0, count: nodeCount)
        var stamp = [Int32](repeating: 0, count: nodeCount)
        var done = [Int32](repeating: 0, count: nodeCount)
        var next = [Int32](repeating: -1, count: nodeCount)
        var nextEdge = [Int32](repeating: -1, count: nodeCount)
        var popped: [Int32] = []
        var heap = NodeHeap()
        var round: Int32 = 0

        for s0 in 0..<m where f.slotActive[s0] {
            round += 1
            heap.removeAll()
            popped.removeAll(keepingCapacity: true)
            dist[s0] = 0
            stamp[s0] = round
            heap.push(0, Int32(s0))
            var total = 0
            @inline(__always) func relax(_ u: Int, _ d: Int, _ via: Int, _ edge: Int32) {
                if stamp[u] != round || d < dist[u] {
                    if done[u] == round { return }
                    stamp[u] = round
                    dist[u] = d
                    next[u] = Int32(via)
                    nextEdge[u] = edge
                    heap.push(d, Int32(u))
                }
            }
            while !heap.isEmpty {
                let (d, vv) = heap.pop()
                let v = Int(vv)
                if done[v] == round || d > dist[v] { continue }
                done[v] = round
                popped.append(vv)
                if v == src { total = d; break }
                if v < refBase {
                    // A slot: reached from the source ("empty") unless it is empty already,
                    // or from a referral over an unused edge.
                    if !slotEmpty[v] { relax(src, d + p[src] - p[v], v, -1) }
                    for e in edgeStart[v]..<edgeStart[v + 1] {
                        let r = Int(edgeRef[e])
                        if refSlot[r] == Int32(v) { continue }
                        relax(refBase + r, d - edgeProfit[e] + p[refBase + r] - p[v], v, Int32(e))
                    }
                } else if v < unitBase {
                    let r = v - refBase
                    let s = refSlot[r]
                    if s < 0 {
                        let u = unitBase + Int(unitOfRef[r])
                        relax(u, d + p[u] - p[v], v, -1)
                    } else {
                        let e = Int(refEdge[r])
                        relax(Int(s), d + edgeProfit[e] + p[Int(s)] - p[v], v, Int32(e))
                    }
                } else if v < muniBase {
                    let u = v - unitBase
                    let user = unitUser[u]
                    if user < 0 {
                        let mu = muniBase + Int(muniOfUnit[u])
                        relax(mu, d + p[mu] - p[v], v, -1)
                    } else {
                        let r = refBase + Int(user)
                        relax(r, d + p[r] - p[v], v, -1)
                    }
                } else if v < src {
                    let mi = v - muniBase
                    let q = quota[mi]
                    if q < 0 || muniUsed[mi].count < q { relax(src, d + p[src] - p[v], v, -1) }
                    if q >= 0 {
                        for u in muniUsed[mi] {
                            let un = unitBase + Int(u)
                            relax(un, d + p[un] - p[v], v, -1)
                        }
                    }
                }
            }
            // Augment along src → … → s0.
            var u = src
            while u != s0 {
                let v = Int(next[u])
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
                        let e = nextEdge[u]
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
                p[wi] += total - dist[wi]
            }
        }
        var value = 0
        for s in 0..<m where slotEdge[s] >= 0 { value += edgeProfit[Int(slotEdge[s])] }
        return FlowOutput(slotRef: slotRef, slotEdge: slotEdge, refSlot: refSlot, potential: p, value: value)
    }
}

/// A problem compiled into flat integer arrays for the solver: names interned in order of
/// first appearance (never by hash order, so every run is identical), dates turned into
/// day offsets within the month, and the index structures that let the solver look at
/// pairs implicitly instead of materialising all compatible (referral, slot) pairs.
struct PlanInstance {
    let problem: PlanProblem
    let m: Int
    let n: Int

    // Slots.
    let slotSpecialist: [Int32]
    let slotDay: [Int32]          // 0-based day of the month
    let slotWeek: [Int32]         // lateWeeks
    let slotStart: [Int]          // minutes from the month's start
    let slotEnd: [Int]
    let slotLanguages: [[Int32]]
    let slotKindMask: [UInt8]

    // Referrals.
    let refLanguage: [Int32]      // -1: no slot offers it
    let refKind: [UInt8]
    let refUrgency: [UInt8]
    let refBase: [Int]            // urgency + waitPerWeek * waitWeeks
    let refFirstDay: [Int32]      // first allowed day offset (referredOn)
    let refUnavailable: [UInt32]  // bit d: day offset d is unavailable
    let refExcluded: [[Int32]]    // specialist indices (only specialists that hold slots)
    let refPreferred: [Int32]     // -1: none or holds no slot
    let refCaseworker: [Int32]
    let refMunicipality: [Int32]
    let refClient: [Int32]        // -1: none

    let languageNames: [String]
    let specialistNames: [String]
    let caseworkerNames: [String]
    let municipalityNames: [String]
    let clientNames: [String]
    /// Quota per municipality, -1 for none.
    let municipalityQuota: [Int]
    /// True for a client whose referrals lie in more than one municipality (constraint 7
    /// cannot be a network node then and is priced instead).
    let clientSpansMunicipalities: [Bool]
    /// Referrals of each client, in order.
    let clientReferrals: [[Int32]]
    /// Referrals of each caseworker, in order.
    let caseworkerReferrals: [[Int32]]

    let continuity: Int
    let lateness: [Int]           // per urgency

    /// Slots offering language l and kind k, by `l * 3 + k`, in slot order.
    let slotsByLanguageKind: [[Int32]]
    /// Referrals by `(l * 3 + k) * 3 + u`, sorted by base weight descending then index.
    let referralsByGroup: [[Int32]]
    /// Referrals preferring each specialist, sorted by base weight descending then index.
    let referralsByPreferred: [[Int32]]

    init(_ p: PlanProblem) {
        problem = p
        m = p.slots.count
        n = p.referrals.count
        var languageIndex: [String: Int32] = [:]
        var languageNames: [String] = []
        var specialistIndex: [String: Int32] = [:]
        var specialistNames: [String] = []
        func intern(_ s: String, _ map: inout [String: Int32], _ names: inout [String]) -> Int32 {
            if let i = map[s] { return i }
            let i = Int32(names.count)
            map[s] = i
            names.append(s)
            return i
        }
        let first = p.month.firstDay
        let firstNumber = first.dayNumber
        var slotSpecialist = [Int32](), slotDay = [Int32](), slotWeek = [Int32](), slotStart = [Int](), slotEnd = [Int]()
        var slotLanguages = [[Int32]](), slotKindMask = [UInt8]()
        for s in p.slots {
            slotSpecialist.append(intern(s.specialist, &specialistIndex, &specialistNames))
            let day = s.start.date.dayNumber - firstNumber
            slotDay.append(Int32(day))
            slotWeek.append(Int32(day / 7))
            let start = day * 1440 + s.start.minuteOfDay
            slotStart.append(start)
            slotEnd.append(start + s.minutes)
            var langs: [Int32] = []
            for l in s.languages {
                let i = intern(l, &languageIndex, &languageNames)
                if !langs.contains(i) { langs.append(i) }
            }
            slotLanguages.append(langs)
            var mask: UInt8 = 0
            for k in s.kinds { mask |= 1 << UInt8(k.rawValue) }
            slotKindMask.append(mask)
        }
        var caseworkerIndex: [String: Int32] = [:], caseworkerNames: [String] = []
        var municipalityIndex: [String: Int32] = [:], municipalityNames: [String] = []
        var clientIndex: [String: Int32] = [:], clientNames: [String] = []
        var refLanguage = [Int32](), refKind = [UInt8](), refUrgency = [UInt8](), refBase = [Int]()
        var refFirstDay = [Int32](), refUnavailable = [UInt32](), refExcluded = [[Int32]](), refPreferred = [Int32]()
        var refCaseworker = [Int32](), refMunicipality = [Int32](), refClient = [Int32]()
        for r in p.referrals {
            refLanguage.append(languageIndex[r.language] ?? -1)
            refKind.append(UInt8(r.kind.rawValue))
            refUrgency.append(UInt8(r.urgency.rawValue))
            refBase.append(p.weights.urgency[r.urgency.rawValue] + p.weights.waitPerWeek * p.waitWeeks(r))
            refFirstDay.append(Int32(max(0, r.referredOn.dayNumber - firstNumber)))
            var mask: UInt32 = 0
            for d in r.unavailableDates {
                let off = d.dayNumber - firstNumber
                if off >= 0 && off < 32 { mask |= 1 << UInt32(off) }
            }
            refUnavailable.append(mask)
            var excluded: [Int32] = []
            for x in r.excludedSpecialists {
                if let i = specialistIndex[x], !excluded.contains(i) { excluded.append(i) }
            }
            refExcluded.append(excluded)
            refPreferred.append(r.preferredSpecialist.flatMap { specialistIndex[$0] } ?? -1)
            refCaseworker.append(intern(r.caseworker, &caseworkerIndex, &caseworkerNames))
            refMunicipality.append(intern(r.municipality, &municipalityIndex, &municipalityNames))
            refClient.append(r.client.map { intern($0, &clientIndex, &clientNames) } ?? -1)
        }
        var quota = [Int](repeating: -1, count: municipalityNames.count)
        for q in p.quotas {
            if let i = municipalityIndex[q.municipality] { quota[Int(i)] = q.limit }
        }
        var clientReferrals = [[Int32]](repeating: [], count: clientNames.count)
        var caseworkerReferrals = [[Int32]](repeating: [], count: caseworkerNames.count)
        for r in 0..<p.referrals.count {
            if refClient[r] >= 0 { clientReferrals[Int(refClient[r])].append(Int32(r)) }
            caseworkerReferrals[Int(refCaseworker[r])].append(Int32(r))
        }
        let spans = clientReferrals.map { refs in refs.contains { refMunicipality[Int($0)] != refMunicipality[Int(refs[0])] } }

        var byLK = [[Int32]](repeating: [], count: languageNames.count * 3)
        for s in 0..<p.slots.count {
            for l in slotLanguages[s] {
                for k in 0..<3 where slotKindMask[s] & (1 << UInt8(k)) != 0 { byLK[Int(l) * 3 + k].append(Int32(s)) }
            }
        }
        var groups = [[Int32]](repeating: [], count: languageNames.count * 9)
        var byPreferred = [[Int32]](repeating: [], count: specialistNames.count)
        for r in 0..<p.referrals.count where refLanguage[r] >= 0 {
            groups[(Int(refLanguage[r]) * 3 + Int(refKind[r])) * 3 + Int(refUrgency[r])].append(Int32(r))
            if refPreferred[r] >= 0 { byPreferred[Int(refPreferred[r])].append(Int32(r)) }
        }
        let byBase: (Int32, Int32) -> Bool = { a, b in
            refBase[Int(a)] != refBase[Int(b)] ? refBase[Int(a)] > refBase[Int(b)] : a < b
        }
        for g in groups.indices { groups[g].sort(by: byBase) }
        for g in byPreferred.indices { byPreferred[g].sort(by: byBase) }

        self.slotSpecialist = slotSpecialist
        self.slotDay = slotDay
        self.slotWeek = slotWeek
        self.slotStart = slotStart
        self.slotEnd = slotEnd
        self.slotLanguages = slotLanguages
        self.slotKindMask = slotKindMask
        self.refLanguage = refLanguage
        self.refKind = refKind
        self.refUrgency = refUrgency
        self.refBase = refBase
        self.refFirstDay = refFirstDay
        self.refUnavailable = refUnavailable
        self.refExcluded = refExcluded
        self.refPreferred = refPreferred
        self.refCaseworker = refCaseworker
        self.refMunicipality = refMunicipality
        self.refClient = refClient
        self.languageNames = languageNames
        self.specialistNames = specialistNames
        self.caseworkerNames = caseworkerNames
        self.municipalityNames = municipalityNames
        self.clientNames = clientNames
        self.municipalityQuota = quota
        self.clientSpansMunicipalities = spans
        self.clientReferrals = clientReferrals
        self.caseworkerReferrals = caseworkerReferrals
        self.continuity = p.weights.continuity
        self.lateness = p.weights.latenessPerWeek
        self.slotsByLanguageKind = byLK
        self.referralsByGroup = groups
        self.referralsByPreferred = byPreferred
    }

    /// `w(r, s)`.
    @inline(__always) func weight(_ r: Int, _ s: Int) -> Int {
        var w = refBase[r] - lateness[Int(refUrgency[r])] * Int(slotWeek[s])
        if refPreferred[r] == slotSpecialist[s] { w += continuity }
        return w
    }

    /// Constraints 4 and 5 (date and specialist) for a pair already matching in language and kind.
    @inline(__always) func dateAndSpecialistAllow(_ r: Int, _ s: Int) -> Bool {
        let day = slotDay[s]
        if day < refFirstDay[r] { return false }
        if day < 32 && refUnavailable[r] & (1 << UInt32(day)) != 0 { return false }
        let ex = refExcluded[r]
        if !ex.isEmpty && ex.contains(slotSpecialist[s]) { return false }
        return true
    }

    /// Constraints 2–5.
    func compatible(_ r: Int, _ s: Int) -> Bool {
        let l = refLanguage[r]
        guard l >= 0, slotLanguages[s].contains(l), slotKindMask[s] & (1 << refKind[r]) != 0 else { return false }
        return dateAndSpecialistAllow(r, s)
    }

    /// Whether two slots overlap in time (half-open intervals).
    @inline(__always) func overlap(_ a: Int, _ b: Int) -> Bool {
        slotStart[a] < slotEnd[b] && slotStart[b] < slotEnd[a]
    }
}

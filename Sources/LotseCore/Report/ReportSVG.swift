/// The report's charts as inline SVG, drawn from the already suppressed cells: a hidden
/// figure is drawn as an empty, dashed outline labelled "< 5" (below the threshold) or
/// "×" (withheld for protection), never as a bar of its true length, and a hidden point
/// of the trend breaks the line. Fixed view boxes scale to
/// the page width, so the charts fit A4 in print.
public enum ReportSVG {
    static let width = 640.0
    static let current = "#0b5cad"
    static let earlier = "#9aa5b1"

    static func f(_ value: Double) -> String { ReportCell.number((value * 10).rounded() / 10, german: false) }

    /// What a chart's colours and outlines stand for, worded by the page.
    public struct Legend: Sendable {
        /// The period (the dark bars).
        public var current: String
        /// The previous period (the grey bars), when it is shown.
        public var previous: String?
        /// What a dashed outline means.
        public var hidden: String

        /// Creates a legend.
        public init(current: String, previous: String?, hidden: String) {
            (self.current, self.previous, self.hidden) = (current, previous, hidden)
        }
    }

    /// Legend entries (a swatch and its text) from `top` down, wrapped to the chart's
    /// width; returns the SVG and the height used.
    static func legendRows(_ items: [(swatch: String, text: String)], top: Double) -> (svg: String, height: Double) {
        var out = "<g class=\"legend\">"
        var x = 20.0, y = top + 12
        for item in items {
            let needed = 22 + Double(item.text.count) * 6.2 + 18
            if x > 20, x + needed > width - 10 { (x, y) = (20, y + 16) }
            switch item.swatch {
            case "dashed":
                out += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"16\" height=\"10\" fill=\"none\" stroke=\"\(current)\" stroke-dasharray=\"3 2\"/>"
            default:
                out += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"16\" height=\"10\" fill=\"\(item.swatch)\"/>"
            }
            out += "<text x=\"\(f(x + 22))\" y=\"\(f(y))\" font-size=\"11\">\(HTMLText.escape(item.text))</text>"
            x += needed
        }
        return (out + "</g>", y - top + 6)
    }

    /// Horizontal bars, one per row, with the previous period as a thinner grey bar.
    public static func bars(labels: [String], current cells: [ReportCell], previous: [ReportCell]?, minCell: Int, title: String,
                            legend: Legend) -> String {
        let rowHeight = previous == nil ? 22.0 : 32.0
        let plotHeight = Double(labels.count) * rowHeight + 10
        var items: [(swatch: String, text: String)] = [(current, legend.current)]
        if previous != nil, let earlierPeriod = legend.previous { items.append((earlier, earlierPeriod)) }
        items.append(("dashed", legend.hidden))
        let key = legendRows(items, top: plotHeight)
        let height = plotHeight + key.height
        let labelWidth = 220.0, plotWidth = width - labelWidth - 60
        let top = max(1, (cells + (previous ?? [])).compactMap(\.value).max() ?? 1)
        var out = "<svg class=\"chart bars\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        for (index, label) in labels.enumerated() {
            let y = 5 + Double(index) * rowHeight
            let lines = wrapped(label)
            if lines.count == 1 {
                out += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 14))\" text-anchor=\"end\" font-size=\"12\">\(HTMLText.escape(lines[0]))</text>"
            } else {
                out += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 8))\" text-anchor=\"end\" font-size=\"11\">"
                for (n, line) in lines.enumerated() {
                    out += "<tspan x=\"\(f(labelWidth - 6))\" dy=\"\(n == 0 ? "0" : "12")\">\(HTMLText.escape(line))</tspan>"
                }
                out += "</text>"
            }
            out += bar(cells[index], x: labelWidth, y: y + 2, height: 14, scale: plotWidth / top, colour: current, minCell: minCell)
            if let previous, index < previous.count {
                out += bar(previous[index], x: labelWidth, y: y + 18, height: 8, scale: plotWidth / top, colour: earlier, minCell: minCell)
            }
        }
        return out + key.svg + "</svg>"
    }

    /// A label as it fits left of the bars: one line of up to 32 characters, else two
    /// lines broken between words (a name like "Fallberatung für Integrationsmanager:innen"
    /// stays whole); only what exceeds two lines is cut, with "…" (the table above has it
    /// in full).
    static func wrapped(_ label: String, width: Int = 32) -> [String] {
        guard label.count > width else { return [label] }
        var lines: [String] = [""]
        for word in label.split(separator: " ") {
            let candidate = lines[lines.count - 1].isEmpty ? String(word) : lines[lines.count - 1] + " " + word
            if candidate.count <= width || lines[lines.count - 1].isEmpty {
                lines[lines.count - 1] = candidate
            } else {
                lines.append(String(word))
            }
        }
        if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
        return lines.map { $0.count <= width ? $0 : String($0.prefix(width - 1)) + "…" }
    }

    static func bar(_ cell: ReportCell, x: Double, y: Double, height: Double, scale: Double, colour: String, minCell: Int) -> String {
        if cell.suppressed {
            return "<rect class=\"hidden\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"24\" height=\"\(f(height))\" fill=\"none\" stroke=\"\(colour)\" stroke-dasharray=\"3 2\"/>"
                + "<text x=\"\(f(x + 30))\" y=\"\(f(y + height - 2))\" font-size=\"11\">\(HTMLText.escape(cell.text(minCell: minCell, german: false)))</text>"
        }
        let value = cell.value ?? 0
        let length = max(1, value * scale)
        return "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(length))\" height=\"\(f(height))\" fill=\"\(colour)\"/>"
            + "<text x=\"\(f(x + length + 4))\" y=\"\(f(y + height - 2))\" font-size=\"11\">\(ReportCell.number(value, german: false))</text>"
    }

    /// Vertical columns for a distribution (waiting-time classes).
    public static func columns(labels: [String], cells: [ReportCell], minCell: Int, title: String, legend: Legend,
                               measure: String) -> String {
        let base = 180.0, plot = 150.0
        let key = legendRows([(current, "\(measure), \(legend.current)"), ("dashed", legend.hidden)], top: 200)
        let height = 200 + key.height
        let step = (width - 40) / Double(max(1, labels.count))
        let top = max(1, cells.compactMap(\.value).max() ?? 1)
        var out = "<svg class=\"chart distribution\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        out += "<line x1=\"20\" y1=\"\(f(base))\" x2=\"\(f(width - 20))\" y2=\"\(f(base))\" stroke=\"#1b1f24\"/>"
        for (index, label) in labels.enumerated() {
            let x = 20 + Double(index) * step + step * 0.15, w = step * 0.7
            let cell = cells[index]
            if cell.suppressed {
                out += "<rect class=\"hidden\" x=\"\(f(x))\" y=\"\(f(base - 12))\" width=\"\(f(w))\" height=\"12\" fill=\"none\" stroke=\"\(current)\" stroke-dasharray=\"3 2\"/>"
                out += "<text x=\"\(f(x + w / 2))\" y=\"\(f(base - 16))\" text-anchor=\"middle\" font-size=\"11\">\(HTMLText.escape(cell.text(minCell: minCell, german: false)))</text>"
            } else {
                let h = max(1, (cell.value ?? 0) / top * plot)
                out += "<rect x=\"\(f(x))\" y=\"\(f(base - h))\" width=\"\(f(w))\" height=\"\(f(h))\" fill=\"\(current)\"/>"
                out += "<text x=\"\(f(x + w / 2))\" y=\"\(f(base - h - 4))\" text-anchor=\"middle\" font-size=\"11\">\(ReportCell.number(cell.value ?? 0, german: false))</text>"
            }
            out += "<text x=\"\(f(x + w / 2))\" y=\"\(f(base + 16))\" text-anchor=\"middle\" font-size=\"10\">\(HTMLText.escape(label))</text>"
        }
        return out + key.svg + "</svg>"
    }

    /// Lines over the months, one per series, with a legend naming each; hidden points
    /// break the line (`hiddenNote` says so under the legend).
    public static func lines(months: [String], series: [(name: String, colour: String, cells: [ReportCell])], title: String,
                             hiddenNote: String) -> String {
        let height = 258.0, left = 40.0, right = width - 20, top = 20.0, base = 190.0
        let maximum = max(1, series.flatMap { $0.cells.compactMap(\.value) }.max() ?? 1)
        let step = months.count > 1 ? (right - left) / Double(months.count - 1) : 0
        func point(_ index: Int, _ value: Double) -> String { "\(f(left + Double(index) * step)),\(f(base - value / maximum * (base - top)))" }
        var out = "<svg class=\"chart line\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(base))\" x2=\"\(f(right))\" y2=\"\(f(base))\" stroke=\"#1b1f24\"/>"
        out += "<text x=\"\(f(left - 6))\" y=\"\(f(top + 4))\" text-anchor=\"end\" font-size=\"11\">\(ReportCell.number(maximum, german: false))</text>"
        for (index, month) in months.enumerated() where months.count <= 12 || index % 3 == 0 {
            out += "<text x=\"\(f(left + Double(index) * step))\" y=\"\(f(base + 16))\" text-anchor=\"middle\" font-size=\"10\">\(HTMLText.escape(month))</text>"
        }
        for (number, s) in series.enumerated() {
            // A dashed line bridges hidden months (it interpolates, it does not reveal),
            // solid lines join months shown one after the other.
            let shown = s.cells.enumerated().compactMap { index, cell in cell.suppressed ? nil : cell.value.map { point(index, $0) } }
            if shown.count > 1 {
                out += "<polyline class=\"bridge\" fill=\"none\" stroke=\"\(s.colour)\" stroke-width=\"1\" stroke-dasharray=\"4 3\" points=\"\(shown.joined(separator: " "))\"/>"
            }
            var run: [String] = []
            func flush() {
                if run.count > 1 { out += "<polyline fill=\"none\" stroke=\"\(s.colour)\" stroke-width=\"2\" points=\"\(run.joined(separator: " "))\"/>" }
                run = []
            }
            for (index, cell) in s.cells.enumerated() {
                guard !cell.suppressed, let value = cell.value else { flush(); continue }
                let p = point(index, value)
                run.append(p)
                let xy = p.split(separator: ",")
                out += "<circle cx=\"\(xy[0])\" cy=\"\(xy[xy.count - 1])\" r=\"3\" fill=\"\(s.colour)\"/>"
            }
            flush()
            let legendY = height - 32
            let legendX = left + Double(number) * 200
            out += "<rect x=\"\(f(legendX))\" y=\"\(f(legendY - 9))\" width=\"12\" height=\"4\" fill=\"\(s.colour)\"/>"
            out += "<text x=\"\(f(legendX + 16))\" y=\"\(f(legendY))\" font-size=\"11\">\(HTMLText.escape(s.name))</text>"
        }
        out += "<g class=\"legend\"><line x1=\"\(f(left))\" y1=\"\(f(height - 12))\" x2=\"\(f(left + 12))\" y2=\"\(f(height - 12))\" "
            + "stroke=\"#1b1f24\" stroke-dasharray=\"4 3\"/><text x=\"\(f(left + 16))\" y=\"\(f(height - 8))\" font-size=\"11\">"
            + "\(HTMLText.escape(hiddenNote))</text></g>"
        return out + "</svg>"
    }
}

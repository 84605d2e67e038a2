/// The printed roster's style sheet, inlined into the page so the file stands alone (no
/// fonts, images or scripts to fetch). Written for A4 paper first: system fonts, black on
/// white with light rules, colours that survive a grey-scale printer, sessions kept whole
/// on a page and long sessions starting on a fresh page.
enum RosterHTMLStyle {
    /// Sessions with more slots than this start on a new printed page.
    static let longSessionSlots = 12

    static let css = """
    :root { --ink: #1b1f24; --muted: #5b6570; --rule: #c9d1d9; --band: #f3f5f7; --accent: #0b5cad; --warn: #a4161a; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; padding: 24px; color: var(--ink); background: #fff;
           font: 15px/1.4 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    .page { max-width: 190mm; margin: 0 auto; }
    header.roster { border-bottom: 3px solid var(--ink); padding-bottom: 10px; margin-bottom: 18px; }
    .kicker { margin: 0; font-size: 13px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
    h1 { margin: 2px 0 6px; font-size: 26px; line-height: 1.2; }
    .meta { margin: 0; color: var(--muted); }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 700;
             border: 1.5px solid currentColor; margin-right: 8px; }
    .state-draft { color: #8a5a00; } .state-approved { color: var(--accent); } .state-published { color: #1d6b2f; } .state-superseded { color: var(--muted); }
    h2 { font-size: 18px; margin: 0 0 2px; break-after: avoid; page-break-after: avoid; }
    h2 .when { color: var(--accent); }
    section { margin: 0 0 22px; }
    section.session { break-inside: avoid; page-break-inside: avoid; }
    .session-meta { margin: 0 0 6px; color: var(--muted); font-size: 14px; }
    .session-meta b { color: var(--ink); font-weight: 600; }
    table { width: 100%; border-collapse: collapse; font-size: 14px; }
    thead th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
               color: var(--muted); border-bottom: 2px solid var(--ink); padding: 4px 6px; }
    td { padding: 6px; border-bottom: 1px solid var(--rule); vertical-align: top; }
    tbody tr:nth-child(even) td { background: var(--band); }
    tr { break-inside: avoid; page-break-inside: avoid; }
    table.slots th:nth-child(1) { width: 14%; } table.slots th:nth-child(2) { width: 16%; }
    td { overflow-wrap: break-word; }
    td.time { white-space: nowrap; font-variant-numeric: tabular-nums; width: 8em; }
    td.pseudonym { font-weight: 700; white-space: nowrap; font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 13.5px; }
    tr.free td { color: var(--muted); font-style: italic; }
    tr.ended td { color: var(--muted); }
    .booking-state { display: block; font-family: sans-serif; font-weight: 400; font-size: 12px; white-space: nowrap; }
    .interp { display: inline-block; margin-left: 4px; white-space: nowrap; padding: 0 5px; border-radius: 3px; font-size: 12px;
              border: 1px solid var(--accent); color: var(--accent); font-style: normal; }
    .urgency-high { color: var(--warn); font-weight: 700; }
    .urgency-elevated { font-weight: 700; }
    td.weeks { white-space: nowrap; width: 9em; }
    .overdue { display: block; color: var(--warn); font-weight: 700; font-size: 12px; white-space: nowrap; }
    .empty { color: var(--muted); font-style: italic; margin: 4px 0 0; }
    dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 6px 0 12px; }
    dl.figures dt { color: var(--muted); } dl.figures dd { margin: 0; font-weight: 600; }
    th.num { text-align: right; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 7em; }
    .bar { position: relative; height: 10px; background: var(--band); border: 1px solid var(--rule); min-width: 120px; }
    .bar .fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); }
    .bar .mark { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--ink); }
    footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { padding: 0; font-size: 10.5pt; }
      .page { max-width: none; }
      h1 { font-size: 18pt; }
      h2 { font-size: 13pt; }
      table { font-size: 10pt; }
      section.session.long:not(:first-of-type) { break-before: page; page-break-before: always; }
      section.waiting { break-before: auto; }
    }
    """
}

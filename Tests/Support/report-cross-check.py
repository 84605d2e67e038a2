#!/usr/bin/env python3
"""Attacks a set of `lotse report --format json` reports together, as a reader holding
all of them would: can any count that one of them hides be worked out by combining them
(a year minus three of its quarters, two overlapping half-years, a report's previous
period beside another report's period, ...)?

The unknowns are the finest counts the reports are built from: each table's count per
quarter, the waiting list at each quarter's end, and the trend's counts per month. Their
true relations are stated (each list adds up to its total, the waiting list's rows and
columns to its margins, the number of referrals and of those seen is the same in every
table that prints it, the months add up to their quarter). Every published cell of every
report is a sum of them: a shown cell fixes that sum, "< 5" (primary) bounds it to
0..MIN_CELL-1, a count withheld as secondary to MIN_CELL or more, a sum over quarters
withheld because a quarter's count in it is hidden ('quarter') says nothing. Then an
integer program (scipy's milp) finds the smallest and largest value of every hidden
cell's sum under all of that together; equal means the reports give it away.

It also checks that a period printed in two reports (as one report's period and another's
previous period) is printed alike, and that a report over several quarters shows a count
only when each quarter's count in it is shown in that quarter's own report (when that
report is among those given), and marks 'quarter' only when one is hidden.

Usage: report-cross-check.py MIN_CELL REPORT.json...
Prints 'ok GRIDS HIDDEN DETERMINED-CANDIDATES' or the problems (exit 1)."""
import datetime, json, sys
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds

min_cell = int(sys.argv[1])
reports = [json.load(open(path, encoding='utf-8')) for path in sys.argv[2:]]
D = datetime.date.fromisoformat
problems = []

MEASURES = {('waiting-time', 'median-days'), ('waiting-time', 'p90-days'), ('waiting-time', 'within-share'),
            ('slots', 'utilisation-percent')}
SNAPSHOT = 'waiting-list-at-end'
TREND = 'monthly-trend'

def quarter(d):
    return d.year * 4 + (d.month - 1) // 3

def quarters_of(period):
    a, b = D(period['from']), D(period['to'])
    if a != datetime.date(a.year, (a.month - 1) // 3 * 3 + 1, 1):
        problems.append('period %s does not start on a quarter' % period)
    return list(range(quarter(a), quarter(b) + 1))

def months_of(period):
    a, b = D(period['from']), D(period['to'])
    result, y, m = [], a.year, a.month
    while (y, m) <= (b.year, b.month):
        result.append('%04d-%02d' % (y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return result

def quarter_bounds(q):
    start = datetime.date(q // 4, q % 4 * 3 + 1, 1)
    following = datetime.date(q // 4 + 1, 1, 1) if q % 4 == 3 else datetime.date(q // 4, q % 4 * 3 + 4, 1)
    return start, following - datetime.timedelta(days=1)

# Every grid printed: (period from, to) -> {table id: (rows, columns, cells)}.
grids = {}
shapes = {}
for report in reports:
    printed = [(report['period'], 'current')]
    if report.get('previousPeriod') is not None:
        printed.append((report['previousPeriod'], 'previous'))
    for period, which in printed:
        key = (period['from'], period['to'])
        tables = {t['id']: (t['rows'], t['columns'], t[which]) for t in report['tables'] if t.get(which) is not None}
        for tid, (rows, columns, _) in tables.items():
            if tid == TREND:
                continue
            if shapes.setdefault(tid, (rows, columns)) != (rows, columns):
                problems.append('%s has rows %s in one report and %s in another' % (tid, rows, shapes[tid][0]))
        if key in grids:
            before = grids[key]
            for tid, (rows, columns, cells) in tables.items():
                if tid in before and before[tid][2] != cells:
                    problems.append('%s %s–%s is printed differently in two reports' % (tid, key[0], key[1]))
            for tid, value in tables.items():
                before.setdefault(tid, value)
        else:
            grids[key] = tables

# The unknowns.
index = {}
def var(*name):
    if name not in index:
        index[name] = len(index)
    return index[name]

def expression(period_key, tid, row, column):
    """The published cell as a sum of unknowns: {variable: coefficient}."""
    period = {'from': period_key[0], 'to': period_key[1]}
    if tid == SNAPSHOT:
        return {var('list', row, column, quarters_of(period)[-1]): 1}
    if tid == TREND:
        months = [row] if row != 'total' else months_of(period)
        return {var('month', m, column): 1 for m in months}
    return {var('count', tid, row, column, q): 1 for q in quarters_of(period)}

# The true relations among the unknowns, for every quarter any report touches.
all_quarters = sorted({q for key in grids for q in quarters_of({'from': key[0], 'to': key[1]})})
equations = []  # ({variable: coefficient}, constant): sum(coef * x) == constant
def sums_to(parts, total):
    coefs = {}
    for p in parts:
        coefs[p] = coefs.get(p, 0) + 1
    coefs[total] = coefs.get(total, 0) - 1
    equations.append((coefs, 0))

LISTS = ['referrals-by-kind', 'referrals-by-municipality', 'referrals-by-language', 'referrals-by-urgency',
         'waiting-time-distribution', 'interpreter-by-language', 'follow-up-steps']
for q in all_quarters:
    for tid in LISTS:
        if tid not in shapes:
            continue
        rows = shapes[tid][0]
        sums_to([var('count', tid, r, 'count', q) for r in rows[:-1]], var('count', tid, rows[-1], 'count', q))
    c = lambda tid, row, col='value': var('count', tid, row, col, q)
    sums_to([c('waiting-time', 'within-limit'), c('waiting-time', 'beyond-limit')], c('waiting-time', 'seen'))
    sums_to([c('slots', r) for r in ['held', 'no-show', 'cancelled-by-client', 'cancelled-by-service', 'not-recorded']], c('slots', 'booked'))
    if SNAPSHOT in shapes:
        rows, columns = shapes[SNAPSHOT]
        for r in rows:
            sums_to([var('list', r, col, q) for col in columns[:-1]], var('list', r, columns[-1], q))
        for col in columns:
            sums_to([var('list', r, col, q) for r in rows[:-1]], var('list', rows[-1], col, q))
    start, end = quarter_bounds(q)
    months = months_of({'from': start.isoformat(), 'to': end.isoformat()})
    referrals = [c('referrals-by-kind', 'total', 'count'), c('referrals-by-municipality', 'total', 'count'),
                 c('referrals-by-language', 'total', 'count'), c('referrals-by-urgency', 'total', 'count')]
    seen = [c('waiting-time', 'seen'), c('waiting-time-distribution', 'total', 'count'), c('slots', 'held')]
    for group in (referrals, seen):
        for a, b in zip(group, group[1:]):
            equations.append(({a: 1, b: -1}, 0))
    # The months of a quarter add up to its referrals and to those seen.
    sums_to([var('month', m, 'referrals') for m in months], referrals[0])
    sums_to([var('month', m, 'appointments') for m in months], seen[0])

# What the reports publish about those sums.
lower_bounds = []  # ({variable: coefficient}, lower, upper)
hidden = {}  # expression key -> description
def key_of(expr):
    return tuple(sorted(expr.items()))
for key, tables in grids.items():
    quarters = quarters_of({'from': key[0], 'to': key[1]})
    for tid, (rows, columns, cells) in tables.items():
        for r, row in enumerate(rows):
            for c, column in enumerate(columns):
                if (tid, row) in MEASURES or column == 'median-wait-days':
                    continue
                cell = cells[r][c]
                expr = expression(key, tid, row, column)
                where = '%s %s %s %s–%s' % (tid, row, column, key[0], key[1])
                if not cell['suppressed']:
                    equations.append((expr, cell['value']))
                else:
                    reason = cell['reason']
                    if reason == 'primary':
                        lower_bounds.append((expr, 0, min_cell - 1))
                    elif reason == 'secondary':
                        lower_bounds.append((expr, min_cell, None))
                    elif reason != 'quarter':
                        problems.append('%s: a count hidden as %s' % (where, reason))
                    hidden.setdefault(key_of(expr), where)
                # The rule over several quarters, against each quarter's own report.
                if len(quarters) > 1 and tid not in (SNAPSHOT, TREND):
                    parts = []
                    for q in quarters:
                        start, end = quarter_bounds(q)
                        own = grids.get((start.isoformat(), end.isoformat()), {}).get(tid)
                        parts.append(None if own is None else own[2][own[0].index(row)][c]['suppressed'])
                    if None not in parts:
                        if not cell['suppressed'] and any(parts):
                            problems.append('%s: shown though a quarter\'s own report hides part of it' % where)
                        if cell['suppressed'] and cell['reason'] == 'quarter' and not any(parts):
                            problems.append('%s: marked quarter though every quarter shows its part' % where)

n = len(index)
rows_eq = [(coefs, const) for coefs, const in equations]
A = np.zeros((len(rows_eq) + len(lower_bounds), n))
lo = np.zeros(len(rows_eq) + len(lower_bounds))
hi = np.zeros(len(rows_eq) + len(lower_bounds))
for i, (coefs, const) in enumerate(rows_eq):
    for v, k in coefs.items():
        A[i, v] += k
    lo[i] = hi[i] = const
for j, (coefs, low, high) in enumerate(lower_bounds):
    i = len(rows_eq) + j
    for v, k in coefs.items():
        A[i, v] += k
    lo[i] = low
    hi[i] = np.inf if high is None else high
constraints = [LinearConstraint(A, lo, hi)]
bounds = Bounds(np.zeros(n), np.full(n, 10 ** 6))
integrality = np.ones(n)

determined = 0
for expr_key, where in hidden.items():
    extremes = []
    for sense in (1, -1):
        objective = np.zeros(n)
        for v, k in expr_key:
            objective[v] = sense * k
        result = milp(objective, constraints=constraints, integrality=integrality, bounds=bounds)
        if not result.success:
            problems.append('the reports together admit no solution (%s) at %s' % (result.message, where))
            break
        extremes.append(round(result.fun * sense))
    if len(extremes) == 2 and extremes[0] == extremes[1]:
        determined += 1
        problems.append('recovered from the reports together: %s is exactly %d' % (where, extremes[0]))
    if problems and 'admit no solution' in problems[-1]:
        break

if problems:
    print('\n'.join(problems[:60]))
    sys.exit(1)
print('ok', len(grids), len(hidden), n)

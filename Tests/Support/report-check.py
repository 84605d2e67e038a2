#!/usr/bin/env python3
"""Recomputes every figure of `lotse report --format json` straight from the SQLite
database, independently of the Swift code, and checks every cell: a count below
MIN_CELL is hidden as 'primary'; any other count is shown with its true value or hidden
as 'secondary'; a median or share is hidden ('derived') exactly when a count it rests on
is hidden, else shown with its true value. Then it attacks the published report: with
the shown figures, every stated sum, the figures shared between tables and the bounds
the marks give ('< 5' is 0..4, a withheld count at least 5, a sum over quarters with a
hidden quarter count in it 0 or more), an integer program (scipy's
milp) finds each hidden count's smallest and largest possible value; equal means the
report gives it away. Usage: report-check.py DB REPORT.json MIN_CELL LIMIT_WEEKS
Prints 'ok CELLS PRIMARY SECONDARY ATTACKED' or the problems (exit 1)."""
import datetime, json, math, sqlite3, sys
from zoneinfo import ZoneInfo

db_path, report_path, min_cell, limit_weeks = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
report = json.load(open(report_path, encoding='utf-8'))
db = sqlite3.connect('file:%s?mode=ro' % db_path, uri=True)
berlin = ZoneInfo('Europe/Berlin')
D = datetime.date.fromisoformat
today = D(report['generatedOn'])

def local_day(seconds):
    return datetime.datetime.fromtimestamp(seconds, berlin).date()

referrals = [dict(id=r[0], kind=r[1], municipality=r[2], language=r[3], urgency=r[4], interpreter=bool(r[5]),
                  referred=D(r[6]), status=r[7], settled=local_day(r[8]) if r[7] in ('closed', 'withdrawn') else None)
             for r in db.execute('SELECT id, kind, municipality, language, urgency, interpreter, referred_on, status, updated_at FROM referrals')]
by_id = {r['id']: r for r in referrals}
appointments = [dict(referral=a[0], on=D(a[1]), attendance=a[2]) for a in db.execute(
    'SELECT a.referral_id, s.held_on, a.attendance FROM appointments a JOIN slots sl ON sl.id = a.slot_id JOIN sessions s ON s.id = sl.session_id')]
offered = [D(r[0]) for r in db.execute('SELECT s.held_on FROM slots sl JOIN sessions s ON s.id = sl.session_id WHERE s.cancelled = 0')]
assessments = [(D(a[1]), [c[0] for c in db.execute('SELECT code FROM recommendations WHERE assessment_id = ?', (a[0],))])
               for a in db.execute('SELECT id, appointment_on FROM assessments')]
steps = [(D(s[0]), s[1]) for s in db.execute('SELECT due_on, status FROM follow_up_steps')]
plans = [local_day(v[0]) for v in db.execute("SELECT authored_at FROM help_plan_versions WHERE change LIKE 'assessment % recorded'")]
escalations = [D(e[0]) for e in db.execute('SELECT raised_on FROM acute_risk_escalations')]

period = (D(report['period']['from']), D(report['period']['to']))
def shift_year(d, years):
    return d.replace(year=d.year + years)
kind = report['period']['kind']
def quarter_number(d):
    return d.year * 4 + (d.month - 1) // 3
if kind in ('year', 'quarter', 'quarters'):
    # As many whole quarters just before.
    n = quarter_number(period[1]) - quarter_number(period[0]) + 1
    q = quarter_number(period[0]) - n
    previous = (datetime.date(q // 4, q % 4 * 3 + 1, 1), period[0] - datetime.timedelta(days=1))
else:
    length = (period[1] - period[0]).days + 1
    previous = (period[0] - datetime.timedelta(days=length), period[0] - datetime.timedelta(days=1))
earliest = min([r['referred'] for r in referrals] + offered + [a['on'] for a in appointments], default=None)
has_previous = earliest is not None and earliest <= previous[1]
problems = []
if has_previous != (report.get('previousPeriod') is not None):
    problems.append('previous period present: expected %s' % has_previous)
periods = [period] + ([previous] if has_previous else [])
inside = lambda p, d: p[0] <= d <= p[1]

def cells(nrows, ncols, counts, lines, measures=None, depends=None):
    """The true figures of one table and period: counts (which the rule may hide),
    measures with the counts they rest on, and the sums the table states."""
    return dict(shape=(nrows, ncols), counts=counts, measures=measures or {}, depends=depends or {}, lines=lines)

def listing(keys, values):
    counts = {(i, 0): sum(1 for v in values if v == k) for i, k in enumerate(keys)}
    counts[(len(keys), 0)] = len(values)
    return cells(len(keys) + 1, 1, counts, [[(i, 0) for i in range(len(keys) + 1)]])

expected = {}
# Category rows are every value the records hold, whatever the period.
ALL = (datetime.date.min, datetime.date.max)
multi_quarter = kind in ('year', 'quarters')
def list_table(tid, fixed, fn, total='total'):
    found = set(fn(ALL))
    keys = fixed + sorted(found - set(fixed))
    expected[tid] = (keys + [total], [listing(keys, fn(p)) for p in periods])

period_refs = lambda p: [r for r in referrals if inside(p, r['referred'])]
list_table('referrals-by-kind', ['assessment', 'follow-up', 'consultation'], lambda p: [r['kind'] for r in period_refs(p)])
list_table('referrals-by-municipality', [], lambda p: [r['municipality'] for r in period_refs(p)])
list_table('referrals-by-language', [], lambda p: [r['language'] for r in period_refs(p)])
list_table('referrals-by-urgency', ['routine', 'elevated', 'high'], lambda p: [r['urgency'] for r in period_refs(p)])

def seen(p):
    return [(a, by_id[a['referral']]) for a in appointments if a['attendance'] == 'attended' and inside(p, a['on'])]
def waits(p):
    return sorted((a['on'] - r['referred']).days for a, r in seen(p))
def median(w):
    if not w:
        return None
    n = len(w)
    return float(w[n // 2]) if n % 2 else (w[n // 2 - 1] + w[n // 2]) / 2
def p90(w):
    # From 10 waits on only: below, nearest rank is the longest single wait.
    return float(w[math.ceil(0.9 * len(w)) - 1]) if len(w) >= 10 else None

def waiting_time(p):
    w = waits(p)
    within = sum(1 for d in w if d <= limit_weeks * 7)
    counts = {(0, 0): len(w), (3, 0): within, (4, 0): len(w) - within}
    measures = {(1, 0): median(w), (2, 0): p90(w), (5, 0): (within * 1000 // len(w)) / 10 if w else None}
    depends = {(1, 0): [(0, 0)], (2, 0): [(0, 0)], (5, 0): [(3, 0), (4, 0)]}
    return cells(6, 1, counts, [[(3, 0), (4, 0), (0, 0)]], measures, depends)
expected['waiting-time'] = (['seen', 'median-days', 'p90-days', 'within-limit', 'beyond-limit', 'within-share'],
                            [waiting_time(p) for p in periods])

def band(d):
    return '0-2w' if d < 14 else '2-4w' if d < 28 else '4-8w' if d < 56 else '8-12w' if d < 84 else '12w+'
list_table('waiting-time-distribution', ['0-2w', '2-4w', '4-8w', '8-12w', '12w+'], lambda p: [band(d) for d in waits(p)])

def slot_figures(p):
    booked = [a for a in appointments if inside(p, a['on'])]
    n = lambda att: sum(1 for a in booked if a['attendance'] == att)
    off = sum(1 for d in offered if inside(p, d))
    held = n('attended')
    counts = {(0, 0): off, (1, 0): len(booked), (2, 0): held, (3, 0): n('no-show'), (4, 0): n('cancelled-by-client'),
              (5, 0): n('cancelled-by-service'), (6, 0): n(None)}
    measures = {(7, 0): (held * 1000 // off) / 10 if off else None}
    return cells(8, 1, counts, [[(i, 0) for i in range(2, 7)] + [(1, 0)]], measures, {(7, 0): [(0, 0), (2, 0)]})
expected['slots'] = (['offered', 'booked', 'held', 'no-show', 'cancelled-by-client', 'cancelled-by-service', 'not-recorded',
                      'utilisation-percent'], [slot_figures(p) for p in periods])

list_table('interpreter-by-language', [], lambda p: [r['language'] for a, r in seen(p) if r['interpreter']])

codes = sorted(set(c for d, cs in assessments for c in cs))
def recs(p):
    inp = [cs for d, cs in assessments if inside(p, d)]
    counts = {(i, 0): sum(1 for cs in inp if c in cs) for i, c in enumerate(codes)}
    counts[(len(codes), 0)] = len(inp)
    return cells(len(codes) + 1, 1, counts, [])
expected['assessments-by-recommendation'] = (codes + ['assessments'], [recs(p) for p in periods])

def step_state(due, status):
    return ('overdue' if due < today else 'open') if status == 'open' else status
list_table('follow-up-steps', ['done', 'dropped', 'overdue', 'open'],
           lambda p: [step_state(d, s) for d, s in steps if inside(p, d)], total='due')

expected['outcomes'] = (['help-plans-updated', 'acute-risk-escalations'],
                        [cells(2, 1, {(0, 0): sum(1 for d in plans if inside(p, d)), (1, 0): sum(1 for d in escalations if inside(p, d))}, [])
                         for p in periods])

urg = ['routine', 'elevated', 'high']
ages = ['0-4w', '4-8w', '8-12w', '12w+']
def age(d):
    return '0-4w' if d < 28 else '4-8w' if d < 56 else '8-12w' if d < 84 else '12w+'
def waiting_list(p):
    end = min(p[1], today)
    seen_by = {a['referral'] for a in appointments if a['attendance'] == 'attended' and a['on'] <= end}
    rows = [r for r in referrals if r['referred'] <= end and r['id'] not in seen_by
            and not (r['status'] in ('closed', 'withdrawn') and (r['settled'] or r['referred']) <= end)]
    counts = {}
    for i, u in enumerate(urg + ['total']):
        for j, a in enumerate(ages + ['total']):
            counts[(i, j)] = sum(1 for r in rows if (u == 'total' or r['urgency'] == u)
                                 and (a == 'total' or age((end - r['referred']).days) == a))
    lines = [[(i, j) for j in range(5)] for i in range(4)] + [[(i, j) for i in range(4)] for j in range(5)]
    return cells(4, 5, counts, lines)
expected['waiting-list-at-end'] = (urg + ['total'], [waiting_list(p) for p in periods])

months = []
d = period[0].replace(day=1)
while d <= period[1]:
    months.append('%04d-%02d' % (d.year, d.month))
    d = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
pr = period_refs(period)
sn = seen(period)
counts, measures, depends = {}, {}, {}
for i, m in enumerate(months + ['total']):
    refs = pr if m == 'total' else [r for r in pr if r['referred'].strftime('%Y-%m') == m]
    att = sn if m == 'total' else [(a, r) for a, r in sn if a['on'].strftime('%Y-%m') == m]
    counts[(i, 0)], counts[(i, 1)] = len(refs), len(att)
    measures[(i, 2)] = median(sorted((a['on'] - r['referred']).days for a, r in att))
    depends[(i, 2)] = [(i, 1)]
n = len(months) + 1
expected['monthly-trend'] = (months + ['total'], [cells(n, 3, counts, [[(i, 0) for i in range(n)], [(i, 1) for i in range(n)]], measures, depends)])

# Figures printed in more than one table: one number each.
SHARED = [[('referrals-by-kind', 'total', 'count'), ('referrals-by-municipality', 'total', 'count'),
           ('referrals-by-language', 'total', 'count'), ('referrals-by-urgency', 'total', 'count'),
           ('monthly-trend', 'total', 'referrals')],
          [('waiting-time', 'seen', 'value'), ('waiting-time-distribution', 'total', 'count'), ('slots', 'held', 'value'),
           ('monthly-trend', 'total', 'appointments')]]

compared = 0
tables = {t['id']: t for t in report['tables']}
if set(tables) != set(expected):
    problems.append('tables differ: %s vs %s' % (sorted(tables), sorted(expected)))
for tid, (rows, grids) in expected.items():
    t = tables.get(tid)
    if t is None:
        continue
    if t['rows'] != rows:
        problems.append('%s: rows %s, expected %s' % (tid, t['rows'], rows))
        continue
    actual = [t['current']] + ([t['previous']] if t.get('previous') is not None else [])
    if len(actual) != len(grids):
        problems.append('%s: %d period(s), expected %d' % (tid, len(actual), len(grids)))
        continue
    for which, (got, truth) in enumerate(zip(actual, grids)):
        nrows, ncols = truth['shape']
        for r in range(nrows):
            for c in range(ncols):
                cell, pos = got[r][c], (r, c)
                compared += 1
                where = '%s %s %s[%s][%s]' % (tid, 'previous' if which else 'current', rows[r], r, c)
                if pos in truth['counts']:
                    value = truth['counts'][pos]
                    # Over several quarters a sum with a quarter's hidden count in it is
                    # marked 'quarter', small or not (report-cross-check.py checks when).
                    if value < min_cell:
                        ok = cell['suppressed'] and cell['value'] is None and (
                            cell['reason'] == 'primary' or (multi_quarter and cell['reason'] == 'quarter'))
                    elif cell['suppressed']:
                        ok = cell['reason'] in (('secondary', 'quarter') if multi_quarter else ('secondary',)) and cell['value'] is None
                    else:
                        ok = cell['value'] == value and cell['reason'] is None
                    want = value
                else:
                    basis_hidden = any(got[d[0]][d[1]]['suppressed'] for d in truth['depends'].get(pos, []))
                    want = truth['measures'].get(pos)
                    if basis_hidden:
                        ok = cell['suppressed'] and cell['reason'] == 'derived' and cell['value'] is None
                    else:
                        ok = not cell['suppressed'] and cell['value'] == want
                if not ok:
                    problems.append('%s: got %s/%s/%s, true value %s' % (where, cell['value'], cell['suppressed'], cell['reason'], want))

# The attack: from the published figures alone (shown counts, "< 5" = 0..min_cell-1,
# withheld = min_cell or more, every stated sum, figures shared between tables), find
# the smallest and largest integer each hidden count could be. Equal means recovered.
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds

def attack(which):
    index, lower, upper, names = {}, [], [], []
    def var(tid, r, c):
        cell = published(tid, r, c)
        if not cell['suppressed']:
            return None
        key = (tid, r, c)
        if key not in index:
            index[key] = len(lower)
            names.append(key)
            primary = cell['reason'] == 'primary'
            lower.append(0 if primary or cell['reason'] == 'quarter' else min_cell)
            upper.append(min_cell - 1 if primary else 10 ** 6)
        return index[key]
    def published(tid, r, c):
        t = tables[tid]
        return (t['current'] if which == 0 else t['previous'])[r][c]
    equations = []  # (coefficients by variable, constant): sum(coef * x) + constant == 0
    for tid, (rows, grids) in expected.items():
        if which >= len(grids):
            continue
        truth = grids[which]
        for line in truth['lines']:
            coefs, constant = {}, 0
            for k, (r, c) in enumerate(line):
                sign = -1 if k == len(line) - 1 else 1
                v = var(tid, r, c)
                if v is None:
                    constant += sign * published(tid, r, c)['value']
                else:
                    coefs[v] = coefs.get(v, 0) + sign
            if coefs:
                equations.append((coefs, constant))
    for group in SHARED:
        members = []
        for tid, row, column in group:
            t = tables[tid]
            if which == 1 and t.get('previous') is None:
                continue
            members.append((tid, t['rows'].index(row), t['columns'].index(column)))
        for a, b in zip(members, members[1:]):
            coefs, constant = {}, 0
            for sign, (tid, r, c) in ((1, a), (-1, b)):
                v = var(tid, r, c)
                if v is None:
                    constant += sign * published(tid, r, c)['value']
                else:
                    coefs[v] = coefs.get(v, 0) + sign
            if coefs:
                equations.append((coefs, constant))
            elif constant != 0:
                problems.append('shared figure differs between %s and %s' % (a, b))
    # Every hidden count, also those in no sum.
    for tid, (rows, grids) in expected.items():
        if which < len(grids):
            for (r, c) in grids[which]['counts']:
                var(tid, r, c)
    n = len(lower)
    if n == 0:
        return 0
    A = np.array([[coefs.get(j, 0) for j in range(n)] for coefs, _ in equations]) if equations else np.zeros((0, n))
    b = np.array([-constant for _, constant in equations])
    constraints = [LinearConstraint(A, b, b)] if equations else []
    for j in range(n):
        extremes = []
        for sense in (1, -1):
            objective = np.zeros(n)
            objective[j] = sense
            result = milp(objective, constraints=constraints, integrality=np.ones(n), bounds=Bounds(lower, upper))
            if not result.success:
                problems.append('attack on %s: the published figures admit no solution (%s)' % (names[j], result.message))
                return n
            extremes.append(round(result.fun * sense))
        if extremes[0] == extremes[1]:
            tid, r, c = names[j]
            problems.append('recovered: %s %s %s[%d][%d] is exactly %d' % (
                tid, 'previous' if which else 'current', tables[tid]['rows'][r], r, c, extremes[0]))
    return n

attacked = sum(attack(which) for which in range(len(periods)))
if problems:
    print('\n'.join(problems))
    sys.exit(1)
secondary = sum(1 for t in report['tables'] for g in [t['current']] + ([t['previous']] if t.get('previous') else [])
                for row in g for cell in row if cell.get('reason') == 'secondary')
primary = sum(1 for t in report['tables'] for g in [t['current']] + ([t['previous']] if t.get('previous') else [])
              for row in g for cell in row if cell.get('reason') == 'primary')
print('ok', compared, primary, secondary, attacked)

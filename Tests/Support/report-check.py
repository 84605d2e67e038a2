#!/usr/bin/env python3
"""Recomputes every figure of `lotse report --format json` straight from the SQLite
database, independently of the Swift code, and checks every cell: a count below
MIN_CELL is hidden as 'primary'; any other count is shown with its true value or hidden
as 'secondary'; a median or share is hidden ('derived') exactly when a count it rests on
is hidden, else shown with its true value; a median or percentile may moreover be withheld
('order-statistic'), and when shown at least MIN_CELL waits lie on either side of it (else
it is one person's wait). Then it attacks the published report: with
the shown figures, every stated sum, the figures shared between tables and the bounds
the marks give ('< 5' is 0..4, a withheld count at least 5, a sum over quarters with a
hidden quarter count in it 0 or more) and what every shown median and percentile
says about how many waits lie at or below and at or above it, an integer program (scipy's
milp) finds each hidden count's smallest and largest possible value; equal means the
report gives it away. An ended quarter's frozen facts (report_frozen_quarters) stand in
for its records, as in the report; with `live`, they must equal the count from the records.
With `records`, frozen rows are ignored.
Usage: report-check.py DB REPORT.json MIN_CELL LIMIT_WEEKS [live|records]
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
kind = report['period']['kind']
def quarter_number(d):
    return d.year * 4 + (d.month - 1) // 3
def quarter_of(n):
    start = datetime.date(n // 4, n % 4 * 3 + 1, 1)
    following = datetime.date(n // 4 + 1, 1, 1) if n % 4 == 3 else datetime.date(n // 4, n % 4 * 3 + 4, 1)
    return (start, following - datetime.timedelta(days=1))
whole_quarters = kind in ('year', 'quarter', 'quarters')
if whole_quarters:
    # As many whole quarters just before.
    n = quarter_number(period[1]) - quarter_number(period[0]) + 1
    q = quarter_number(period[0]) - n
    previous = (datetime.date(q // 4, q % 4 * 3 + 1, 1), period[0] - datetime.timedelta(days=1))
else:
    length = (period[1] - period[0]).days + 1
    previous = (period[0] - datetime.timedelta(days=length), period[0] - datetime.timedelta(days=1))
earliest = min([r['referred'] for r in referrals] + offered + [a['on'] for a in appointments], default=None)
inside = lambda p, d: p[0] <= d <= p[1]
problems = []

# The facts each figure is worked out from, counted here from the records, independently
# of the Swift code: per category (every category the records hold, 0 where the period
# has none), the waits of those seen per month, the waiting list at the period's end.
KINDS, URGENCIES = ['assessment', 'follow-up', 'consultation'], ['routine', 'elevated', 'high']
STEPS = ['done', 'dropped', 'overdue', 'open']
def seen_in(p):
    return [(a, by_id[a['referral']]) for a in appointments if a['attendance'] == 'attended' and a['referral'] in by_id and inside(p, a['on'])]
ALL = (datetime.date.min, datetime.date.max)
def age(d):
    return '0-4w' if d < 28 else '4-8w' if d < 56 else '8-12w' if d < 84 else '12w+'
def live_facts(p):
    refs = [r for r in referrals if inside(p, r['referred'])]
    def listing(fixed, every, values):
        counts = {k: 0 for k in fixed + every}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        return counts
    seen_all, seen = seen_in(ALL), seen_in(p)
    lists = {
        'referrals-by-kind': listing(KINDS, [r['kind'] for r in referrals], [r['kind'] for r in refs]),
        'referrals-by-municipality': listing([], [r['municipality'] for r in referrals], [r['municipality'] for r in refs]),
        'referrals-by-language': listing([], [r['language'] for r in referrals], [r['language'] for r in refs]),
        'referrals-by-urgency': listing(URGENCIES, [r['urgency'] for r in referrals], [r['urgency'] for r in refs]),
        'interpreter-by-language': listing([], [r['language'] for a, r in seen_all if r['interpreter']],
                                           [r['language'] for a, r in seen if r['interpreter']]),
        'follow-up-steps': listing(STEPS, [], [('overdue' if d < today else 'open') if st == 'open' else st
                                               for d, st in steps if inside(p, d)]),
        'assessments-by-recommendation': listing([], [c for d, cs in assessments for c in cs],
                                                 [c for d, cs in assessments if inside(p, d) for c in set(cs)]),
    }
    waits = {}
    for a, r in seen:
        waits.setdefault(a['on'].strftime('%Y-%m'), []).append((a['on'] - r['referred']).days)
    booked = [a for a in appointments if inside(p, a['on'])]
    n = lambda att: sum(1 for a in booked if a['attendance'] == att)
    slots = {'offered': sum(1 for d in offered if inside(p, d)), 'booked': len(booked), 'attended': n('attended'),
             'no-show': n('no-show'), 'cancelled-by-client': n('cancelled-by-client'),
             'cancelled-by-service': n('cancelled-by-service'), 'not-recorded': n(None)}
    end = min(p[1], today)
    seen_by = {a['referral'] for a in appointments if a['attendance'] == 'attended' and a['on'] <= end}
    waiting = {}
    for r in referrals:
        if r['referred'] <= end and r['id'] not in seen_by and not (
                r['status'] in ('closed', 'withdrawn') and (r['settled'] or r['referred']) <= end):
            band = waiting.setdefault(r['urgency'], {})
            a = age((end - r['referred']).days)
            band[a] = band.get(a, 0) + 1
    by_month = {}
    for r in refs:
        m = r['referred'].strftime('%Y-%m')
        by_month[m] = by_month.get(m, 0) + 1
    return dict(lists=lists, slots=slots, assessments=sum(1 for d, cs in assessments if inside(p, d)),
                helpPlanUpdates=sum(1 for d in plans if inside(p, d)), escalations=sum(1 for d in escalations if inside(p, d)),
                waitingList=waiting, referralsByMonth=by_month, waitsByMonth={m: sorted(w) for m, w in waits.items()},
                begun=earliest is not None and earliest <= p[1])

# An ended quarter's frozen facts stand in for its records: a report shows them however
# the records changed since. With 'live' as the fifth argument, every frozen quarter the
# report touches must still equal the count from the records (nothing changed since).
try:
    frozen = {D(q): (D(on), json.loads(f)) for q, on, f in db.execute('SELECT quarter, frozen_on, facts FROM report_frozen_quarters')}
except sqlite3.OperationalError:
    frozen = {}
mode = sys.argv[5] if len(sys.argv) > 5 else ''
check_live = mode == 'live'
if mode == 'records':
    # Counted from the records alone, whatever is frozen (a database from before a purge).
    frozen = {}
used_frozen = []
def quarter_facts(q):
    p = quarter_of(q)
    if p[0] in frozen:
        since, facts = frozen[p[0]]
        used_frozen.append((p, since))
        if check_live:
            live = live_facts(p)
            for key in live:
                if facts.get(key, {} if isinstance(live[key], dict) else 0) != live[key] and not (key == 'waitingList' and
                        {u: {a: c for a, c in b.items() if c} for u, b in facts[key].items() if any(b.values())} == live[key]):
                    problems.append('frozen %s of the quarter from %s differs from the records: %s vs %s' % (key, p[0], facts.get(key), live[key]))
        return facts
    return live_facts(p)
def combined(parts):
    result = dict(lists={}, slots={}, assessments=0, helpPlanUpdates=0, escalations=0, waitingList={}, referralsByMonth={},
                  waitsByMonth={}, begun=False)
    for f in parts:
        for t, counts in f['lists'].items():
            for k, c in counts.items():
                result['lists'].setdefault(t, {})[k] = result['lists'].get(t, {}).get(k, 0) + c
        for k, c in f['slots'].items():
            result['slots'][k] = result['slots'].get(k, 0) + c
        for k in ('assessments', 'helpPlanUpdates', 'escalations'):
            result[k] += f[k]
        for m, c in f['referralsByMonth'].items():
            result['referralsByMonth'][m] = result['referralsByMonth'].get(m, 0) + c
        for m, w in f['waitsByMonth'].items():
            result['waitsByMonth'][m] = sorted(result['waitsByMonth'].get(m, []) + w)
    if parts:
        result['waitingList'], result['begun'] = parts[-1]['waitingList'], parts[-1]['begun']
    return result
def facts_of(p):
    if whole_quarters:
        return combined([quarter_facts(q) for q in range(quarter_number(p[0]), quarter_number(p[1]) + 1)])
    return live_facts(p)

current_facts = facts_of(period)
previous_facts = facts_of(previous)
has_previous = previous_facts['begun']
if has_previous != (report.get('previousPeriod') is not None):
    problems.append('previous period present: expected %s' % has_previous)
periods = [period] + ([previous] if has_previous else [])
facts = [current_facts] + ([previous_facts] if has_previous else [])
# The quarters the report says are frozen, and since when.
stated = sorted((D(n['from']), D(n['to']), D(n['since'])) for n in report.get('frozen', []))
if mode != 'records' and stated != sorted(set((p[0], p[1], since) for p, since in used_frozen if any(inside(x, p[0]) for x in periods))):
    problems.append('frozen quarters stated %s, used %s' % (stated, sorted(set(used_frozen))))

def cells(nrows, ncols, counts, lines, measures=None, depends=None, zeros=(), order=None):
    """The true figures of one table and period: counts (which the rule may hide),
    measures with the counts they rest on, the sums the table states, the rows a
    period's facts do not know (printed as a shown 0), and for each median or percentile
    how many waits lie at or below it and at or above it."""
    return dict(shape=(nrows, ncols), counts=counts, measures=measures or {}, depends=depends or {}, lines=lines, zeros=set(zeros),
                order=order or {})

expected = {}
SHARED_TABLES = {'referrals-by-kind', 'referrals-by-municipality', 'referrals-by-language', 'referrals-by-urgency',
                 'monthly-trend', 'waiting-time', 'waiting-time-distribution', 'slots'}
multi_quarter = kind in ('year', 'quarters')
def list_table(tid, fixed, counts_of, total='total'):
    # Rows: the fixed ones, then every category the facts of the period (or of the
    # previous period beside it) know, sorted.
    known = [set(counts_of(f)) for f in facts]
    keys = fixed + sorted(set().union(*known) - set(fixed))
    grids = []
    for f, own in zip(facts, known):
        c = counts_of(f)
        counts = {(i, 0): c.get(k, 0) for i, k in enumerate(keys)}
        counts[(len(keys), 0)] = sum(c.values())
        zeros = [(i, 0) for i, k in enumerate(keys) if k not in own and k not in fixed]
        if not keys and tid not in SHARED_TABLES:
            # No category at all: the total is a sum of nothing, printed as a shown 0
            # (unless it is a figure printed in other tables too).
            zeros.append((0, 0))
        for z in zeros:
            del counts[z]
        grids.append(cells(len(keys) + 1, 1, counts, [[(i, 0) for i in range(len(keys) + 1)]], zeros=zeros))
    expected[tid] = (keys + [total], grids)

for tid, fixed, total in [('referrals-by-kind', KINDS, 'total'), ('referrals-by-municipality', [], 'total'),
                          ('referrals-by-language', [], 'total'), ('referrals-by-urgency', URGENCIES, 'total'),
                          ('interpreter-by-language', [], 'total'), ('follow-up-steps', STEPS, 'due')]:
    list_table(tid, fixed, lambda f, tid=tid: f['lists'].get(tid, {}), total)

def all_waits(f):
    return sorted(w for ws in f['waitsByMonth'].values() for w in ws)
def median(w):
    if not w:
        return None
    n = len(w)
    return float(w[n // 2]) if n % 2 else (w[n // 2 - 1] + w[n // 2]) / 2
def p90(w):
    # From 10 waits on only: below, nearest rank is the longest single wait.
    return float(w[math.ceil(0.9 * len(w)) - 1]) if len(w) >= 10 else None
def median_sides(n):
    # Waits sure to lie at or below the median, and as many at or above it.
    return (n + 1) // 2 if n % 2 else n // 2
def p90_sides(n):
    r = math.ceil(0.9 * n)
    return (r, n - r + 1)

def waiting_time(f):
    w = all_waits(f)
    within = sum(1 for d in w if d <= limit_weeks * 7)
    counts = {(0, 0): len(w), (3, 0): within, (4, 0): len(w) - within}
    measures = {(1, 0): median(w), (2, 0): p90(w), (5, 0): (within * 1000 // len(w)) / 10 if w else None}
    depends = {(1, 0): [(0, 0)], (2, 0): [(0, 0)], (5, 0): [(3, 0), (4, 0)]}
    order = {(1, 0): (median_sides(len(w)),) * 2, (2, 0): p90_sides(len(w))}
    return cells(6, 1, counts, [[(3, 0), (4, 0), (0, 0)]], measures, depends, order=order)
expected['waiting-time'] = (['seen', 'median-days', 'p90-days', 'within-limit', 'beyond-limit', 'within-share'],
                            [waiting_time(f) for f in facts])

def band(d):
    return '0-2w' if d < 14 else '2-4w' if d < 28 else '4-8w' if d < 56 else '8-12w' if d < 84 else '12w+'
BANDS = ['0-2w', '2-4w', '4-8w', '8-12w', '12w+']
def distribution(f):
    counts = {b: 0 for b in BANDS}
    for d in all_waits(f):
        counts[band(d)] += 1
    return counts
list_table('waiting-time-distribution', BANDS, distribution)

def slot_figures(f):
    s = f['slots']
    off, held = s.get('offered', 0), s.get('attended', 0)
    counts = {(0, 0): off, (1, 0): s.get('booked', 0), (2, 0): held, (3, 0): s.get('no-show', 0),
              (4, 0): s.get('cancelled-by-client', 0), (5, 0): s.get('cancelled-by-service', 0), (6, 0): s.get('not-recorded', 0)}
    measures = {(7, 0): (held * 1000 // off) / 10 if off else None}
    return cells(8, 1, counts, [[(i, 0) for i in range(2, 7)] + [(1, 0)]], measures, {(7, 0): [(0, 0), (2, 0)]})
expected['slots'] = (['offered', 'booked', 'held', 'no-show', 'cancelled-by-client', 'cancelled-by-service', 'not-recorded',
                      'utilisation-percent'], [slot_figures(f) for f in facts])

code_sets = [set(f['lists'].get('assessments-by-recommendation', {})) for f in facts]
codes = sorted(set().union(*code_sets))
def recs(f, own):
    c = f['lists'].get('assessments-by-recommendation', {})
    counts = {(i, 0): c.get(code, 0) for i, code in enumerate(codes) if code in own}
    counts[(len(codes), 0)] = f['assessments']
    return cells(len(codes) + 1, 1, counts, [], zeros=[(i, 0) for i, code in enumerate(codes) if code not in own])
expected['assessments-by-recommendation'] = (codes + ['assessments'], [recs(f, own) for f, own in zip(facts, code_sets)])

expected['outcomes'] = (['help-plans-updated', 'acute-risk-escalations'],
                        [cells(2, 1, {(0, 0): f['helpPlanUpdates'], (1, 0): f['escalations']}, []) for f in facts])

urg = URGENCIES
ages = ['0-4w', '4-8w', '8-12w', '12w+']
def waiting_list(f):
    w = f['waitingList']
    counts = {}
    for i, u in enumerate(urg + ['total']):
        for j, a in enumerate(ages + ['total']):
            counts[(i, j)] = sum(c for uu, b in w.items() if uu in urg and (u == 'total' or uu == u)
                                 for aa, c in b.items() if a == 'total' or aa == a)
    lines = [[(i, j) for j in range(5)] for i in range(4)] + [[(i, j) for i in range(4)] for j in range(5)]
    return cells(4, 5, counts, lines)
expected['waiting-list-at-end'] = (urg + ['total'], [waiting_list(f) for f in facts])

months = []
d = period[0].replace(day=1)
while d <= period[1]:
    months.append('%04d-%02d' % (d.year, d.month))
    d = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
counts, measures, depends, order = {}, {}, {}, {}
for i, m in enumerate(months + ['total']):
    refs = sum(current_facts['referralsByMonth'].values()) if m == 'total' else current_facts['referralsByMonth'].get(m, 0)
    w = all_waits(current_facts) if m == 'total' else sorted(current_facts['waitsByMonth'].get(m, []))
    counts[(i, 0)], counts[(i, 1)] = refs, len(w)
    measures[(i, 2)] = median(w)
    depends[(i, 2)] = [(i, 1)]
    order[(i, 2)] = (median_sides(len(w)),) * 2
n = len(months) + 1
expected['monthly-trend'] = (months + ['total'], [cells(n, 3, counts, [[(i, 0) for i in range(n)], [(i, 1) for i in range(n)]], measures,
                                                        depends, order=order)])

# Figures printed in more than one table: one number each.
SHARED = [[('referrals-by-kind', 'total', 'count'), ('referrals-by-municipality', 'total', 'count'),
           ('referrals-by-language', 'total', 'count'), ('referrals-by-urgency', 'total', 'count'),
           ('monthly-trend', 'total', 'referrals')],
          [('waiting-time', 'seen', 'value'), ('waiting-time-distribution', 'total', 'count'), ('slots', 'held', 'value'),
           ('monthly-trend', 'total', 'appointments')]]

compared = 0
tables = {t['id']: t for t in report['tables']}
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
                if pos in truth['zeros']:
                    ok = not cell['suppressed'] and cell['value'] == 0
                    want = 0
                elif pos in truth['counts']:
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
                    sides = truth['order'].get(pos)
                    if basis_hidden:
                        ok = cell['suppressed'] and cell['reason'] == 'derived' and cell['value'] is None
                    elif sides and want is not None and (min(sides) < min_cell or cell['suppressed']):
                        # Withheld whenever it would be one person's wait; whether it would
                        # narrow a hidden class is for the attack below to find out.
                        ok = cell['suppressed'] and cell['reason'] == 'order-statistic' and cell['value'] is None
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
    # What a shown median or percentile says: so many waits lie at or below it and so
    # many at or above it, so the classes of waits reaching below (above) it hold at
    # least as many. A month's waits are part of the period's, so a month's median bounds
    # the period's classes too, and months with medians at or beyond a day add up.
    inequalities = []  # (coefficients, constant): sum(coef * x) + constant >= 0
    limit = limit_weeks * 7
    partitions = [('waiting-time-distribution', [(b, lo, hi) for b, lo, hi in
                   [('0-2w', 0, 13), ('2-4w', 14, 27), ('4-8w', 28, 55), ('8-12w', 56, 83), ('12w+', 84, math.inf)]]),
                  ('waiting-time', [('within-limit', 0, limit), ('beyond-limit', limit + 1, math.inf)])]
    statistics = []  # (value, below, above, is_month)
    def shown_value(tid, row, column):
        t = tables.get(tid)
        grid = t and (t['current'] if which == 0 else t.get('previous'))
        if not grid:
            return None
        cell = grid[t['rows'].index(row)][t['columns'].index(column)]
        return None if cell['suppressed'] else cell['value']
    seen = shown_value('waiting-time', 'seen', 'value')
    for row, sides in (('median-days', lambda n: (median_sides(n),) * 2), ('p90-days', p90_sides)):
        v = shown_value('waiting-time', row, 'value')
        if v is not None and seen:
            statistics.append((v,) + sides(int(seen)) + (False,))
    trend = tables.get('monthly-trend')
    if which == 0 and trend:
        for r, row in enumerate(trend['rows']):
            v, n = shown_value('monthly-trend', row, 'median-wait-days'), shown_value('monthly-trend', row, 'appointments')
            if v is not None and n:
                statistics.append((v, median_sides(int(n)), median_sides(int(n)), row != 'total'))
    for tid, classes in partitions:
        rows = tables[tid]['rows']
        def bound(selected, at_least):
            coefs, constant = {}, -at_least
            for b, lo, hi in classes:
                if selected(lo, hi):
                    r = rows.index(b)
                    v = var(tid, r, 0)
                    if v is None:
                        constant += published(tid, r, 0)['value']
                    else:
                        coefs[v] = coefs.get(v, 0) + 1
            if coefs:
                inequalities.append((coefs, constant))
        for value, below, above, _ in statistics:
            bound(lambda lo, hi, t=value: lo <= t, below)
            bound(lambda lo, hi, t=value: hi >= t, above)
        months = [s for s in statistics if s[3]]
        for t in sorted(set(s[0] for s in months)):
            bound(lambda lo, hi, t=t: lo <= t, sum(s[1] for s in months if s[0] <= t))
            bound(lambda lo, hi, t=t: hi >= t, sum(s[2] for s in months if s[0] >= t))
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
    if inequalities:
        G = np.array([[coefs.get(j, 0) for j in range(n)] for coefs, _ in inequalities])
        constraints.append(LinearConstraint(G, np.array([-constant for _, constant in inequalities]), np.inf))
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

#!/usr/bin/env python3
"""Opens a CSV file the way a spreadsheet user does — LibreOffice Calc, headless, with the
import settings of the reader's language (semicolon, UTF-8, German or US English number
and date recognition) — converts it to OpenDocument and prints every cell as Calc holds
it, as JSON: a list of rows, each a list of [type, value] with type one of string, float,
date, time, percentage, boolean or empty, and value the string, the number, the ISO day or
the ISO duration. Any cell Calc computes as a formula is printed as type 'formula' with
the formula.
Usage: spreadsheet-cells.py SOFFICE FILE.csv de|en"""
import json, os, subprocess, sys, tempfile, zipfile
import xml.etree.ElementTree as ET

soffice, path, language = sys.argv[1], sys.argv[2], sys.argv[3]
locale = {'de': '1031', 'en': '1033'}[language]
work = tempfile.mkdtemp(prefix='lotse-calc-')
# Separator ';' (59), text delimiter '"' (34), UTF-8 (76), from line 1, standard columns,
# the language's conventions for numbers and dates.
result = subprocess.run([soffice, '-env:UserInstallation=file://%s/profile' % work, '--headless',
                         '--infilter=CSV:59,34,76,1,,%s' % locale, '--convert-to', 'ods', '--outdir', work, path],
                        capture_output=True, text=True, timeout=180)
ods = os.path.join(work, os.path.splitext(os.path.basename(path))[0] + '.ods')
if not os.path.exists(ods):
    print('LibreOffice did not convert the file: %s %s' % (result.stdout, result.stderr), file=sys.stderr)
    sys.exit(2)
ns = {'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
      'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
      'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'}
def q(prefix, name):
    return '{%s}%s' % (ns[prefix], name)
root = ET.fromstring(zipfile.ZipFile(ods).read('content.xml'))
table = root.find('.//table:table', ns)
rows = []
for row in table.findall('table:table-row', ns):
    cells = []
    for cell in row.findall('table:table-cell', ns):
        repeat = int(cell.get(q('table', 'number-columns-repeated'), '1'))
        kind = cell.get(q('office', 'value-type'))
        text = '\n'.join(''.join(p.itertext()) for p in cell.findall('text:p', ns))
        if cell.get(q('table', 'formula')) is not None:
            entry = ['formula', cell.get(q('table', 'formula'))]
        elif kind is None:
            entry = ['empty', '']
        elif kind in ('float', 'percentage', 'currency'):
            entry = [kind, float(cell.get(q('office', 'value')))]
        elif kind == 'date':
            entry = ['date', cell.get(q('office', 'date-value'))]
        elif kind == 'time':
            entry = ['time', cell.get(q('office', 'time-value'))]
        elif kind == 'boolean':
            entry = ['boolean', cell.get(q('office', 'boolean-value'))]
        else:
            entry = ['string', text]
        cells.extend([entry] * min(repeat, 64))
    while cells and cells[-1][0] == 'empty':
        cells.pop()
    if cells:
        rows.append(cells)
print(json.dumps(rows, ensure_ascii=False))

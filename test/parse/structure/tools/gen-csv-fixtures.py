#!/usr/bin/env python3
"""Regenerates test/parse/structure/fixtures/csv-python.json: CSV inputs with what Python's csv module
(docutils' dialects, strict mode) makes of them. Hand-picked cases first, then seeded random ones.

Usage (from the repo root): python3 test/parse/structure/tools/gen-csv-fixtures.py > test/parse/structure/fixtures/csv-python.json
"""
import csv
import json
import random
import sys

DIALECTS = {
    'table': dict(delimiter=',', quotechar='"', escapechar=None, doublequote=True, skipinitialspace=True),
    'header': dict(delimiter=',', quotechar='"', escapechar='\\', doublequote=False, skipinitialspace=True),
    'keepspace': dict(delimiter=',', quotechar='"', escapechar=None, doublequote=True, skipinitialspace=False),
    'space': dict(delimiter=' ', quotechar='"', escapechar=None, doublequote=True, skipinitialspace=True),
    'tab-single-quote-escape': dict(delimiter='\t', quotechar="'", escapechar='\\', doublequote=False, skipinitialspace=True),
    'semicolon-escape-doubling': dict(delimiter=';', quotechar='"', escapechar='^', doublequote=True, skipinitialspace=False),
}

HAND_PICKED = [
    ('table', ['"Treat", "Quantity", "Description"', '"Albatross", 2.99, "On a stick!"',
               '"Crunchy Frog", 1.49, "If we took the bones out, it wouldn\'t be', 'crunchy, now would it?"']),
    ('table', ['one, 2, three', '4, five']),
    ('table', ['"bad", "csv, data']),
    ('table', ['"a"b, c']),
    ('table', ['a,,b,', '', ',']),
    ('table', ['"say ""hi""", x']),
    ('table', ['   leading,   spaces  ,"  quoted  "']),
    ('table', ['Heizölrückstoßabdämpfung, 漢字, 😀']),
    ('header', ['"Treat" Quantity "Description"']),
    ('header', ['"Treat", Quantity, "', '* Description,', '* Definition, or', '* Narrative"']),
    ('header', ['a\\,b, "c\\"d", e\\']),
    ('header', ['x\\']),
    ('space', ['"Albatross" 2.99 "On a stick!"']),
    ('space', ['some csv  data']),
    ('keepspace', ['a, b ,  "c"']),
    ('keepspace', ['a, "b"']),
]

ALPHABET = ['a', 'b', ' ', ' ', ',', ',', '"', '"', '\\', "'", ';', '^', '\t', 'é', '字', '\u0301']


def read(dialect, lines):
    class D(csv.Dialect):
        lineterminator = '\n'
        quoting = csv.QUOTE_MINIMAL
        strict = True
    for key, value in DIALECTS[dialect].items():
        setattr(D, key, value)
    try:
        return {'rows': [list(row) for row in csv.reader([line + '\n' for line in lines], dialect=D())]}
    except csv.Error as error:
        return {'error': str(error)}


def main():
    rng = random.Random(20240601)
    cases = [{'dialect': d, 'lines': lines} for d, lines in HAND_PICKED]
    for _ in range(400):
        dialect = rng.choice(list(DIALECTS))
        lines = [''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 4))]
        cases.append({'dialect': dialect, 'lines': lines})
    for case in cases:
        case.update(read(case['dialect'], case['lines']))
    json.dump({'dialects': DIALECTS, 'cases': cases}, sys.stdout, ensure_ascii=False, indent=1)
    print()


main()

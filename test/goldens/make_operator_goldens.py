#!/usr/bin/env python3
"""Generate test/goldens/operators.json: NumPy's answers to operator expressions as a
notebook user writes them, in Python and in a Numbook cell (kernel/operators.ts).

    python3 test/goldens/make_operator_goldens.py

Each case: {name, py, ts, str} or {name, py, ts, ename, evalue}. `py` and `ts` are the same
program in each language; the last line is an expression whose str() is recorded (or the
error it raises). Most lines are the same text in both: that is the point.
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'operators.json')

SETUP_PY = """
data = np.array([1, 2])
ones = np.ones(2)
predictions = np.array([1, 1, 1])
labels = np.array([1, 2, 3])
a = np.arange(12).reshape(3, 4)
f = np.array([0.5, 1.5, 2.5])
b8 = np.array([250, 10], dtype=np.uint8)
"""
SETUP_TS = """
const data = np.array([1, 2]);
const ones = np.ones(2);
const predictions = np.array([1, 1, 1]);
const labels = np.array([1, 2, 3]);
const a = np.arange(12).reshape(3, 4);
const f = np.array([0.5, 1.5, 2.5]);
const b8 = np.array([250, 10], {dtype: 'uint8'});
"""

# Expressions written the same way in Python and TypeScript.
SAME = [
    'data + ones', 'data - ones', 'data * data', 'data / data', 'data * 1.6', 'data + 1', '2 * data',
    '1 - data', 'data ** 2', '2 ** data', '-data', '+data', '~data', 'data % 2', '-7 % data', 'data / 0',
    '(predictions - labels) ** 2', '((predictions - labels) ** 2).mean()',
    'a > 5', 'a == 4', 'a != 4', 'a <= 3', 'a >= 10', 'a < 2', '(a > 1) & (a < 5)', '(a < 2) | (a > 9)',
    '(a > 3) ^ (a > 6)', '~(a > 5)', 'a << 1', 'a >> 1', 'a & 6', 'a | 1', 'a ^ 3', 'a % 5', '-a',
    'a[1, 2]', 'a[0]', 'a[-1]', 'a[1][2]', 'a[a > 5]', 'a[[0, 2]]', 'a[1, -1] * 10', 'a.T * 2', 'a.T[0]',
    'f * 2', 'f > 1', 'f ** 0.5', 'f - f.mean()', 'b8 + 10', 'b8 * 1.5', 'b8 - 11',
    'data + np.array([[1], [2]])', '[1, 2] * data', 'data == [1, 3]', 'a * a[0]',
    'np.ones(3) + np.ones(4)', 'data[5]', 'a[0, 0, 0]', '~f',
]

# Programs whose statements differ in spelling; the last line is the value.
PAIRS = [
    ('view_iadd', 'x = np.arange(6)\nv = x[1:3]\nv += 10\nx', 'let x = np.arange(6)\nlet v = x.get("1:3")\nv += 10\nx'),
    ('item_iadd', 'y = np.zeros(3)\ny[1] += 5\ny', 'let y = np.zeros(3)\ny[1] += 5\ny'),
    ('imul', 'z = np.arange(4)\nz *= 3\nz', 'let z = np.arange(4)\nz *= 3\nz'),
    ('idiv_float', 'w = np.arange(4, dtype=np.float64)\nw /= 2\nw', "let w = np.arange(4, {dtype: 'float64'})\nw /= 2\nw"),
    ('ipow', 'p = np.arange(4)\np **= 2\np', 'let p = np.arange(4)\np **= 2\np'),
    ('iand', 'k = np.arange(6) > 2\nk &= np.arange(6) < 5\nk', 'let k = np.arange(6) > 2\nk &= np.arange(6) < 5\nk'),
    ('setitem_tuple', 'q = np.arange(6).reshape(2, 3)\nq[1, 2] = 99\nq', 'const q = np.arange(6).reshape(2, 3)\nq[1, 2] = 99\nq'),
    ('setitem_row', 'r = np.zeros((2, 3))\nr[0] = [1, 2, 3]\nr', 'const r = np.zeros([2, 3])\nr[0] = [1, 2, 3]\nr'),
    ('setitem_chain', 'c = np.zeros((2, 3))\nc[1][2] = 7\nc', 'const c = np.zeros([2, 3])\nc[1][2] = 7\nc'),
    ('setitem_mask', 'g = np.arange(6)\ng[g > 3] = 0\ng', 'const g = np.arange(6)\ng[g > 3] = 0\ng'),
    ('item_iadd_tuple', 'h = np.zeros((2, 2))\nh[1, 0] += 2.5\nh', 'const h = np.zeros([2, 2])\nh[1, 0] += 2.5\nh'),
    ('fancy_iadd', 'j = np.zeros(4)\nj[[0, 2]] += 1\nj', 'const j = np.zeros(4)\nj[[0, 2]] += 1\nj'),
    ('uint8_wrap_inplace', 'u = np.array([250, 10], dtype=np.uint8)\nu += 10\nu', "const u = np.array([250, 10], {dtype: 'uint8'})\nu += 10\nu"),
    ('iadd_cast_error', 't = np.arange(3)\nt += 1.5\nt', 'let t = np.arange(3)\nt += 1.5\nt'),
    ('bool_ambiguous', 'if data == 1:\n    pass\n1', 'if (data == 1) {}\n1'),
    ('and_ambiguous', '(data > 0) and (data < 5)', '(data > 0) && (data < 5)'),
    ('not_ambiguous', 'not (data > 1)', '!(data > 1)'),
    ('bool_size1', 'n = np.array([3])\n"big" if n > 2 else "small"', 'const n = np.array([3])\nn > 2 ? "big" : "small"'),
    ('bool_empty', 'e = np.array([])\nif e == 1:\n    pass\n1', "const e = np.array([], {dtype: 'float64'})\nif (e == 1) {}\n1"),
    ('number_plus_array', 'x0 = 1\nx0 += np.arange(3)\nx0', 'let x0 = 1\nx0 += np.arange(3)\nx0'),
]


def run(code):
    *stmts, last = code.strip().split('\n')
    env = {'np': np}
    exec(SETUP_PY, env)
    try:
        # A trailing expression may follow an indented block: run the block, then eval.
        exec('\n'.join(stmts), env)
        value = eval(last, env)
        return {'str': str(value)}
    except Exception as e:  # noqa: BLE001
        return {'ename': type(e).__name__, 'evalue': str(e)}


cases = []
for expr in SAME:
    cases.append({'name': expr, 'py': expr, 'ts': expr, **run(expr)})
for name, py, ts in PAIRS:
    cases.append({'name': name, 'py': py, 'ts': ts, **run(py)})

with open(OUT, 'w') as fh:
    json.dump({'numpy': np.__version__, 'setup_ts': SETUP_TS.strip(), 'cases': cases}, fh, indent=1)
    fh.write('\n')
print(f'{OUT}: {len(cases)} cases')

"""NumPy side of `npm run bench`: times the same cases as bench/run.mjs, prints JSON."""
import json
import sys
import time

import numpy as np

cases = json.load(open(sys.argv[1]))
rng = np.random.default_rng(0)


def rand(*shape):
    return rng.random(shape)


out = {}
for c in cases:
    env = {'np': np, 'rand': rand}
    for stmt in c['setup'].split(';'):
        exec(stmt.strip(), env)
    f = eval('lambda: ' + c['py'], env)
    f()
    times = []
    budget = time.perf_counter() + 1.0
    while len(times) < 5 or (time.perf_counter() < budget and len(times) < 200):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    times.sort()
    out[c['name']] = times[len(times) // 2] * 1e3
print(json.dumps(out))

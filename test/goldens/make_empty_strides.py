#!/usr/bin/env python3
"""Generate test/goldens/empty_strides.json: the strides NumPy gives arrays with a
zero-length dimension.

An array NumPy allocates with no elements gets all-zero strides, whatever made it
(creation functions, copies, ufuncs, reductions, fancy and boolean indexing, random
draws); a view of one keeps the strides it computes: a slice keeps its base's (an empty
slice uses the axis' own stride and ignores the step), a transpose permutes them, a
reshape fills them in C order counting 0-length axes as 1 (unless the shape is the
same), broadcast_to and newaxis give 0. Empty arrays are both C and F contiguous.

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_empty_strides.py

Each case is (id, js, py): `js` a TypeScript expression evaluated with `np` in scope,
`py` the same computation in Python. The names E, V, A are set up in both:
    E = np.ones((0, 3))          a fresh empty array (strides (0, 0))
    V = np.ones((2, 3))[:0]      an empty view (strides (24, 8))
    A = np.arange(6.).reshape(2, 3)

Output (one JSON object):
  numpy -- the NumPy version that produced it
  setup -- {js, py}: the setup code above
  cases -- {id, js, py, expect: {dtype, shape, strides, c_contiguous, f_contiguous, data}}
    data: the elements in C order (floats as JSON numbers), for results of at most 16
    elements (an empty result has [])
"""
import json
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'empty_strides.json')

SETUP_JS = 'const E = np.ones([0, 3]); const V = np.ones([2, 3]).get(":0"); const A = np.arange(6).reshape(2, 3).astype("float64");'
SETUP_PY = 'E = np.ones((0, 3)); V = np.ones((2, 3))[:0]; A = np.arange(6.).reshape(2, 3)'

CASES = [
    # ---- creation: fresh, so all-zero strides
    ('empty-3d', 'np.empty([2, 0, 3])', 'np.empty((2, 0, 3))'),
    ('zeros-F', 'np.zeros([0, 3], {order: "F"})', 'np.zeros((0, 3), order="F")'),
    ('zeros-int8', 'np.zeros([3, 0], {dtype: "int8"})', 'np.zeros((3, 0), dtype=np.int8)'),
    ('ones-1d', 'np.ones(0)', 'np.ones(0)'),
    ('full', 'np.full([0, 2], 1)', 'np.full((0, 2), 1)'),
    ('array-empty-list', 'np.array([])', 'np.array([])'),
    ('array-nested-empty', 'np.array([[]])', 'np.array([[]])'),
    ('array-of-view', 'np.array(V)', 'np.array(V)'),
    ('zeros_like-view', 'np.zeros_like(V)', 'np.zeros_like(V)'),
    ('empty_like-transposed', 'np.empty_like(V.T)', 'np.empty_like(V.T)'),
    ('eye-0', 'np.eye(0)', 'np.eye(0)'),
    ('eye-0x3', 'np.eye(0, 3)', 'np.eye(0, 3)'),
    ('arange-0', 'np.arange(0)', 'np.arange(0)'),
    ('linspace-0', 'np.linspace(0, 1, 0)', 'np.linspace(0, 1, 0)'),
    ('tri-0', 'np.tri(0)', 'np.tri(0)'),
    ('meshgrid', 'np.meshgrid(np.array([]), np.ones(3))[0]', 'np.meshgrid(np.array([]), np.ones(3))[0]'),
    ('copy-view', 'V.copy()', 'V.copy()'),
    ('copy-transposed', 'E.T.copy()', 'E.T.copy()'),
    ('astype-view', 'V.astype("int32")', 'V.astype(np.int32)'),
    ('astype-same', 'E.astype("float64")', 'E.astype(np.float64)'),
    ('flatten', 'V.flatten()', 'V.flatten()'),
    ('concatenate', 'np.concatenate([E, V])', 'np.concatenate([E, V])'),
    ('concatenate-axis1', 'np.concatenate([np.ones([2, 0]), np.ones([2, 0])], {axis: 1})', 'np.concatenate([np.ones((2, 0)), np.ones((2, 0))], axis=1)'),
    ('stack', 'np.stack([V, V])', 'np.stack([V, V])'),
    ('hstack', 'np.hstack([E, E])', 'np.hstack([E, E])'),
    ('vstack', 'np.vstack([V, E])', 'np.vstack([V, E])'),
    ('repeat', 'np.repeat(E, 2, {axis: 1})', 'np.repeat(E, 2, axis=1)'),
    ('pad', 'np.pad(E, 0)', 'np.pad(E, 0)'),
    # ---- ufuncs and reductions: fresh outputs
    ('add-scalar', 'E.add(1)', 'E + 1'),
    ('add-view', 'V.add(1)', 'V + 1'),
    ('add-transposed', 'V.T.add(1)', 'V.T + 1'),
    ('add-broadcast', 'np.add(np.ones([0, 1]), np.ones(3))', 'np.ones((0, 1)) + np.ones(3)'),
    ('sqrt-int', 'np.sqrt(np.ones([0, 3], {dtype: "int32"}))', 'np.sqrt(np.ones((0, 3), dtype=np.int32))'),
    ('greater', 'V.gt(0)', 'V > 0'),
    ('where-3', 'np.where(E.gt(0), E, 0)', 'np.where(E > 0, E, 0)'),
    ('clip', 'np.clip(V.T, 0, 1)', 'np.clip(V.T, 0, 1)'),
    ('sum-axis1', 'E.sum({axis: 1})', 'E.sum(axis=1)'),
    ('sum-axis0-nonempty', 'E.sum({axis: 0})', 'E.sum(axis=0)'),
    ('sum-keepdims', 'E.sum({axis: 1, keepdims: true})', 'E.sum(axis=1, keepdims=True)'),
    ('sum-3d-axis0', 'np.ones([2, 0, 3]).sum({axis: 0})', 'np.ones((2, 0, 3)).sum(axis=0)'),
    ('max-axis1', 'V.max({axis: 1})', 'V.max(axis=1)'),
    ('mean-axis1', 'E.mean({axis: 1})', 'E.mean(axis=1)'),
    ('std-axis1', 'E.std({axis: 1})', 'E.std(axis=1)'),
    ('argmax-axis1', 'E.argmax({axis: 1})', 'E.argmax(axis=1)'),
    ('cumsum', 'V.cumsum({axis: 0})', 'V.cumsum(axis=0)'),
    ('cumsum-flat', 'E.cumsum()', 'E.cumsum()'),
    ('median-axis1', 'np.median(E, {axis: 1})', 'np.median(E, axis=1)'),
    ('matmul', 'np.matmul(E, np.ones([3, 2]))', 'E @ np.ones((3, 2))'),
    ('matmul-inner-empty', 'np.matmul(np.ones([2, 0]), np.ones([0, 2]))', 'np.ones((2, 0)) @ np.ones((0, 2))'),
    ('outer', 'np.outer(np.array([]), np.ones(3))', 'np.outer(np.array([]), np.ones(3))'),
    # ---- sorting, sets, indexing results
    ('sort', 'np.sort(V)', 'np.sort(V)'),
    ('argsort-axis0', 'np.argsort(E, {axis: 0})', 'np.argsort(E, axis=0)'),
    ('unique', 'np.unique(E)', 'np.unique(E)'),
    ('unique-inverse', 'np.unique(E, {return_inverse: true})[1]', 'np.unique(E, return_inverse=True)[1]'),
    ('unique-axis0', 'np.unique(E, {axis: 0})', 'np.unique(E, axis=0)'),
    ('nonzero-2d', 'np.nonzero(A.gt(10))[1]', 'np.nonzero(A > 10)[1]'),
    ('flatnonzero', 'np.flatnonzero(A.gt(10))', 'np.flatnonzero(A > 10)'),
    ('argwhere', 'np.argwhere(A.gt(10))', 'np.argwhere(A > 10)'),
    ('mask-none-match', 'A.get(A.gt(10))', 'A[A > 10]'),
    ('mask-int', 'np.arange(6).reshape(2, 3).get(np.arange(6).reshape(2, 3).gt(10))', 'np.arange(6).reshape(2, 3)[np.arange(6).reshape(2, 3) > 10]'),
    ('mask-rows', 'A.get(np.array([false, false]))', 'A[np.array([False, False])]'),
    ('mask-columns', 'A.get(":", np.zeros(3, {dtype: "bool"}))', 'A[:, np.zeros(3, dtype=bool)]'),
    ('fancy-empty-list', 'A.get(np.array([], {dtype: "int64"}))', 'A[np.array([], dtype=np.int64)]'),
    ('fancy-empty-columns', 'A.get(":", np.array([], {dtype: "int64"}))', 'A[:, np.array([], dtype=np.int64)]'),
    # ---- views: computed strides
    ('view-slice', 'V', 'V'),
    ('view-transpose-of-fresh', 'np.empty([0, 3]).T', 'np.empty((0, 3)).T'),
    ('view-transpose-of-view', 'V.T', 'V.T'),
    ('view-transpose-3d', 'np.empty([2, 0, 3]).transpose(2, 0, 1)', 'np.empty((2, 0, 3)).transpose(2, 0, 1)'),
    ('view-slice-of-fresh', 'E.get(":, :2")', 'E[:, :2]'),
    ('view-empty-slice-reversed', 'A.get("1:1, ::-1")', 'A[1:1, ::-1]'),
    ('view-empty-slice-step', 'np.ones([4, 3]).get(":, 0:2:-2")', 'np.ones((4, 3))[:, 0:2:-2]'),
    ('view-reversed-then-empty', 'np.ones(3).get("::-1").get(":0")', 'np.ones(3)[::-1][:0]'),
    ('view-empty-reversed', 'V.get("::-1")', 'V[::-1]'),
    ('view-newaxis', 'V.get("None, ..., None")', 'V[None, ..., None]'),
    ('view-squeeze', 'np.ones([0, 1, 3]).squeeze()', 'np.ones((0, 1, 3)).squeeze()'),
    ('view-broadcast_to', 'np.broadcast_to(np.ones(3), [0, 3])', 'np.broadcast_to(np.ones(3), (0, 3))'),
    ('view-asarray', 'np.asarray(V)', 'np.asarray(V)'),
    ('view-ascontiguousarray', 'np.ascontiguousarray(V.T)', 'np.ascontiguousarray(V.T)'),
    ('view-flip', 'np.flip(V)', 'np.flip(V)'),
    ('view-moveaxis', 'np.moveaxis(np.empty([2, 0, 3]), 0, -1)', 'np.moveaxis(np.empty((2, 0, 3)), 0, -1)'),
    ('view-split', 'np.array_split(np.ones(3), 5)[4]', 'np.array_split(np.ones(3), 5)[4]'),
    ('view-diagonal', 'E.diagonal()', 'E.diagonal()'),
    ('reshape', 'E.reshape(3, 0)', 'E.reshape(3, 0)'),
    ('reshape-of-view', 'V.reshape(0, 1, 3)', 'V.reshape(0, 1, 3)'),
    ('reshape-of-transposed', 'V.T.reshape(0, 3)', 'V.T.reshape(0, 3)'),
    ('reshape-same-shape', 'E.reshape(0, 3)', 'E.reshape(0, 3)'),
    ('reshape-minus-one', 'E.reshape(-1, 3)', 'E.reshape(-1, 3)'),
    ('reshape-3d', 'np.empty([2, 0, 3]).reshape(0, 6)', 'np.empty((2, 0, 3)).reshape(0, 6)'),
    ('ravel', 'E.ravel()', 'E.ravel()'),
    ('ravel-transposed', 'V.T.ravel()', 'V.T.ravel()'),
    ('ravel-1d', 'np.zeros(0).ravel()', 'np.zeros(0).ravel()'),
    ('expand_dims', 'np.expand_dims(E, 1)', 'np.expand_dims(E, 1)'),
    ('atleast_2d', 'np.atleast_2d(np.array([]))', 'np.atleast_2d(np.array([]))'),
    ('atleast_3d', 'np.atleast_3d(V)', 'np.atleast_3d(V)'),
    ('tile', 'np.tile(E, 2)', 'np.tile(E, 2)'),
    ('tile-zero-reps', 'np.tile(A, [0, 1])', 'np.tile(A, (0, 1))'),
    ('roll', 'np.roll(E, 1)', 'np.roll(E, 1)'),
    ('cov', 'np.cov(np.ones([0, 3]))', 'np.cov(np.ones((0, 3)))'),
    ('frombuffer', 'np.frombuffer(new Uint8Array(0), {dtype: "float64"})', 'np.frombuffer(b"", dtype=np.float64)'),
    ('load', 'np.load(np.save(np.zeros([2, 0, 3])))', 'load_saved(np.zeros((2, 0, 3)))'),
    # ---- operations on transposed empty views (used to hang)
    ('append-transposed', 'np.append(V.T, V.T)', 'np.append(V.T, V.T)'),
    ('median-transposed', 'np.median(V.T, {axis: 0})', 'np.median(V.T, axis=0)'),
    ('ediff1d-transposed', 'np.ediff1d(V.T)', 'np.ediff1d(V.T)'),
    ('delete-transposed', 'np.delete(V.T, [])', 'np.delete(V.T, [])'),
    ('insert-transposed', 'np.insert(V.T, 0, [])', 'np.insert(V.T, 0, [])'),
    # ---- random draws: fresh
    ('rng-random', 'np.random.default_rng(0).random([0, 3])', 'np.random.default_rng(0).random((0, 3))'),
    ('rng-normal', 'np.random.default_rng(0).normal({size: [2, 0]})', 'np.random.default_rng(0).normal(size=(2, 0))'),
    ('rng-integers', 'np.random.default_rng(0).integers(0, 5, {size: [0, 3]})', 'np.random.default_rng(0).integers(0, 5, size=(0, 3))'),
    ('rng-permutation', 'np.random.default_rng(0).permutation(0)', 'np.random.default_rng(0).permutation(0)'),
    ('legacy-rand', 'np.random.rand(0, 3)', 'np.random.rand(0, 3)'),
    ('legacy-choice', 'np.random.choice(5, {size: [0, 2]})', 'np.random.choice(5, size=(0, 2))'),
]


def load_saved(a):
    import io
    buf = io.BytesIO()
    np.save(buf, a)
    buf.seek(0)
    return np.load(buf)


def encode(r):
    e = {
        'dtype': str(r.dtype),
        'shape': list(r.shape),
        'strides': list(r.strides),
        'c_contiguous': bool(r.flags.c_contiguous),
        'f_contiguous': bool(r.flags.f_contiguous),
    }
    if r.size <= 16:
        e['data'] = [v.item() for v in r.ravel()]
    return e


def main():
    warnings.simplefilter('ignore')
    ids = set()
    cases = []
    for cid, js, py in CASES:
        assert cid not in ids, cid
        ids.add(cid)
        scope = {'np': np, 'load_saved': load_saved}
        exec(SETUP_PY, scope)
        r = eval(py, scope)
        assert isinstance(r, np.ndarray), cid
        cases.append({'id': cid, 'js': js, 'py': py, 'expect': encode(r)})
    with open(OUT, 'w') as fh:
        json.dump({'numpy': np.__version__, 'setup': {'js': SETUP_JS, 'py': SETUP_PY}, 'cases': cases}, fh, indent=1, allow_nan=False)
        fh.write('\n')
    print(f'{OUT}: {len(cases)} cases')


if __name__ == '__main__':
    main()

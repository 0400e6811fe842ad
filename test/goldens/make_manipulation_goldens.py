#!/usr/bin/env python3
"""Generate test/goldens/manipulation.json: NumPy's results for the shape-manipulation and
sorting/set functions (runtime/manipulation.ts, runtime/sorting.ts).

Run from the project root with the NumPy the runtime follows (2.4.x):

    python3 test/goldens/make_manipulation_goldens.py

Each case is {id, js, py, expect}: `js` is a TypeScript expression evaluated with `np` in
scope, `py` the same computation in Python, and `expect` NumPy's result:
  {kind: 'ndarray', dtype, shape, data}    data flattened in C order; nan/inf as strings
  {kind: 'tuple', items: [...]}            a tuple or list of results (a JS array)
  {kind: 'number' | 'boolean', value}      a scalar
  {kind: 'none'}                           None (undefined in JS)
  {kind: 'error', type, message}           the exception NumPy raised
"""
import json
import math
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'manipulation.json')

# (id, js, py). `py` defaults to `js` with JS spellings replaced (see py_of).
CASES = [
    # ---- concatenate / stack
    ('concat.axis0', 'np.concatenate([np.arange(6).reshape(2, 3), np.arange(3).reshape(1, 3)])', None),
    ('concat.axis1-pos', 'np.concatenate([np.arange(6).reshape(2, 3), np.arange(4).reshape(2, 2)], 1)', None),
    ('concat.axis-neg', 'np.concatenate([np.arange(6).reshape(2, 3), np.arange(4).reshape(2, 2)], {axis: -1})', None),
    ('concat.none', 'np.concatenate([np.arange(6).reshape(2, 3), np.arange(2)], {axis: null})', None),
    ('concat.promote-u8-i8', "np.concatenate([np.arange(3, {dtype: 'uint8'}), np.arange(2, {dtype: 'int8'})])", None),
    ('concat.promote-float', "np.concatenate([np.arange(3), np.array([0.5, 1.5])])", None),
    ('concat.promote-bool', "np.concatenate([np.arange(3), [true]])", None),
    ('concat.f32-i16', "np.concatenate([np.ones(2, {dtype: 'float32'}), np.ones(2, {dtype: 'int16'})])", None),
    ('concat.f32-i32', "np.concatenate([np.ones(2, {dtype: 'float32'}), np.ones(2, {dtype: 'int32'})])", None),
    ('concat.dtype-unsafe', "np.concatenate([np.arange(3), np.array([1.5, 2.5])], {dtype: 'int64', casting: 'unsafe'})", None),
    ('concat.dtype-error', "np.concatenate([np.arange(3), np.array([1.5, 2.5])], {dtype: 'int64'})", None),
    ('concat.err-ndim', 'np.concatenate([np.ones(2), np.ones([2, 2])])', None),
    ('concat.err-0d', 'np.concatenate([np.array(1), np.array(2)])', None),
    ('concat.err-empty', 'np.concatenate([])', None),
    ('concat.err-axis', 'np.concatenate([np.ones(2)], {axis: 1})', None),
    ('concat.err-mismatch', 'np.concatenate([np.ones([2, 2]), np.ones([2, 3])])', None),
    ('concat.err-mismatch-axis1', 'np.concatenate([np.ones([2, 2]), np.ones([3, 3])], {axis: 1})', None),
    ('concat.empty-part', 'np.concatenate([np.zeros([0, 3]), np.ones([2, 3])])', None),
    ('concat.views', 'np.concatenate([np.arange(6).reshape(2, 3).T, np.arange(6).reshape(2, 3).T.get("::-1")])', None),
    ('stack.axis0', 'np.stack([np.array([1, 2, 3]), np.array([4, 5, 6])])', None),
    ('stack.axis-last', 'np.stack([np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)], {axis: -1})', None),
    ('stack.axis1-pos', 'np.stack([np.arange(6).reshape(2, 3), np.arange(6).reshape(2, 3)], 1)', None),
    ('stack.err-shape', 'np.stack([np.ones(2), np.ones(3)])', None),
    ('stack.err-empty', 'np.stack([])', None),
    ('stack.err-axis', 'np.stack([np.ones(2)], {axis: 2})', None),
    ('stack.scalars', 'np.stack([1, 2, 3])', None),
    ('vstack.1d', 'np.vstack([np.array([1, 2, 3]), np.array([4, 5, 6])])', None),
    ('vstack.mixed', 'np.vstack([np.arange(6).reshape(2, 3), np.array([7, 8, 9])])', None),
    ('vstack.ndarray', 'np.vstack(np.arange(6).reshape(2, 3))', None),
    ('vstack.err', 'np.vstack([np.ones(2), np.ones(3)])', None),
    ('hstack.1d', 'np.hstack([np.array([1, 2, 3]), np.array([4, 5])])', None),
    ('hstack.2d', 'np.hstack([np.arange(4).reshape(2, 2), np.arange(2).reshape(2, 1)])', None),
    ('hstack.ndarray', 'np.hstack(np.arange(6).reshape(2, 3))', None),
    ('hstack.scalars', 'np.hstack([1, 2.5])', None),
    ('dstack.1d', 'np.dstack([np.arange(3), np.arange(3)])', None),
    ('dstack.2d', 'np.dstack([np.arange(4).reshape(2, 2), np.ones([2, 2])])', None),
    ('column_stack.1d', 'np.column_stack([np.arange(3), np.arange(3, 6)])', None),
    ('column_stack.mixed', 'np.column_stack([np.arange(4).reshape(2, 2), np.array([7, 8])])', None),
    ('column_stack.scalars', 'np.column_stack([1, 2])', None),
    ('append.flat', 'np.append(np.array([1, 2, 3]), [[4, 5], [6, 7]])', None),
    ('append.axis0', 'np.append(np.arange(4).reshape(2, 2), [[9, 9]], {axis: 0})', None),
    ('append.uint8', "np.append(np.array([1, 2], {dtype: 'uint8'}), [3])", None),
    ('append.err', 'np.append(np.arange(4).reshape(2, 2), [9, 9], {axis: 0})', None),
    ('block.2x2', 'np.block([[np.eye(2), np.zeros([2, 1])], [np.ones([1, 2]), np.array([[5]])]])', None),
    ('block.flat', 'np.block([1, 2, np.array([3, 4])])', None),
    ('block.scalars-2d', 'np.block([[1, 2], [3, 4]])', None),
    ('block.3d', 'np.block([[[np.ones([1, 1, 2]), np.zeros([1, 1, 1])]], [[np.full([1, 1, 3], 2)]]])', None),
    ('block.array', 'np.block(np.ones(2))', None),
    ('block.scalar', 'np.block(5)', None),
    ('block.err-depth', 'np.block([[1, 2], 3])', None),
    ('block.err-empty', 'np.block([])', None),
    ('block.err-empty-inner', 'np.block([[1], []])', None),
    ('block.err-mismatch', 'np.block([[np.ones(2)], [np.ones(3)]])', None),
    # ---- atleast
    ('atleast_1d.scalar', 'np.atleast_1d(5)', None),
    ('atleast_1d.many', 'np.atleast_1d(1, [2, 3], np.ones([2, 2]))', None),
    ('atleast_2d.scalar', 'np.atleast_2d(5)', None),
    ('atleast_2d.1d', 'np.atleast_2d(np.arange(3))', None),
    ('atleast_3d.0d', 'np.atleast_3d(7).shape', None),
    ('atleast_3d.1d', 'np.atleast_3d(np.arange(3)).shape', None),
    ('atleast_3d.2d', 'np.atleast_3d(np.arange(6).reshape(2, 3)).shape', None),
    # ---- new length-1 axes: expand_dims reshapes (strides kept), atleast_2d/3d index with
    # newaxis (stride 0), a 0-d input is reshaped
    ('strides.expand_dims-0', 'np.expand_dims(np.ones(3), 0).strides', None),
    ('strides.expand_dims-1', 'np.expand_dims(np.ones(3), 1).strides', None),
    ('strides.expand_dims-0-2', 'np.expand_dims(np.ones(3), [0, 2]).strides', 'np.expand_dims(np.ones(3), (0, 2)).strides'),
    ('strides.expand_dims-2d', 'np.expand_dims(np.ones([2, 3]), 1).strides', None),
    ('strides.expand_dims-strided', 'np.expand_dims(np.ones([2, 3]).get(":, ::2"), 1).strides', 'np.expand_dims(np.ones((2, 3))[:, ::2], 1).strides'),
    ('strides.atleast_2d-1d', 'np.atleast_2d(np.ones(3)).strides', None),
    ('strides.atleast_2d-0d', 'np.atleast_2d(np.array(1.5)).strides', None),
    ('strides.atleast_3d-1d', 'np.atleast_3d(np.ones(3)).strides', None),
    ('strides.atleast_3d-2d', 'np.atleast_3d(np.ones([2, 3])).strides', None),
    ('strides.newaxis-front', 'np.ones(3).get("None, :").strides', 'np.ones(3)[None, :].strides'),
    ('strides.newaxis-back', 'np.ones(3).get(":, None").strides', 'np.ones(3)[:, None].strides'),
    ('strides.newaxis-middle', 'np.ones([2, 3]).get(":, None").strides', 'np.ones((2, 3))[:, None].strides'),
    ('strides.newaxis-ellipsis', 'np.ones([2, 3]).get("None, ..., None").strides', 'np.ones((2, 3))[None, ..., None].strides'),
    ('strides.reshape-1x3', 'np.ones(3).reshape(1, 3).strides', None),
    ('strides.reshape-3x1', 'np.ones(3).reshape(3, 1).strides', None),
    ('strides.reshape-strided-trailing-1', 'np.ones(6).get("::2").reshape(3, 1).strides', 'np.ones(6)[::2].reshape(3, 1).strides'),
    ('strides.reshape-strided-1x3x1', 'np.ones(6).get("::2").reshape(1, 3, 1).strides', 'np.ones(6)[::2].reshape(1, 3, 1).strides'),
    ('strides.broadcast_to-same', 'np.broadcast_to(np.ones([1, 3]), [1, 3]).strides', 'np.broadcast_to(np.ones((1, 3)), (1, 3)).strides'),
    ('strides.broadcast_to-trailing-1', 'np.broadcast_to(np.ones([3, 1]), [2, 3, 1]).strides', 'np.broadcast_to(np.ones((3, 1)), (2, 3, 1)).strides'),
    ('strides.broadcast_arrays-same-shape', 'np.broadcast_arrays(np.ones([1, 3]), np.ones([1, 1])).map((r) => r.strides)', '[r.strides for r in np.broadcast_arrays(np.ones((1, 3)), np.ones((1, 1)))]'),
    # ---- diag of a 2-d array: a view (diagonal)
    ('diag.2d', 'np.diag(np.arange(16).reshape(4, 4), 1)', None),
    ('diag.strides', 'np.diag(np.arange(16).reshape(4, 4).astype("float64")).strides', 'np.diag(np.arange(16).reshape(4, 4).astype("float64")).strides'),
    ('diag.strides-strided', 'np.diag(np.arange(16).reshape(4, 4).get(":, ::2"), -1).strides', 'np.diag(np.arange(16).reshape(4, 4)[:, ::2], -1).strides'),
    ('diag.strides-empty', 'np.diag(np.ones([2, 3]), 5).strides', None),
    ('diag.view', 'np.diag(np.arange(16).reshape(4, 4)).base !== null', 'np.diag(np.arange(16).reshape(4, 4)).base is not None'),
    # ---- meshgrid: sparse, indexing, copy
    ('meshgrid.xy', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]))', None),
    ('meshgrid.ij', "np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {indexing: 'ij'})", None),
    ('meshgrid.sparse', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {sparse: true})', None),
    ('meshgrid.sparse-ij', "np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {indexing: 'ij', sparse: true})", None),
    ('meshgrid.3d-sparse', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), np.array([7, 8, 9, 10]), {sparse: true})', None),
    ('meshgrid.3d', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), np.array([7, 8, 9, 10]))', None),
    ('meshgrid.2d-input', 'np.meshgrid(np.arange(4).reshape(2, 2), np.array([4, 5, 6]))', None),
    ('meshgrid.one', 'np.meshgrid(np.array([1, 2]), {sparse: true})', None),
    ('meshgrid.none', 'np.meshgrid()', None),
    ('meshgrid.err-indexing', "np.meshgrid(np.array([1, 2]), {indexing: 'foo'})", None),
    ('meshgrid.strides-copy', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6])).map((r) => r.strides)', '[r.strides for r in np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]))]'),
    ('meshgrid.strides-sparse', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {sparse: true}).map((r) => r.strides)', '[r.strides for r in np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), sparse=True)]'),
    ('meshgrid.strides-nocopy', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {copy: false}).map((r) => r.strides)', '[r.strides for r in np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), copy=False)]'),
    ('meshgrid.strides-nocopy-3d', "np.meshgrid(np.ones(6).get('::2'), np.ones(4).get('::2'), np.ones(2), {copy: false}).map((r) => r.strides)", '[r.strides for r in np.meshgrid(np.ones(6)[::2], np.ones(4)[::2], np.ones(2), copy=False)]'),
    ('meshgrid.strides-nocopy-sparse-ij', "np.meshgrid(np.ones(6).get('::2'), np.ones(4).get('::2'), np.ones(2), {indexing: 'ij', sparse: true, copy: false}).map((r) => r.strides)", "[r.strides for r in np.meshgrid(np.ones(6)[::2], np.ones(4)[::2], np.ones(2), indexing='ij', sparse=True, copy=False)]"),
    ('meshgrid.nocopy-view', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), {copy: false})[0].base !== null', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]), copy=False)[0].base is not None'),
    ('meshgrid.copy-owns', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]))[0].base === null', 'np.meshgrid(np.array([1, 2]), np.array([4, 5, 6]))[0].base is None'),
    # ---- split
    ('split.sections', 'np.split(np.arange(6), 3)', None),
    ('split.indices', 'np.split(np.arange(6), [1, 4])', None),
    ('split.indices-unsorted', 'np.split(np.arange(6), [4, 1])', None),
    ('split.indices-neg', 'np.split(np.arange(6), [-2, 10])', None),
    ('split.axis1', 'np.split(np.arange(12).reshape(3, 4), 2, {axis: 1})', None),
    ('split.axis-neg-pos', 'np.split(np.arange(6).reshape(2, 3), 3, -1)', None),
    ('split.err', 'np.split(np.arange(7), 3)', None),
    ('split.err-axis', 'np.split(np.arange(6), 3, {axis: 5})', None),
    ('array_split.7-3', 'np.array_split(np.arange(7), 3)', None),
    ('array_split.2-5', 'np.array_split(np.arange(2), 5)', None),
    ('array_split.2d', 'np.array_split(np.arange(10).reshape(5, 2), 3)', None),
    ('array_split.err', 'np.array_split(np.arange(6), 0)', None),
    ('hsplit.2d', 'np.hsplit(np.arange(8).reshape(2, 4), 2)', None),
    ('hsplit.1d', 'np.hsplit(np.arange(6), [2])', None),
    ('hsplit.err', 'np.hsplit(np.array(1), 2)', None),
    ('vsplit.2d', 'np.vsplit(np.arange(8).reshape(4, 2), 2)', None),
    ('vsplit.err', 'np.vsplit(np.arange(4), 2)', None),
    ('dsplit.3d', 'np.dsplit(np.arange(8).reshape(1, 2, 4), [1])', None),
    ('dsplit.err', 'np.dsplit(np.arange(4), 2)', None),
    # ---- tile / repeat / resize
    ('tile.1d', 'np.tile(np.array([1, 2]), 3)', None),
    ('tile.2d-reps', 'np.tile(np.array([1, 2]), [2, 2])', None),
    ('tile.2d-array', 'np.tile(np.array([[1, 2], [3, 4]]), 2)', None),
    ('tile.3d-reps', 'np.tile(np.array([1, 2]), [2, 1, 2])', None),
    ('tile.scalar', 'np.tile(5, 3)', None),
    ('tile.zero', 'np.tile(np.array([1, 2]), 0)', None),
    ('tile.err', 'np.tile(np.arange(3), -1)', None),
    ('tile.bool', 'np.tile(np.array([true, false]), 2)', None),
    ('repeat.flat', 'np.repeat(np.array([[1, 2], [3, 4]]), 2)', None),
    ('repeat.axis0', 'np.repeat(np.arange(6).reshape(2, 3), 2, {axis: 0})', None),
    ('repeat.axis1-list', 'np.repeat(np.arange(6).reshape(2, 3), [1, 0, 2], {axis: 1})', None),
    ('repeat.pos-axis', 'np.repeat(np.arange(6).reshape(2, 3), 2, 1)', None),
    ('repeat.size1', 'np.repeat(np.arange(3), [2])', None),
    ('repeat.float32', "np.repeat(np.array([1.5, 2.5], {dtype: 'float32'}), 2)", None),
    ('repeat.err-len', 'np.repeat(np.arange(3), [1, 2])', None),
    ('repeat.err-neg', 'np.repeat(np.arange(3), -1)', None),
    ('repeat.err-neg-list', 'np.repeat(np.arange(3), [1, -2, 1])', None),
    ('repeat.err-axis', 'np.repeat(np.arange(3), 2, {axis: 1})', None),
    ('repeat.method', 'np.arange(3).repeat(2)', None),
    ('repeat.method-axis', 'np.arange(4).reshape(2, 2).repeat([1, 2], {axis: 0})', None),
    ('resize.grow', 'np.resize(np.arange(3), [2, 4])', None),
    ('resize.shrink', 'np.resize(np.arange(10), 4)', None),
    ('resize.empty', 'np.resize(np.arange(0), 4)', None),
    ('resize.err', 'np.resize(np.arange(3), -1)', None),
    # ---- flip / roll / rot90
    ('flip.all', 'np.flip(np.arange(6).reshape(2, 3))', None),
    ('flip.axis0', 'np.flip(np.arange(6).reshape(2, 3), 0)', None),
    ('flip.axis-opts', 'np.flip(np.arange(6).reshape(2, 3), {axis: 1})', None),
    ('flip.axes-list', 'np.flip(np.arange(24).reshape(2, 3, 4), [0, 2])', None),
    ('flip.strides', 'np.flip(np.arange(6).reshape(2, 3)).strides', None),
    ('flip.err', 'np.flip(np.arange(3), 1)', None),
    ('flip.then-reshape', 'np.flip(np.arange(6)).reshape(2, 3)', None),
    ('fliplr', 'np.fliplr(np.arange(6).reshape(2, 3))', None),
    ('fliplr.err', 'np.fliplr(np.arange(3))', None),
    ('flipud', 'np.flipud(np.arange(6).reshape(2, 3))', None),
    ('flipud.err', 'np.flipud(np.array(3))', None),
    ('roll.1d', 'np.roll(np.arange(5), 2)', None),
    ('roll.1d-neg-big', 'np.roll(np.arange(5), -12)', None),
    ('roll.flat-2d', 'np.roll(np.arange(6).reshape(2, 3), 1)', None),
    ('roll.axis', 'np.roll(np.arange(6).reshape(2, 3), -1, {axis: 1})', None),
    ('roll.axis-pos', 'np.roll(np.arange(6).reshape(2, 3), 1, 0)', None),
    ('roll.multi', 'np.roll(np.arange(6).reshape(2, 3), [1, 2], {axis: [0, 1]})', None),
    ('roll.multi-same-axis', 'np.roll(np.arange(6).reshape(2, 3), [1, 2], {axis: [1, 1]})', None),
    ('roll.shift-list-one-axis', 'np.roll(np.arange(6).reshape(2, 3), [1, 2], {axis: [0]})', None),
    ('roll.scalar-shift-axes', 'np.roll(np.arange(6).reshape(2, 3), 1, {axis: [0, 1]})', None),
    ('roll.err-bcast', 'np.roll(np.arange(6).reshape(2, 3), [1, 2, 3], {axis: [0, 1]})', None),
    ('roll.err-2d', 'np.roll(np.arange(6).reshape(2, 3), [[1]], {axis: [0, 1]})', None),
    ('roll.empty', 'np.roll(np.zeros([0, 3]), 1, {axis: 0})', None),
    ('rot90.default', 'np.rot90(np.arange(6).reshape(2, 3))', None),
    ('rot90.k2', 'np.rot90(np.arange(6).reshape(2, 3), 2)', None),
    ('rot90.k3', 'np.rot90(np.arange(6).reshape(2, 3), 3)', None),
    ('rot90.k-1-axes', 'np.rot90(np.arange(6).reshape(2, 3), -1, [1, 0])', None),
    ('rot90.opts', 'np.rot90(np.arange(24).reshape(2, 3, 4), {k: 1, axes: [1, 2]})', None),
    ('rot90.err-1d', 'np.rot90(np.arange(3))', None),
    ('rot90.err-range', 'np.rot90(np.arange(4).reshape(2, 2), 1, [0, 5])', None),
    # ---- pad
    ('pad.const-int', 'np.pad(np.array([1, 2, 3]), 2)', None),
    ('pad.const-pair', 'np.pad(np.array([1, 2, 3]), [1, 2])', None),
    ('pad.const-per-axis', 'np.pad(np.arange(6).reshape(2, 3), [[1, 0], [0, 2]])', None),
    ('pad.const-col', 'np.pad(np.arange(6).reshape(2, 3), [[1], [2]])', None),
    ('pad.const-values', 'np.pad(np.arange(6).reshape(2, 3), 1, {constant_values: [[1, 2], [3, 4]]})', None),
    ('pad.const-float-into-int', 'np.pad(np.array([1, 2, 3]), [1, 2], {constant_values: [7, 8.7]})', None),
    ('pad.const-float', 'np.pad(np.array([1.5, 2.5]), 1, {constant_values: NaN})', None),
    ('pad.const-positional-mode', "np.pad(np.array([1, 2, 3]), 1, 'constant', {constant_values: 9})", None),
    ('pad.0d', 'np.pad(np.array(5), 2)', None),
    ('pad.edge', "np.pad(np.array([1, 2, 3]), 2, {mode: 'edge'})", None),
    ('pad.edge-2d', "np.pad(np.arange(6).reshape(2, 3), [[1, 2], [2, 1]], 'edge')", None),
    ('pad.reflect', "np.pad(np.array([1, 2, 3, 4, 5]), [2, 3], {mode: 'reflect'})", None),
    ('pad.reflect-big', "np.pad(np.arange(3), 7, {mode: 'reflect'})", None),
    ('pad.reflect-odd-big', "np.pad(np.arange(3), 7, {mode: 'reflect', reflect_type: 'odd'})", None),
    ('pad.reflect-len1', "np.pad(np.arange(1), 3, {mode: 'reflect'})", None),
    ('pad.reflect-2d', "np.pad(np.arange(6).reshape(2, 3), 2, {mode: 'reflect'})", None),
    ('pad.symmetric', "np.pad(np.array([1, 2, 3, 4, 5]), [2, 3], {mode: 'symmetric'})", None),
    ('pad.symmetric-big', "np.pad(np.arange(3), 7, {mode: 'symmetric'})", None),
    ('pad.symmetric-odd-big', "np.pad(np.arange(3), 7, {mode: 'symmetric', reflect_type: 'odd'})", None),
    ('pad.symmetric-odd-2d', "np.pad(np.arange(6).reshape(2, 3), 2, {mode: 'symmetric', reflect_type: 'odd'})", None),
    ('pad.wrap', "np.pad(np.array([1, 2, 3, 4, 5]), [2, 3], {mode: 'wrap'})", None),
    ('pad.wrap-big-2d', "np.pad(np.arange(6).reshape(2, 3), 4, {mode: 'wrap'})", None),
    ('pad.linear_ramp-int', "np.pad(np.arange(5), [2, 3], {mode: 'linear_ramp', end_values: [10, -3]})", None),
    ('pad.linear_ramp-float', "np.pad(np.arange(5, {dtype: 'float64'}), [2, 3], {mode: 'linear_ramp', end_values: [10, -3]})", None),
    ('pad.linear_ramp-2d', "np.pad(np.arange(6).reshape(2, 3), 2, {mode: 'linear_ramp'})", None),
    ('pad.mean', "np.pad(np.arange(5), [2, 3], {mode: 'mean'})", None),
    ('pad.mean-stat', "np.pad(np.array([1, 2, 4, 7]), [2, 3], {mode: 'mean', stat_length: 2})", None),
    ('pad.mean-float', "np.pad(np.array([1, 2, 4, 7], {dtype: 'float64'}), [2, 3], {mode: 'mean', stat_length: [1, 3]})", None),
    ('pad.median', "np.pad(np.array([1, 2, 4, 8]), [2, 3], {mode: 'median'})", None),
    ('pad.maximum', "np.pad(np.array([1, 2, 4, 8]), [2, 3], {mode: 'maximum', stat_length: [1, 2]})", None),
    ('pad.minimum-2d', "np.pad(np.array([[1, 2], [3, 4]]), 1, {mode: 'minimum'})", None),
    ('pad.empty-mode', "np.pad(np.arange(3), 0, {mode: 'empty'})", None),
    ('pad.uint8-odd', "np.pad(np.array([1, 200, 3], {dtype: 'uint8'}), 2, {mode: 'reflect', reflect_type: 'odd'})", None),
    ('pad.dict', 'np.pad(np.arange(1, 7).reshape(2, 3), {1: [1, 2]})', 'np.pad(np.arange(1, 7).reshape(2, 3), {1: (1, 2)})'),
    ('pad.dict-neg', 'np.pad(np.arange(1, 7).reshape(2, 3), {[-1]: 2})', 'np.pad(np.arange(1, 7).reshape(2, 3), {-1: 2})'),
    ('pad.err-neg', 'np.pad(np.arange(3), -1)', None),
    ('pad.err-shape', 'np.pad(np.arange(3), [[1, 2], [3, 4]])', None),
    ('pad.err-triple', 'np.pad(np.arange(3), [1, 2, 3])', None),
    ('pad.err-empty-axis', "np.pad(np.arange(0), 2, {mode: 'edge'})", None),
    ('pad.err-mode', "np.pad(np.arange(3), 2, {mode: 'foo'})", None),
    ('pad.err-kwarg', "np.pad(np.arange(3), 2, {mode: 'edge', constant_values: 3})", None),
    ('pad.err-float', 'np.pad(np.arange(3), 2.5)', None),
    ('pad.err-stat0', "np.pad(np.array([1, 2, 4, 8]), [2, 3], {mode: 'maximum', stat_length: 0})", None),
    ('pad.const-empty-array', 'np.pad(np.zeros([0, 2]), 1, {constant_values: 3})', None),
    # ---- insert / delete / trim_zeros
    ('insert.scalar', 'np.insert(np.array([1, 2, 3]), 1, 9)', None),
    ('insert.2d-flat', 'np.insert(np.arange(6).reshape(2, 3), 1, 9)', None),
    ('insert.axis1', 'np.insert(np.arange(6).reshape(2, 3), 1, [7, 8], {axis: 1})', None),
    ('insert.axis1-list1', 'np.insert(np.arange(6).reshape(2, 3), [1], [[7], [8]], {axis: 1})', None),
    ('insert.axis0', 'np.insert(np.arange(6).reshape(2, 3), 2, 5, {axis: 0})', None),
    ('insert.multi', 'np.insert(np.arange(5), [1, 3, 3], [10, 20, 30])', None),
    ('insert.neg-float', 'np.insert(np.arange(5), [-1, 0], 9.7)', None),
    ('insert.end', 'np.insert(np.arange(3), 3, [7, 8])', None),
    ('insert.err', 'np.insert(np.arange(3), 5, 1)', None),
    ('delete.scalar', 'np.delete(np.arange(6), 2)', None),
    ('delete.axis1', 'np.delete(np.arange(6).reshape(2, 3), 1, {axis: 1})', None),
    ('delete.list', 'np.delete(np.arange(6), [0, 0, -1])', None),
    ('delete.mask', 'np.delete(np.arange(6), np.array([true, false, true, false, true, false]))', None),
    ('delete.slice', 'np.delete(np.arange(6), np.slice(1, 5, 2))', 'np.delete(np.arange(6), slice(1, 5, 2))'),
    ('delete.2d-flat', 'np.delete(np.arange(6).reshape(2, 3), [0, 5])', None),
    ('delete.err', 'np.delete(np.arange(3), 5)', None),
    ('delete.err-list', 'np.delete(np.arange(3), [0, 5])', None),
    ('trim_zeros.1d', 'np.trim_zeros(np.array([0, 0, 1, 2, 0, 3, 0]))', None),
    ('trim_zeros.front', "np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'f')", None),
    ('trim_zeros.back', "np.trim_zeros(np.array([0, 0, 1, 2, 0]), 'b')", None),
    ('trim_zeros.all-zero', 'np.trim_zeros(np.array([0, 0, 0]))', None),
    ('trim_zeros.2d', 'np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 2, 0], [0, 0, 0]]))', None),
    ('trim_zeros.2d-axis', 'np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), {axis: 0})', "np.trim_zeros(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]]), axis=0)"),
    ('trim_zeros.err', "np.trim_zeros(np.array([0, 1, 0]), 'x')", None),
    # ---- diagonal / trace
    ('diagonal.main', 'np.diagonal(np.arange(9).reshape(3, 3))', None),
    ('diagonal.offset', 'np.diagonal(np.arange(12).reshape(3, 4), 1)', None),
    ('diagonal.offset-neg', 'np.diagonal(np.arange(12).reshape(3, 4), -1)', None),
    ('diagonal.offset-big', 'np.diagonal(np.arange(9).reshape(3, 3), 5)', None),
    ('diagonal.3d', 'np.diagonal(np.arange(24).reshape(2, 3, 4), 1, 2, 0)', None),
    ('diagonal.opts', 'np.diagonal(np.arange(24).reshape(2, 3, 4), {axis1: 1, axis2: 2})', 'np.diagonal(np.arange(24).reshape(2, 3, 4), axis1=1, axis2=2)'),
    ('diagonal.method', 'np.arange(9).reshape(3, 3).diagonal(-1)', None),
    ('diagonal.err-1d', 'np.diagonal(np.arange(3))', None),
    ('diagonal.err-same', 'np.diagonal(np.arange(9).reshape(3, 3), 0, 1, 1)', None),
    ('trace.int', 'np.trace(np.arange(9).reshape(3, 3))', None),
    ('trace.offset', 'np.trace(np.arange(9).reshape(3, 3), 1)', None),
    ('trace.float32', "np.trace(np.ones([3, 3], {dtype: 'float32'}))", None),
    ('trace.uint8', "np.trace(np.ones([2, 2], {dtype: 'uint8'}))", None),
    ('trace.bool', "np.trace(np.ones([2, 2], {dtype: 'bool'}))", None),
    ('trace.3d', 'np.trace(np.arange(24).reshape(2, 3, 4), -1, 2, 0)', None),
    ('trace.dtype', "np.trace(np.arange(9).reshape(3, 3), {dtype: 'float32'})", "np.trace(np.arange(9).reshape(3, 3), dtype='float32')"),
    ('trace.method', 'np.eye(3).trace()', None),
    ('trace.err', 'np.trace(np.arange(3))', None),
    # ---- sort / argsort
    ('sort.1d', 'np.sort(np.array([3, 1, 2]))', None),
    ('sort.2d', 'np.sort(np.array([[1, 5, 3], [4, 2, 6]]))', None),
    ('sort.axis0', 'np.sort(np.array([[1, 5, 3], [4, 2, 6]]), {axis: 0})', None),
    ('sort.axis0-pos', 'np.sort(np.array([[1, 5, 3], [4, 2, 6]]), 0)', None),
    ('sort.none', 'np.sort(np.array([[1, 5, 3], [4, 2, 6]]), {axis: null})', None),
    ('sort.nan', 'np.sort(np.array([3, NaN, 1, -Infinity, NaN, Infinity, 0.5]))', None),
    ('sort.float32', "np.sort(np.array([3.5, -1, 2], {dtype: 'float32'}))", None),
    ('sort.uint8', "np.sort(np.array([200, 3, 100], {dtype: 'uint8'}))", None),
    ('sort.bool', 'np.sort(np.array([true, false, true]))', None),
    ('sort.3d-axis1', 'np.sort(np.array([[[3, 1], [2, 4]], [[0, 9], [8, -1]]]), 1)', None),
    ('sort.kind', "np.sort(np.array([3, 1, 2]), {kind: 'stable'})", None),
    ('sort.err-kind', "np.sort(np.array([3, 1]), {kind: 'foo'})", None),
    ('sort.err-order', "np.sort(np.array([3, 1]), {order: 'x'})", None),
    ('sort.err-stable-kind', "np.sort(np.array([3, 1]), {stable: true, kind: 'quicksort'})", None),
    ('sort.stable', 'np.sort(np.array([3, 1]), {stable: false})', None),
    ('sort.err-axis', 'np.sort(np.array([3, 1]), {axis: 1})', None),
    ('sort.err-0d', 'np.sort(np.array(5))', None),
    ('sort.0d-none', 'np.sort(np.array(5), {axis: null})', None),
    ('sort.transposed', 'np.sort(np.arange(6).reshape(2, 3).T.mul(-1))', None),
    ('argsort.1d', 'np.argsort(np.array([30, 10, 20]))', None),
    ('argsort.stable', "np.argsort(np.array([2, 1, 2, 1, 0, 2]), {kind: 'stable'})", None),
    ('argsort.2d-axis0', "np.argsort(np.array([[3, 1], [1, 2], [2, 0]]), {axis: 0, kind: 'stable'})", None),
    ('argsort.none', "np.argsort(np.array([[3, 1], [1, 2]]), {axis: null, kind: 'stable'})", None),
    ('argsort.nan', "np.argsort(np.array([NaN, 1, NaN, 0]), {kind: 'stable'})", None),
    ('argsort.0d', 'np.argsort(np.array(5))', None),
    ('argsort.method', "np.array([5, 3, 4]).argsort()", None),
    ('lexsort.keys', 'np.lexsort([[1, 2, 1], [3, 3, 1]])', None),
    ('lexsort.names', 'np.lexsort([np.array([4, 3, 2, 1, 2]), np.array([1, 5, 1, 4, 1])])', None),
    ('partition.values', 'np.partition(np.array([3, 4, 2, 1, 5, 0]), 2)', None),
    ('partition.err', 'np.partition(np.array([3, 4, 2, 1, 5, 0]), 9)', None),
    # ---- unique
    ('unique.1d', 'np.unique(np.array([3, 1, 2, 3, 1]))', None),
    ('unique.2d-flat', 'np.unique(np.array([[3, 1], [1, 2]]))', None),
    ('unique.counts', 'np.unique(np.array([3, 1, 2, 3, 1, 3]), {return_counts: true})', None),
    ('unique.inverse', 'np.unique(np.array([10, 30, 10, 20]), {return_inverse: true})', None),
    ('unique.inverse-2d', 'np.unique(np.array([[3, 1], [1, 2]]), {return_inverse: true})', None),
    ('unique.all', 'np.unique(np.array([5, 2, 5, 7, 2, 2]), {return_index: true, return_inverse: true, return_counts: true})', None),
    ('unique.nan', 'np.unique(np.array([NaN, 1, NaN]), {return_counts: true, return_index: true, return_inverse: true})', None),
    ('unique.nan-noequal', 'np.unique(np.array([NaN, 1, NaN]), {equal_nan: false})', None),
    ('unique.0d', 'np.unique(np.array(5))', None),
    ('unique.0d-inverse', 'np.unique(np.array(5), {return_inverse: true})', None),
    ('unique.empty', 'np.unique([])', None),
    ('unique.bool', 'np.unique(np.array([true, false, true]))', None),
    ('unique.float32', "np.unique(np.array([1.5, 0.5, 1.5], {dtype: 'float32'}))", None),
    ('unique.axis0', 'np.unique(np.array([[1, 2], [1, 2], [0, 5]]), {axis: 0, return_inverse: true, return_index: true, return_counts: true})', None),
    ('unique.axis1', 'np.unique(np.array([[1, 0, 1], [2, 5, 2]]), {axis: 1})', None),
    # ---- nonzero / argwhere
    ('nonzero.1d', 'np.nonzero(np.array([0, 3, 0, 5]))', None),
    ('nonzero.2d', 'np.nonzero(np.array([[1, 0], [0, 2]]))', None),
    ('nonzero.bool', 'np.nonzero(np.array([[true, false, true], [false, true, false]]))', None),
    ('nonzero.nan', 'np.nonzero(np.array([0, NaN, -0.0]))', None),
    ('nonzero.err-0d', 'np.nonzero(np.array(3))', None),
    ('nonzero.method', 'np.array([0, 1, 1]).nonzero()', None),
    ('nonzero.view', 'np.nonzero(np.arange(6).reshape(2, 3).T)', None),
    ('flatnonzero', 'np.flatnonzero(np.array([[0, 1], [2, 0]]))', None),
    ('argwhere.2d', 'np.argwhere(np.array([[1, 5, 3], [4, 2, 6]]).gt(3))', None),
    ('argwhere.0d', 'np.argwhere(np.array(3))', None),
    ('argwhere.1d', 'np.argwhere(np.array([0, 2, 3]))', None),
    # nonzero's arrays are views (stride ndim) of one (count, ndim) array; argwhere is the
    # transposed view of a fresh (ndim, count) one
    ('nonzero.strides-2d', 'np.nonzero(np.array([[1, 0], [1, 1]])).map((r) => r.strides)', '[r.strides for r in np.nonzero(np.array([[1, 0], [1, 1]]))]'),
    ('nonzero.strides-3d', 'np.nonzero(np.arange(24).reshape(2, 3, 4)).map((r) => r.strides)', '[r.strides for r in np.nonzero(np.arange(24).reshape(2, 3, 4))]'),
    ('nonzero.strides-1d', 'np.nonzero(np.array([1, 0, 2]))[0].strides', 'np.nonzero(np.array([1, 0, 2]))[0].strides'),
    ('nonzero.is-view', 'np.nonzero(np.array([[1, 0], [1, 1]]))[1].base !== null', 'np.nonzero(np.array([[1, 0], [1, 1]]))[1].base is not None'),
    ('argwhere.strides-2d', 'np.argwhere(np.array([[1, 0], [1, 1]])).strides', 'np.argwhere(np.array([[1, 0], [1, 1]])).strides'),
    ('argwhere.strides-3d', 'np.argwhere(np.arange(24).reshape(2, 3, 4)).strides', 'np.argwhere(np.arange(24).reshape(2, 3, 4)).strides'),
    ('argwhere.strides-1d', 'np.argwhere(np.array([1, 0, 2])).strides', 'np.argwhere(np.array([1, 0, 2])).strides'),
    ('argwhere.strides-0d', 'np.argwhere(np.array(3)).strides', 'np.argwhere(np.array(3)).strides'),
    ('argwhere.0d-false', 'np.argwhere(np.array(0))', None),
    # ---- searchsorted / digitize
    ('searchsorted.left', 'np.searchsorted(np.array([1, 3, 5, 7]), 4)', None),
    ('searchsorted.right', "np.searchsorted(np.array([1, 3, 5, 7]), 5, {side: 'right'})", None),
    ('searchsorted.right-pos', "np.searchsorted(np.array([1, 3, 5, 7]), 5, 'right')", None),
    ('searchsorted.array', 'np.searchsorted(np.array([1, 3, 5, 7]), np.array([0, 5, 8]))', None),
    ('searchsorted.2d-v', 'np.searchsorted(np.array([1, 2, 3]), [[1, 2], [3, 4]])', None),
    ('searchsorted.nan', 'np.searchsorted(np.array([1, 2, NaN]), [NaN, 3, Infinity])', None),
    ('searchsorted.float-v', 'np.searchsorted(np.array([1, 2, 3]), 2.5)', None),
    ('searchsorted.sorter', 'np.searchsorted(np.array([3, 1, 2]), [2, 3], {sorter: [1, 2, 0]})', None),
    ('searchsorted.unsorted', 'np.searchsorted(np.array([5, 1, 4, 2, 3]), [3, 1, 4, 0, 6])', None),
    ('searchsorted.err-side', "np.searchsorted(np.array([1, 2, 3]), 2, {side: 'foo'})", None),
    ('searchsorted.err-2d', 'np.searchsorted(np.ones([2, 2]), 1)', None),
    ('searchsorted.err-0d', 'np.searchsorted(np.array(5), 3)', None),
    ('searchsorted.err-sorter', 'np.searchsorted(np.array([1, 2, 3]), 2, {sorter: [0, 1]})', None),
    ('searchsorted.method', 'np.array([1, 3, 5]).searchsorted(3)', None),
    ('digitize.inc', 'np.digitize(np.array([0.2, 6.4, 3.0, 1.6]), [0.0, 1.0, 2.5, 4.0, 10.0])', None),
    ('digitize.right', 'np.digitize(np.array([1, 2, 3]), [1, 2, 3], {right: true})', 'np.digitize(np.array([1, 2, 3]), [1, 2, 3], right=True)'),
    ('digitize.dec', 'np.digitize(np.array([1, 2, 3]), [3, 2, 1])', None),
    ('digitize.dec-right', 'np.digitize(np.array([1, 2, 3]), [3, 2, 1], true)', None),
    ('digitize.scalar', 'np.digitize(5, [1, 3, 7])', None),
    ('digitize.err', 'np.digitize(np.array([1, 2, 3]), [3, 1, 2])', None),
    # ---- bincount / histogram
    ('bincount.basic', 'np.bincount(np.array([0, 1, 1, 3]))', None),
    ('bincount.minlength', 'np.bincount(np.array([0, 1]), {minlength: 5})', None),
    ('bincount.weights', 'np.bincount(np.array([0, 1, 1, 2]), {weights: np.array([0.5, 1.0, 1.5, 2.0])})', None),
    ('bincount.weights-f32', "np.bincount(np.array([0, 1]), {weights: np.array([1, 2], {dtype: 'float32'})})", None),
    ('bincount.uint8', "np.bincount(np.array([0, 2], {dtype: 'uint8'}))", None),
    ('bincount.bool', 'np.bincount(np.array([true, false, true]))', None),
    ('bincount.empty', 'np.bincount(np.array([], {dtype: "int64"}))', None),
    ('bincount.err-neg', 'np.bincount(np.array([0, -1]))', None),
    ('bincount.err-float', 'np.bincount(np.array([0.5, 1.5]))', None),
    ('bincount.err-2d', 'np.bincount(np.array([[0, 1]]))', None),
    ('bincount.err-0d', 'np.bincount(np.array(1))', None),
    ('bincount.err-minlength', 'np.bincount(np.array([0, 1]), {minlength: -1})', None),
    ('bincount.err-weights', 'np.bincount(np.array([0, 1]), {weights: [1, 2, 3]})', None),
    ('histogram.bins3', 'np.histogram(np.array([1, 2, 2, 3, 3, 3, 4]), {bins: 3})', None),
    ('histogram.range', 'np.histogram(np.array([1.5, 2.5, 9.0]), {bins: 5, range: [0, 10]})', None),
    ('histogram.default', 'np.histogram(np.arange(20))', None),
    ('histogram.pos-bins', 'np.histogram(np.arange(20), 4)', None),
    ('histogram.same', 'np.histogram(np.array([5, 5, 5]))', None),
    ('histogram.empty', 'np.histogram(np.array([], {dtype: "float64"}))', None),
    ('histogram.float32', "np.histogram(np.array([1, 2, 3], {dtype: 'float32'}), {bins: 3})", None),
    ('histogram.float32-range', "np.histogram(np.array([0.1, 0.2, 0.7], {dtype: 'float32'}), {bins: 3, range: [0, 1]})", None),
    ('histogram.density', 'np.histogram(np.array([1, 2, 3]), {bins: 3, density: true})', None),
    ('histogram.weights-int', 'np.histogram(np.array([1, 2, 3]), {bins: 3, weights: [1, 2, 3]})', None),
    ('histogram.weights-float', 'np.histogram(np.array([1, 2, 3, 4]), {bins: 2, weights: np.array([0.5, 0.25, 1, 2])})', None),
    ('histogram.edges', 'np.histogram(np.array([1, 2, 3]), {bins: np.array([0, 2, 4])})', None),
    ('histogram.edges-weights', 'np.histogram(np.array([1, 2, 3]), {bins: [0, 1.5, 3], weights: [1, 2, 3]})', None),
    ('histogram.edges-float', 'np.histogram(np.array([0.5, 1, 1.5, 2, 10]), [0, 1, 2])', None),
    ('histogram.nan-range', 'np.histogram(np.array([NaN, 1, 2]), {range: [0, 3], bins: 3})', None),
    ('histogram.tenths', 'np.histogram(np.arange(0, 1, 0.1), {bins: 10})', None),
    ('histogram.bool', 'np.histogram(np.array([true, false, true]), {bins: 2})', None),
    ('histogram.auto', "np.histogram(np.array([1, 2, 3]), {bins: 'auto'})", None),
    ('histogram.fd', "np.histogram(np.arange(10).mul(np.arange(10)), {bins: 'fd'})", None),
    ('histogram.doane', "np.histogram(np.arange(10).mul(np.arange(10)), {bins: 'doane'})", None),
    ('histogram.scott', "np.histogram(np.arange(10).mul(np.arange(10)), {bins: 'scott'})", None),
    ('histogram.stone', "np.histogram(np.arange(10), {bins: 'stone'})", None),
    ('histogram.sturges', "np.histogram(np.arange(50).mul(0.37), {bins: 'sturges'})", None),
    ('histogram.rice', "np.histogram(np.arange(50).mul(0.37), {bins: 'rice'})", None),
    ('histogram.sqrt', "np.histogram(np.arange(50).mul(0.37), 'sqrt')", None),
    ('histogram.err-bins0', 'np.histogram(np.array([1, 2, 3]), {bins: 0})', None),
    ('histogram.err-mono', 'np.histogram(np.array([1, 2, 3]), {bins: [1, 3, 2]})', None),
    ('histogram.err-range', 'np.histogram(np.array([1, 2, 3]), {range: [3, 1]})', None),
    ('histogram.err-range-inf', 'np.histogram(np.array([1, 2, 3]), {range: [1, Infinity]})', None),
    ('histogram.err-nan', 'np.histogram(np.array([1, 2, NaN]))', None),
    ('histogram.err-bins-float', 'np.histogram(np.array([1, 2, 3]), {bins: 2.5})', None),
    ('histogram.err-estimator', "np.histogram(np.array([1, 2, 3]), {bins: 'foo'})", None),
    ('histogram.err-weights-shape', 'np.histogram(np.arange(10), {weights: np.arange(3)})', None),
    ('histogram.err-2d-bins', 'np.histogram(np.arange(10), {bins: [[1, 2]]})', None),
    ('histogram_bin_edges', 'np.histogram_bin_edges(np.array([1, 2, 3]), {bins: 4})', None),
    # ---- sets
    ('isin.basic', 'np.isin(np.array([1, 2, 3, 4]), [2, 4])', None),
    ('isin.2d-invert', 'np.isin(np.array([[1, 2], [3, 4]]), [2, 4], {invert: true})', None),
    ('isin.scalar', 'np.isin(2, [2])', None),
    ('isin.nan', 'np.isin(np.array([NaN, 1]), [NaN, 1])', None),
    ('intersect1d', 'np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1])', None),
    ('intersect1d.indices', 'np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1], {return_indices: true})', None),
    ('intersect1d.promote', 'np.intersect1d(np.array([1, 2], {dtype: "uint8"}), np.array([2.0, 3.5]))', None),
    ('union1d', 'np.union1d([-1, 0, 1], [-2, 0, 2])', None),
    ('setdiff1d', 'np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])', None),
    ('setxor1d', 'np.setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])', None),
]


def py_of(js):
    s = js
    s = s.replace('NaN', 'np.nan').replace('-Infinity', '-np.inf').replace('Infinity', 'np.inf')
    s = s.replace('true', 'True').replace('false', 'False').replace('null', 'None')
    s = s.replace('.mul(', '.__mul__(').replace('.gt(', '.__gt__(')
    # {key: value, ...} trailing options -> keyword arguments
    import re
    def kw(m):
        body = m.group(1)
        parts = []
        depth = 0
        cur = ''
        for ch in body:
            if ch in '[({':
                depth += 1
            elif ch in '])}':
                depth -= 1
            if ch == ',' and depth == 0:
                parts.append(cur)
                cur = ''
            else:
                cur += ch
        parts.append(cur)
        out = []
        for p in parts:
            k, v = p.split(':', 1)
            out.append(f'{k.strip()}={v.strip()}')
        return ', ' + ', '.join(out) + ')'
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r', \{([a-z_0-9]+: [^{}]*)\}\)', kw, s)
        s = re.sub(r'\(\{([a-z_0-9]+: [^{}]*)\}\)', lambda m: '(' + kw(m)[2:], s)
    s = s.replace('.get("::-1")', '[::-1]')
    s = re.sub(r'np\.(zeros|ones|empty)\(\[([^\]]*)\]', r'np.\1((\2,)', s)
    return s


def enc_val(v, kind):
    if kind == 'b':
        return bool(v)
    if kind in 'iu':
        return int(v)
    v = float(v)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


def encode(r):
    if isinstance(r, np.ndarray):
        return {'kind': 'ndarray', 'dtype': str(r.dtype), 'shape': list(r.shape),
                'data': [enc_val(v, r.dtype.kind) for v in r.ravel().tolist()]}
    if isinstance(r, (tuple, list)):
        if all(isinstance(x, (int, np.integer)) and not isinstance(x, bool) for x in r) and not any(isinstance(x, np.ndarray) for x in r) and isinstance(r, tuple) and len(r) > 0 and all(type(x) is int for x in r):
            return {'kind': 'list', 'value': list(r)}
        return {'kind': 'tuple', 'items': [encode(x) for x in r]}
    if r is None:
        return {'kind': 'none'}
    if isinstance(r, (bool, np.bool_)):
        return {'kind': 'boolean', 'value': bool(r)}
    if isinstance(r, (int, float, np.integer, np.floating)):
        kind = 'i' if isinstance(r, (int, np.integer)) else 'f'
        return {'kind': 'number', 'value': enc_val(r, kind)}
    raise TypeError(f'cannot encode {type(r)}')


def main():
    cases = []
    ids = set()
    for cid, js, py in CASES:
        assert cid not in ids, cid
        ids.add(cid)
        py = py or py_of(js)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            try:
                r = eval(py, {'np': np})
                expect = encode(r)
            except Exception as e:  # noqa: BLE001
                name = type(e).__name__
                if name == 'AxisError':
                    name = 'AxisError'
                expect = {'kind': 'error', 'type': name, 'message': str(e)}
        cases.append({'id': cid, 'js': js, 'py': py, 'expect': expect})
    with open(OUT, 'w') as f:
        json.dump({'numpy': np.__version__, 'cases': cases}, f, indent=1)
        f.write('\n')
    print(f'wrote {len(cases)} cases to {OUT}')


if __name__ == '__main__':
    main()

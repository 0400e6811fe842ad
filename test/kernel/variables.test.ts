/**
 * The variable inspector over the real protocol (KernelClient ⇄ Kernel on a MessageChannel):
 * rows for what cells declared, with NumPy's shape and dtype, sizes, one-line previews that
 * read only an array's edges, and a clicked variable as display() shows it.
 */
import { describe, it, expect } from 'vitest';
import { kernelOverChannel } from './channel-kernel';
import { VariablesModel, formatBytes, formatShape } from '../../web/inspector/variables-model';
import { summarize } from '../../kernel/variables';
import { np } from '../../runtime/index';

const { client } = kernelOverChannel();

/** A model whose changes resolve `next()`. */
function watchModel() {
  let wake: () => void = () => {};
  const model = new VariablesModel(client, () => wake());
  const next = () => new Promise<void>((r) => (wake = r));
  return { model, next };
}

describe('variable inspector (kernel/variables.ts, web/inspector/variables-model.ts)', () => {
  it('lists the variables cells declared, with type, shape, dtype, bytes and a preview', async () => {
    await client.ready;
    const r = await client.execute(`
      const a = np.arange(12, {dtype: 'float32'}).reshape(3, 4);
      let big = np.zeros([1000, 1000]);
      var s = 'hello';
      function f(x: number) { return x; }
      const xs = [1, 2, 3];
      const m = new Map([['k', 1]]);
      let n = 42;
      const t = new Float64Array(5);
    `);
    expect(r.status).toBe('ok');
    const { model, next } = watchModel();
    const changed = next();
    model.setOpen(true);
    await changed;
    while (model.rows.length === 0) await next();
    const row = (name: string) => model.rows.find((x) => x.name === name)!;
    expect(model.rows.map((x) => x.name)).toEqual(['a', 'big', 's', 'f', 'xs', 'm', 'n', 't']);
    expect(row('a')).toEqual({ name: 'a', type: 'ndarray', shape: [3, 4], dtype: 'float32', bytes: 48, preview: '[[ 0., 1., 2., 3.], [ 4., 5., 6., 7.], [ 8., 9., 10., 11.]]' });
    expect(row('big').bytes).toBe(8e6);
    // Edges only, on one line, clipped to 80 characters.
    expect(row('big').preview.startsWith('[[0., 0., 0., ..., 0., 0., 0.], [0., 0., 0., ..., 0., 0., 0.],')).toBe(true);
    expect(row('big').preview).toHaveLength(80);
    expect(row('big').preview.endsWith('…')).toBe(true);
    expect(row('s')).toMatchObject({ type: 'string', shape: [5], preview: "'hello'" });
    expect(row('f')).toMatchObject({ type: 'function', preview: '[Function: f]' });
    expect(row('xs')).toMatchObject({ type: 'Array', shape: [3], preview: '[ 1, 2, 3 ]' });
    expect(row('m')).toMatchObject({ type: 'Map', shape: [1] });
    expect(row('n')).toMatchObject({ type: 'number', preview: '42' });
    expect(row('t')).toMatchObject({ type: 'Float64Array', shape: [5], bytes: 40 });
    expect(formatShape(row('a').shape)).toBe('(3, 4)');
    expect(formatShape([5])).toBe('(5,)');
    expect(formatBytes(8e6)).toBe('7.6 MiB');
    expect(formatBytes(48)).toBe('48 B');

    // After a run the open panel asks again: a new variable and a changed one show.
    await client.execute('const added = np.ones([2]); n = 7');
    while (!model.rows.some((x) => x.name === 'added')) await next();
    expect(row('n').preview).toBe('7');
    expect(row('added')).toMatchObject({ shape: [2], dtype: 'float64' });

    // A click: the variable as display() would show it.
    model.show('a');
    while (!model.shown?.data) await next();
    expect(model.shown.data['text/plain']).toBe(np.array_repr(np.arange(12, { dtype: 'float32' }).reshape(3, 4)));
    expect(model.shown.data['application/vnd.numbook.ndarray+json']).toMatchObject({ dtype: 'float32', shape: [3, 4] });
    model.show('nope');
    while (!model.shown?.error) await next();
    expect(model.shown.error).toBe("NameError: name 'nope' is not defined");
    model.setOpen(false);
    model.dispose();
  }, 60_000);

  it('a closed panel asks nothing', async () => {
    const { model } = watchModel();
    const seen: string[] = [];
    const off = client.on((m) => seen.push(m.type));
    await client.execute('1');
    expect(seen).not.toContain('variables');
    off();
    model.dispose();
  });

  it('a thousand variables come back in one reply, the list staying small', async () => {
    await client.execute(Array.from({ length: 1000 }, (_, i) => `const v${i} = np.arange(${i % 50 + 1});`).join('\n'));
    const { model, next } = watchModel();
    model.setOpen(true);
    while (!model.rows.some((x) => x.name === 'v999')) await next();
    expect(model.rows.filter((x) => /^v\d+$/.test(x.name))).toHaveLength(1000);
    expect(Math.max(...model.rows.map((x) => x.preview.length))).toBeLessThanOrEqual(80);
    model.dispose();
  }, 60_000);

  it('a row is written even when reading the value throws; a long string is read at its start', async () => {
    await client.execute("const bad = { get __repr__(): unknown { throw new Error('no repr'); } }; const long = 'x'.repeat(1e6)");
    const { model, next } = watchModel();
    model.setOpen(true);
    while (!model.rows.some((x) => x.name === 'bad')) await next();
    expect(model.rows.find((x) => x.name === 'bad')).toEqual({ name: 'bad', type: 'object', preview: '<no repr>' });
    expect(model.rows.find((x) => x.name === 'long')!.preview).toHaveLength(80);
    expect(() => summarize('bad', { get __repr__() { throw new Error('no repr'); } })).toThrow('no repr');
    model.dispose();
  });
});

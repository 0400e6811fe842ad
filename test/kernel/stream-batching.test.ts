/**
 * The kernel batches console text (kernel/channel.ts): a cell printing 200,000 lines sends
 * a few dozen stream messages, in order with its displays, and text printed before an
 * await reaches the page while the cell waits. The Kernel and the page's KernelClient on
 * the two ends of a MessageChannel, as in protocol.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { Channel, type KernelPort } from '../../kernel/channel';
import type { FromKernel } from '../../kernel/protocol';
import { kernelOverChannel } from './channel-kernel';

const { channel, kernel, client, send } = kernelOverChannel();

const sent = () => send.mock.calls.map(([m]) => m as FromKernel);

describe('stream batching over a MessageChannel', () => {
  it('200,000 console.log lines arrive as a few dozen stream messages of at most ~64 KB, all the text, in order', async () => {
    await client.ready;
    send.mockClear();
    const r = await client.execute('for (let i = 0; i < 200000; i++) console.log(i)');
    expect(r.status).toBe('ok');
    const streams = sent().filter((m) => m.type === 'stream') as Extract<FromKernel, { type: 'stream' }>[];
    const want = Array.from({ length: 200_000 }, (_, i) => `${i}\n`).join('');
    expect(streams.map((m) => m.text).join('')).toBe(want);
    // 1.3 MB in chunks of 64 KB, or every 50 ms when the loop is slow: far fewer than one per line.
    expect(streams.length).toBeGreaterThan(1);
    expect(streams.length).toBeLessThan(400);
    for (const m of streams) expect(m.text.length).toBeLessThanOrEqual(64 * 1024 + 16);
    expect(r.outputs.filter((o) => o.type === 'stream')).toHaveLength(streams.length);
  }, 60_000);

  it('text printed before a display or the result arrives before it', async () => {
    send.mockClear();
    const r = await client.execute("console.log('a'); print('b'); display(1); console.error('c'); console.log('d'); 5");
    expect(r.outputs.map((o) => (o.type === 'stream' ? `${o.name}:${o.text}` : o.type))).toEqual(['stdout:a\nb\n', 'display', 'stderr:c\n', 'stdout:d\n', 'result']);
  });

  it('text printed before an await reaches the page while the cell waits', async () => {
    const seen: string[] = [];
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const p = client.execute("console.log('before'); await new Promise((r) => setTimeout(r, 1000)); console.log('after')", {
      observer: {
        output: (o) => {
          if (o.type === 'stream') seen.push(o.text);
          release();
        },
      },
    });
    await arrived;
    expect(seen).toEqual(['before\n']);
    await p;
    expect(seen).toEqual(['before\n', 'after\n']);
  });

  it('Channel: joins writes within 50 ms into one message, flushes at 64 KB and before any other message', async () => {
    const posted: FromKernel[] = [];
    const port: KernelPort = { postMessage: (m) => posted.push(m), addEventListener: () => {} };
    const ch = new Channel(port);
    ch.write('p', 'stdout', 'a');
    ch.write('p', 'stdout', 'b');
    expect(posted).toEqual([]);
    ch.write('p', 'stderr', 'e');
    expect(posted).toEqual([{ type: 'stream', parent: 'p', name: 'stdout', text: 'ab' }]);
    ch.send({ type: 'status', state: 'idle' });
    expect(posted.slice(1)).toEqual([{ type: 'stream', parent: 'p', name: 'stderr', text: 'e' }, { type: 'status', state: 'idle' }]);
    ch.write('p', 'stdout', 'x'.repeat(70_000));
    expect(posted).toHaveLength(4);
    ch.write('p', 'stdout', 'later');
    await new Promise((r) => setTimeout(r, 120));
    expect(posted.slice(4)).toEqual([{ type: 'stream', parent: 'p', name: 'stdout', text: 'later' }]);
  });
});

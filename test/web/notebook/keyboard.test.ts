import { describe, it, expect } from 'vitest';
import { KeyMap, BINDINGS, CHORD_MS } from '../../../web/notebook/keyboard';

describe("keyboard.ts: Jupyter's keys", () => {
  it('maps command-mode keys', () => {
    const k = new KeyMap();
    const c = (key: string, mods = {}) => k.handle({ key, ...mods }, 'command', 0);
    expect(c('a')).toBe('insert-above');
    expect(c('b')).toBe('insert-below');
    expect(c('m')).toBe('to-markdown');
    expect(c('r')).toBe('to-raw');
    expect(c('y')).toBe('to-code');
    expect(c('z')).toBe('undo-delete');
    expect(c('c')).toBe('copy');
    expect(c('x')).toBe('cut');
    expect(c('v')).toBe('paste-below');
    expect(c('V', { shiftKey: true })).toBe('paste-above');
    expect(c('j')).toBe('select-next');
    expect(c('K')).toBe('select-prev');
    expect(c('ArrowUp')).toBe('select-prev');
    expect(c('Enter')).toBe('edit');
    expect(c('h')).toBe('help');
    expect(c('s', { ctrlKey: true })).toBe('save');
    expect(c('a', { ctrlKey: true })).toBeNull();
    expect(c('T', { shiftKey: true })).toBe('toggle-toc');
    expect(c('I', { shiftKey: true })).toBe('toggle-variables');
    expect(c('t')).toBeNull();
  });

  it('Shift+I does not start or finish the I,I interrupt chord', () => {
    const k = new KeyMap();
    expect(k.handle({ key: 'i' }, 'command', 0)).toBeNull();
    expect(k.handle({ key: 'I', shiftKey: true }, 'command', 10)).toBe('toggle-variables');
    expect(k.handle({ key: 'i' }, 'command', 20)).toBeNull();
    expect(k.handle({ key: 'i' }, 'command', 30)).toBe('interrupt');
  });

  it('runs with Shift/Ctrl/Alt+Enter in both modes; Esc leaves edit mode; other keys belong to the editor', () => {
    const k = new KeyMap();
    for (const mode of ['command', 'edit'] as const) {
      expect(k.handle({ key: 'Enter', shiftKey: true }, mode)).toBe('run-advance');
      expect(k.handle({ key: 'Enter', ctrlKey: true }, mode)).toBe('run');
      expect(k.handle({ key: 'Enter', metaKey: true }, mode)).toBe('run');
      expect(k.handle({ key: 'Enter', altKey: true }, mode)).toBe('run-insert');
    }
    expect(k.handle({ key: 'Escape' }, 'edit')).toBe('command-mode');
    expect(k.handle({ key: 'a' }, 'edit')).toBeNull();
    expect(k.handle({ key: 'Enter' }, 'edit')).toBeNull();
    expect(k.handle({ key: 's', ctrlKey: true }, 'edit')).toBe('save');
  });

  it('matches D,D / I,I / 0,0 within the chord window only', () => {
    const k = new KeyMap();
    expect(k.handle({ key: 'd' }, 'command', 0)).toBeNull();
    expect(k.handle({ key: 'd' }, 'command', 100)).toBe('delete');
    expect(k.handle({ key: 'd' }, 'command', 1000)).toBeNull();
    expect(k.handle({ key: 'd' }, 'command', 1000 + CHORD_MS + 1)).toBeNull(); // too slow: starts again
    expect(k.handle({ key: 'd' }, 'command', 1000 + CHORD_MS + 2)).toBe('delete');
    expect(k.handle({ key: 'd' }, 'command', 5000)).toBeNull();
    expect(k.handle({ key: 'j' }, 'command', 5001)).toBe('select-next'); // another key breaks the chord
    expect(k.handle({ key: 'd' }, 'command', 5002)).toBeNull();
    expect(k.handle({ key: 'i' }, 'command', 6000)).toBeNull();
    expect(k.handle({ key: 'i' }, 'command', 6100)).toBe('interrupt');
    expect(k.handle({ key: '0' }, 'command', 7000)).toBeNull();
    expect(k.handle({ key: '0' }, 'command', 7100)).toBe('restart');
  });

  it('documents every command it can return', () => {
    const documented = new Set(BINDINGS.map((b) => b.command));
    for (const c of ['run-advance', 'run', 'run-insert', 'edit', 'command-mode', 'delete', 'undo-delete', 'to-code', 'to-markdown', 'copy', 'cut', 'paste-below', 'paste-above', 'save', 'help', 'interrupt', 'restart']) {
      expect(documented.has(c as never), c).toBe(true);
    }
  });
});

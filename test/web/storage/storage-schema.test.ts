import { describe, it, expect } from 'vitest';
import { schemaPlan, SCHEMA_VERSION, NewerSchemaError } from '../../../web/storage/storage-schema';

describe('storage-schema.ts: versioned storage', () => {
  it('a database from before versions has version 1; each step up is listed in order', () => {
    expect(schemaPlan(undefined, 1)).toEqual({ kind: 'upgrade', from: 1, steps: [] });
    expect(schemaPlan(1, 1)).toEqual({ kind: 'current' });
    expect(schemaPlan(undefined, 3)).toEqual({ kind: 'upgrade', from: 1, steps: [2, 3] });
    expect(schemaPlan(2, 4)).toEqual({ kind: 'upgrade', from: 2, steps: [3, 4] });
  });

  it('data from a newer Numbook is never written over', () => {
    expect(schemaPlan(SCHEMA_VERSION + 1)).toEqual({ kind: 'newer', stored: SCHEMA_VERSION + 1 });
    expect(new NewerSchemaError(7).message).toMatch(/saved by a newer version of Numbook \(storage version 7.*reload the page to update; nothing was overwritten/);
  });
});

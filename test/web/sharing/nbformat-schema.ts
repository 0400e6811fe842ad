/**
 * nbformat's own validation of a notebook, for the tests: its v4.5 JSON schema
 * (../shared/realworld-ipynb/nbformat.v4.5.schema.json, draft-04, so ajv-draft-04: ajv 8's
 * class for that draft) applied as nbformat's validator applies it (nbformat/validator.py):
 * a notebook from a later 4.x minor version is checked with `additionalProperties` relaxed
 * everywhere and unrecognized cell and output types allowed; any other with the schema as
 * it is.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

export const REALWORLD = new URL('../../../../shared/realworld-ipynb/', import.meta.url);
const schemaText = readFileSync(new URL('nbformat.v4.5.schema.json', REALWORLD), 'utf8');

type Json = Record<string, unknown>;

function relax(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(relax);
  if (o && typeof o === 'object') return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'additionalProperties' ? true : relax(v)]));
  return o;
}

let strict: ValidateFunction | null = null;
let future: ValidateFunction | null = null;

function validator(forFuture: boolean): ValidateFunction {
  if (!forFuture) return (strict ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schemaText)));
  if (!future) {
    const s = relax(JSON.parse(schemaText)) as { definitions: Record<string, { oneOf: unknown[] }> };
    s.definitions.cell.oneOf.push({ $ref: '#/definitions/unrecognized_cell' });
    s.definitions.output.oneOf.push({ $ref: '#/definitions/unrecognized_output' });
    future = new Ajv({ allErrors: true, strict: false }).compile(s);
  }
  return future;
}

/** nbformat's schema errors for the notebook ([] when it is valid). */
export function schemaErrors(nb: Json): string[] {
  const v = validator(typeof nb.nbformat_minor === 'number' && nb.nbformat_minor > 5);
  return v(nb) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

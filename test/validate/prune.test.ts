import { describe, expect, it } from 'vitest';
import type { ErrorObject } from '../../src/validate/ajv.js';
import { pruneErrors } from '../../src/validate/prune.js';

const err = (keyword: string, instancePath: string, params: Record<string, unknown> = {}, extra: Partial<ErrorObject> = {}): ErrorObject =>
  ({ keyword, instancePath, schemaPath: `#/${keyword}`, params, ...extra }) as ErrorObject;
const keys = (list: ErrorObject[]) => list.map((e) => `${e.keyword} ${e.instancePath}`);

describe('pruneErrors', () => {
  it('drops const errors on apiVersion and kind (routing already checked them)', () => {
    expect(keys(pruneErrors([err('const', '/kind'), err('const', '/apiVersion'), err('const', '/x')]))).toEqual(['const /x']);
  });

  it('lets a required error win over other errors of the same object, but keeps unknown keys', () => {
    const list = [err('required', '/a', { missingProperty: 'name' }), err('minProperties', '/a'), err('additionalProperties', '/a', { additionalProperty: 'zzz' }), err('type', '/a/b')];
    expect(keys(pruneErrors(list))).toEqual(['required /a', 'additionalProperties /a', 'type /a/b']);
  });

  it('drops the required error that an unknown key with a close name explains', () => {
    const parentSchema = { properties: { name: {}, id: {} } };
    const list = [err('additionalProperties', '/a', { additionalProperty: 'nmae' }, { parentSchema }), err('required', '/a', { missingProperty: 'name' })];
    expect(keys(pruneErrors(list))).toEqual(['additionalProperties /a']);
  });

  it('keeps the branch of an anyOf whose shape fits the value', () => {
    const list = [
      err('const', '/f', { allowedValue: 'kominfo' }, { data: { dimensionz: [] } }),
      err('additionalProperties', '/f', { additionalProperty: 'dimensionz' }),
      err('anyOf', '/f'),
    ];
    expect(keys(pruneErrors(list))).toEqual(['additionalProperties /f']);
  });

  it('replaces all branches by one type error when no shape fits', () => {
    const list = [err('const', '/f', { allowedValue: 'kominfo' }, { data: 7 }), err('type', '/f', { type: 'object' }, { data: 7 }), err('anyOf', '/f', {}, { data: 7 })];
    const [only, ...rest] = pruneErrors(list);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ keyword: 'type', instancePath: '/f', params: { type: ['"kominfo"', 'object'] } });
  });
});

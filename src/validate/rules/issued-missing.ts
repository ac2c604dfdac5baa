import { formatDate } from '../../format/indonesian.js';
import { documentDate } from '../../model/document-date.js';
import { report } from './report.js';
import type { CrossFileRule } from './types.js';

/**
 * SC3062: without `issued` the foreword is signed with a date the tool picks (1 January of the first
 * year; SOURCE_DATE_EPOCH when a reproducible build sets it). Say which, rather than sign silently.
 */
export const issuedMissing: CrossFileRule = {
  name: 'issued-missing',
  check(ctx) {
    const manifest = ctx.manifest;
    if (!manifest || manifest.data.issued?.date || !ctx.period) return [];
    const date = formatDate(documentDate(undefined, undefined, ctx.period.start));
    const at = manifest.data.issued ? ['issued'] : ['title'];
    return [report('SC3062', { date }, manifest.doc, at, { target: 'key' })];
  },
};

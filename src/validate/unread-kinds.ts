import { suggest } from '../diagnostics/suggest.js';
import { DOCUMENT_KINDS, type DocumentKind, type LoadedProject } from '../load/types.js';

/** Load problems after which a file's documents are not routed at all. */
const UNREAD_TEXT = new Set(['SC1001', 'SC1002', 'SC1003', 'SC1004', 'SC1005', 'SC1015', 'SC1016', 'SC1018', 'SC1019', 'SC1020', 'SC1021', 'SC1022', 'SC1023', 'SC1024']);
const UNREAD_FILE = new Set(['SC1006', 'SC1007', 'SC1008', 'SC1025', 'SC1026', 'SC1027', 'SC1028', 'SC1029', 'SC1030', 'SC1031', 'SC1032', 'SC1033', 'SC1037']);

/**
 * Kinds of documents the loader could not route (a YAML syntax error, a misspelt kind, a wrong
 * apiVersion, an unreadable file). Validation treats them like documents that failed their
 * schema: a RegionProfile with a syntax error must not also be reported as "no RegionProfile".
 * For broken YAML the kind is read from `kind:` lines of the text; for a file that could not
 * be read at all, any kind may be missing.
 */
export function unreadKinds(project: LoadedProject): Set<DocumentKind> {
  const out = new Set<DocumentKind>();
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const kind = (DOCUMENT_KINDS as readonly string[]).includes(value) ? (value as DocumentKind) : suggest(value, DOCUMENT_KINDS);
    if (kind) out.add(kind as DocumentKind);
  };
  for (const doc of project.documents) {
    if (!doc.kind && doc.data && typeof doc.data === 'object') add((doc.data as Record<string, unknown>).kind);
  }
  const files = new Map(project.files.map((f) => [f.file, f]));
  for (const d of project.diagnostics) {
    if (UNREAD_FILE.has(d.code)) DOCUMENT_KINDS.forEach((k) => out.add(k));
    if (!UNREAD_TEXT.has(d.code) || !d.location) continue;
    const text = files.get(d.location.file)?.text ?? '';
    for (const m of text.matchAll(/^kind:[ \t]*["']?([A-Za-z]+)/gm)) add(m[1]);
  }
  return out;
}

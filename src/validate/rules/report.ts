import type { Diagnostic, SourceLocation } from '../../diagnostics/diagnostic.js';
import { CODES, type Code } from '../../diagnostics/codes.js';
import { locate, locateDocument, type DataPath } from '../../load/locate.js';
import type { LoadedDocument } from '../../load/types.js';
import type { RuleContext, Site } from './types.js';

export interface ReportExtra {
  target?: 'value' | 'key';
  suggestion?: string;
  related?: readonly SourceLocation[];
}

/** A diagnostic at a data path of a document, with the default severity of its code. */
export function report(code: Code, data: Diagnostic['data'], doc: LoadedDocument, path: DataPath, extra: ReportExtra = {}): Diagnostic {
  const d: Diagnostic = { code, severity: CODES[code].severity, data, path, location: locate(doc, path, extra.target ?? 'value') };
  if (extra.suggestion !== undefined) d.suggestion = extra.suggestion;
  if (extra.related && extra.related.length > 0) d.related = extra.related;
  return d;
}

export function siteLocation(site: Site, target: 'value' | 'key' = 'value'): SourceLocation {
  return locate(site.doc, site.path, target);
}

/**
 * For project-level findings with no value to point at (a dimension without a strategy):
 * the manifest's `framework` key when written, else the manifest's first line, so that every
 * diagnostic still has a file, line and column.
 */
function projectAnchor(ctx: RuleContext): { doc: LoadedDocument; path: DataPath } | undefined {
  const manifest = ctx.manifest ?? ctx.docs.Masterplan[0];
  if (manifest) return { doc: manifest.doc, path: manifest.data.framework !== undefined ? ['framework'] : [] };
  const any = ctx.project.documents.find((d) => d.kind === 'Masterplan');
  return any ? { doc: any, path: [] } : undefined;
}

export function reportAtProject(ctx: RuleContext, code: Code, data: Diagnostic['data']): Diagnostic {
  const anchor = projectAnchor(ctx);
  if (!anchor) return { code, severity: CODES[code].severity, data };
  const d = report(code, data, anchor.doc, anchor.path, { target: 'key' });
  if (anchor.path.length === 0) d.location = locateDocument(anchor.doc);
  return d;
}

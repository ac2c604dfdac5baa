/** Reading built books as text and a project's YAML facts, for the book-set tests. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { parse } from 'yaml';

/** A DOCX's body as text: a line per paragraph, no-break spaces as spaces. */
export async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '').replace(/\u00A0/g, ' ');
}

/** A project's gap ids and the ids its programs answer (`addresses`), read straight from its YAML. */
export async function gapsOf(dir: string): Promise<{ gaps: string[]; answered: Set<string> }> {
  const gaps = (parse(await readFile(path.join(dir, 'analisis/kesiapan.yaml'), 'utf8')).gaps as { id: string }[]).map((g) => g.id);
  const answered = new Set<string>();
  for (const f of await readdir(path.join(dir, 'dimensi'))) {
    for (const p of (parse(await readFile(path.join(dir, 'dimensi', f), 'utf8')).programs ?? []) as { addresses?: string[] }[]) for (const g of p.addresses ?? []) answered.add(g);
  }
  return { gaps, answered };
}

/** LibreOffice Calc as a second opinion on a workbook: recalculate every formula, read the results. */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Converts every sheet of `file` to CSV in `outDir` with LibreOffice, recalculating on load (it trusts
 * cached values of xlsx files by default), and returns a reader of one sheet's rows (raw values).
 */
export async function recalculatedSheets(soffice: string, file: string, outDir: string): Promise<(sheet: string) => Promise<string[][]>> {
  const profile = path.join(outDir, 'profile');
  await mkdir(path.join(profile, 'user'), { recursive: true });
  await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`);
  // Every sheet (-1) to its own CSV, raw values (not as shown), UTF-8 (76).
  execFileSync(soffice, [
    `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, file,
  ], { stdio: 'pipe', timeout: 110_000 });
  const base = path.basename(file, path.extname(file));
  return async (sheet) => parseCsv(await readFile(path.join(outDir, `${base}-${sheet}.csv`), 'utf8'));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

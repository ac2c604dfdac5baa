import { measureUnit } from '../../format/indonesian.js';
import type { DimensionPlan, Indicator, Model, Program } from '../../model/types.js';
import { ACTION_NAMES, agencyShort, regionTitle } from '../labels.js';
import type { Cell, Inline } from '../tree.js';
import type { Table } from '../tree.js';
import { groupRow, headRow, lines, noCell, sourceNote, strong, t, valueText } from './cells.js';
import { programsByElement } from './group.js';

/** "Aplikasi terintegrasi (aplikasi): 4 → 40"; without a baseline "…: target 40"; no kind word ("(indeks)") after the name. */
export function indicatorText(i: Indicator): string {
  const unit = measureUnit(i.unit);
  const name = unit ? `${i.name} (${unit})` : i.name;
  const baseline = valueText(i.baseline);
  const target = valueText(i.target);
  if (baseline !== undefined && target !== undefined) return `${name}: ${baseline} → ${target}`;
  if (target !== undefined) return `${name}: target ${target}`;
  if (baseline !== undefined) return `${name}: baseline ${baseline}`;
  return name;
}

/**
 * What a program answers ("-" for neither): its gaps by the codes of the gap table's Kode column, and its strategy as
 * the dimension's strategy table lists it, "2. Layanan publik satu pintu" (its row number and title): a strategy id
 * is a YAML key the reader of the book never sees (issue 17).
 */
export function answersText(p: Program, plan: DimensionPlan): Inline[] {
  const out: Inline[] = [];
  if (p.addresses.length > 0) out.push(strong('Kesenjangan:'), { kind: 'break' }, t(p.addresses.join(', ')));
  if (p.strategyId !== undefined) {
    const i = plan.strategies.findIndex((s) => s.id === p.strategyId);
    if (out.length > 0) out.push({ kind: 'break' });
    out.push(strong('Strategi:'), { kind: 'break' }, t(i < 0 ? p.strategyId : `${i + 1}. ${plan.strategies[i].title}`));
  }
  return out.length > 0 ? out : [t('-')];
}

function labelled(label: string, items: string[]): Inline[] {
  if (items.length === 0) return [];
  return [strong(label), { kind: 'break' }, ...lines(items, true)];
}

/**
 * BAB V: a dimension's programs grouped by element (group rows span the table):
 * No | Program (name, bold) | Kelompok Aksi | OPD Penanggung Jawab / Pendukung |
 * Keluaran / Hasil (outputs / outcomes) | Indikator | Menjawab (gap codes, strategy). Undefined when the dimension has no programs.
 */
export function programTable(model: Model, plan: DimensionPlan): Table | undefined {
  if (plan.programs.length === 0) return undefined;
  const width = 7;
  const body: Cell[][] = [];
  let n = 0;
  for (const group of programsByElement(plan)) {
    body.push(groupRow(`Elemen: ${group.name}`, width));
    for (const p of group.programs) {
      // The description is told in the text of BAB V; the table stays a one-look overview.
      const program: Inline[] = [strong(p.name)];
      const opd: Inline[] = [strong('Penanggung jawab:'), { kind: 'break' }, t(agencyShort(model, p.leadId))];
      if (p.supportIds.length) {
        opd.push({ kind: 'break' }, strong('Pendukung:'), { kind: 'break' }, t(p.supportIds.map((id) => agencyShort(model, id)).join(', ')));
      }
      const outputs = labelled('Keluaran:', p.outputs);
      const outcomes = labelled('Hasil:', p.outcomes);
      const results = outputs.length && outcomes.length ? [...outputs, { kind: 'break' } as Inline, ...outcomes] : [...outputs, ...outcomes];
      body.push([
        noCell(++n),
        { content: program },
        { content: p.action ? [t(ACTION_NAMES[p.action])] : [t('-')] },
        { content: opd },
        { content: results.length ? results : [t('-')] },
        { content: p.indicators.length ? lines(p.indicators.map(indicatorText), p.indicators.length > 1) : [t('-')] },
        { content: answersText(p, plan) },
      ]);
    }
  }
  return {
    kind: 'table',
    id: `tbl-program-${plan.dimension.id}`,
    number: '',
    caption: [t(`Rencana Program ${plan.dimension.name}`)],
    columns: [{ width: 4, align: 'center' }, { width: 24 }, { width: 10 }, { width: 13 }, { width: 18 }, { width: 19 }, { width: 12 }],
    head: [headRow(['No', 'Program', 'Kelompok Aksi', 'OPD Penanggung Jawab / Pendukung', 'Keluaran / Hasil', 'Indikator', 'Menjawab'])],
    body,
    note: sourceNote(`Hasil perumusan Tim Pelaksana Smart City ${regionTitle(model)}`),
    dense: true,
  };
}

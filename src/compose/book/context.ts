import type { Model } from '../../model/types.js';
import { markdownToBlocks } from '../markdown.js';
import type { Templates } from '../templates.js';
import type { Block, Figure } from '../tree.js';
import { FIGURES } from '../figures/index.js';
import type { ChapterRef, SectionRef } from './outline.js';
import type { View } from './view.js';

/** A piece of a chapter: a block, or blocks that go on landscape pages (the roadmap). */
export type Piece = Block | { kind: 'landscape'; blocks: Block[] };

export interface SectionCtx {
  model: Model;
  templates: Templates;
  view: View;
  chapter: ChapterRef;
  section: SectionRef;
  /** Renders `templates/<lang>/<name>.md.hbs` with the base view plus `extra`, read as blocks. */
  narrative(name: string, extra?: View): Block[];
  /** Free text from the YAML (Markdown subset), as blocks; nothing for absent text. */
  text(markdown: string | null | undefined): Block[];
  /** A catalogue figure at its default place: undefined when its data is empty or the outline drops it. */
  figure(key: keyof typeof FIGURES): Figure | undefined;
}

export function makeSectionCtx(model: Model, templates: Templates, view: View, chapter: ChapterRef, section: SectionRef, dropFigures: readonly string[] = []): SectionCtx {
  return {
    model,
    templates,
    view,
    chapter,
    section,
    narrative: (name, extra = {}) => markdownToBlocks(templates.render(name, { ...view, ...extra })),
    text: (markdown) => (markdown ? markdownToBlocks(markdown) : []),
    figure: (key) => (dropFigures.includes(key) ? undefined : FIGURES[key](model)),
  };
}

/** A level-2 or level-3 heading; the assembler numbers it. */
export function heading(level: 2 | 3, text: string): Block {
  return { kind: 'heading', level, id: '', number: '', content: [{ kind: 'text', text }] };
}

import type { Model } from '../../model/types.js';
import { markdownToBlocks } from '../markdown.js';
import type { Templates } from '../templates.js';
import type { Block } from '../tree.js';
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
}

export function makeSectionCtx(model: Model, templates: Templates, view: View, chapter: ChapterRef, section: SectionRef): SectionCtx {
  return {
    model,
    templates,
    view,
    chapter,
    section,
    narrative: (name, extra = {}) => markdownToBlocks(templates.render(name, { ...view, ...extra })),
    text: (markdown) => (markdown ? markdownToBlocks(markdown) : []),
  };
}

/** A level-2 or level-3 heading; the assembler numbers it. */
export function heading(level: 2 | 3, text: string): Block {
  return { kind: 'heading', level, id: '', number: '', content: [{ kind: 'text', text }] };
}

/**
 * What a `--watch` session keeps between builds so an edit costs only the work it must: each publication's rendering
 * by the hash of its tree (an unchanged document is neither rendered nor laid out again), and each measured document's
 * last numbers by name (its output is rendered with them while LibreOffice lays the edited book out; usually they
 * still hold, and no rendering waits for the layout), with what is needed to lay out only its changed chapters.
 */
import type { LayoutMemory } from './docx/chapter-layout.js';
import type { Rendered } from './writers.js';

export class RenderCache {
  private previous = new Map<string, Rendered>();
  private current = new Map<string, Rendered>();
  private pagesByName = new Map<string, Map<string, string>>();
  private layoutByName = new Map<string, LayoutMemory>();

  get(key: string): Rendered | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit) this.current.set(key, hit);
    return hit;
  }

  set(key: string, value: Rendered): void {
    this.current.set(key, value);
  }

  lastPages(name: string): Map<string, string> | undefined {
    return this.pagesByName.get(name);
  }

  /** What the next build needs of this layout to lay out only the chapters it changes (none: the whole book). */
  lastLayout(name: string): LayoutMemory | undefined {
    return this.layoutByName.get(name);
  }

  rememberPages(name: string, pages: Map<string, string>, layout?: LayoutMemory): void {
    this.pagesByName.set(name, pages);
    if (layout) this.layoutByName.set(name, layout);
    else this.layoutByName.delete(name);
  }

  /** Called once per build: what the build before did not use is forgotten. */
  nextBuild(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

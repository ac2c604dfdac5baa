import type { Region } from '../../model/types.js';

/** "Kabupaten Kotawaringin Timur" / "Kota Bandung". */
export function regionFullName(r: Pick<Region, 'type' | 'name'>): string {
  return `${r.type === 'kota' ? 'Kota' : 'Kabupaten'} ${r.name}`;
}

/** A file-name part: "Kotawaringin-Timur". */
export function fileSlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * The action-plan groups (*kelompok rencana aksi*, DOMAIN.md), with `sdm` (pengembangan SDM), which
 * Kominfo's evaluation reports as a group of its own. Names live here because the model's
 * per-group figures carry them as labels, and the book and the workbook show the same.
 */
import type { ActionGroup } from './types.js';

export const ACTION_GROUP_NAMES: Record<ActionGroup, string> = {
  policy: 'Kebijakan dan Kelembagaan',
  infrastructure: 'Infrastruktur Pendukung',
  application: 'Perangkat Lunak dan Aplikasi',
  literacy: 'Penguatan Literasi',
  sdm: 'Pengembangan SDM',
};

/** The key and label of the row of programs without an `action`. */
export const NO_ACTION_KEY = 'none';
export const NO_ACTION_NAME = 'Tanpa Kelompok';

/** The group key of a program: its action, or NO_ACTION_KEY. */
export function actionKey(action: ActionGroup | undefined): ActionGroup | typeof NO_ACTION_KEY {
  return action ?? NO_ACTION_KEY;
}

export function actionName(key: string): string {
  return key === NO_ACTION_KEY ? NO_ACTION_NAME : ACTION_GROUP_NAMES[key as ActionGroup] ?? key;
}

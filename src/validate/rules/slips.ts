import { commentCut } from './comment-cut.js';
import { exampleMarkersRule } from './example-markers.js';
import { issuedMissing } from './issued-missing.js';
import { quickWinDimension } from './quick-win-dimension.js';
import { smallAmounts } from './small-amounts.js';
import type { CrossFileRule } from './types.js';

/** Likely slips of a new user: each is a warning that says what was probably meant. */
export const SLIP_RULES: readonly CrossFileRule[] = [exampleMarkersRule, issuedMissing, smallAmounts, quickWinDimension, commentCut];

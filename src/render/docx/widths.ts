/** The text metrics the writer measures the front matter with (front-stays.ts): src/layout/widths.ts, shared with compose. */
export { textTwips, widthsBound } from '../../layout/widths.js';

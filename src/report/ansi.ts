/** The few SGR codes the text formatter needs; `on` false returns the text unchanged. */
const wrap = (open: number, close: number) => (text: string, on: boolean): string =>
  on ? `\u001b[${open}m${text}\u001b[${close}m` : text;

export const red = wrap(31, 39);
export const yellow = wrap(33, 39);
export const cyan = wrap(36, 39);
export const green = wrap(32, 39);
export const dim = wrap(2, 22);

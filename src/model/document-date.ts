/** Never the clock: issued.date, else SOURCE_DATE_EPOCH, else 1 January of the first year. */
export function documentDate(issued: string | undefined, epoch: string | undefined, firstYear: number): string {
  if (issued) return issued;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return `${firstYear}-01-01`;
}

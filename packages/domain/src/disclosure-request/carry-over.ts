/**
 * 结转 (the OGI annual report, table 3 rows 二 and 四, 国办公开办函〔2021〕30号): a request received by
 * 31 December of `year` and not closed by then is carried into the next year. The one rule the
 * request list (its 结转 flag) and the report's table 3 both count with.
 */
export function isOpenAtYearEnd(r: { receivedOn: string | null; closedOn: string | null }, year: number): boolean {
  if (!r.receivedOn) return false;
  const yearEnd = `${year}-12-31`;
  return r.receivedOn <= yearEnd && (r.closedOn === null || r.closedOn > yearEnd);
}

/** Carried over (结转) out of the year it was received in: that year is over and it was still open at its end. */
export function isCarriedOver(r: { receivedOn: string | null; closedOn: string | null }, today: string): boolean {
  if (!r.receivedOn) return false;
  const year = Number(r.receivedOn.slice(0, 4));
  return today > `${year}-12-31` && isOpenAtYearEnd(r, year);
}

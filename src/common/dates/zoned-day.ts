/** Local days in a time zone as UTC instants: what "today" and "this week" mean to people at their desk. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/** The UTC instant at which `day` (YYYY-MM-DD) begins in `timeZone` (daylight-saving changes included). */
export function zonedDayStart(day: string, timeZone: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00Z`);
  const first = midnightUtc.getTime() - offsetAt(midnightUtc, timeZone);
  // Once more with the offset at the found instant, in case a change of offset lies between the two.
  return new Date(midnightUtc.getTime() - offsetAt(new Date(first), timeZone));
}

/** The UTC instants bounding local days `from` to `to` (inclusive) in `timeZone`. */
export function zonedPeriod(from: string, to: string, timeZone: string): { from: Date; to: Date } {
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { from: zonedDayStart(from, timeZone), to: zonedDayStart(next.toISOString().slice(0, 10), timeZone) };
}

/** The local day (YYYY-MM-DD) in `timeZone` at the instant `at`. */
export function zonedDayOf(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The UTC instant of wall-clock time `minutes` after local midnight of `day` in `timeZone` (1440 = the next midnight). */
export function zonedTime(day: string, minutes: number, timeZone: string): Date {
  const asUtc = new Date(`${day}T00:00:00Z`).getTime() + minutes * 60_000;
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetAt(new Date(first), timeZone));
}

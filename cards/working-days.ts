/** ISO weekday numbers (1 = Monday … 7 = Sunday) and their short names. */
export const WEEKDAYS: ReadonlyArray<{ readonly value: number; readonly title: string; readonly short: string }> = [
  { value: 1, title: 'Monday', short: 'Mon' },
  { value: 2, title: 'Tuesday', short: 'Tue' },
  { value: 3, title: 'Wednesday', short: 'Wed' },
  { value: 4, title: 'Thursday', short: 'Thu' },
  { value: 5, title: 'Friday', short: 'Fri' },
  { value: 6, title: 'Saturday', short: 'Sat' },
  { value: 7, title: 'Sunday', short: 'Sun' },
];

/** "Mon–Fri", "Mon–Wed, Fri", "Sat, Sun"; "no days" for an empty list. */
export function formatWorkingDays(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0) return 'no days';
  const name = (d: number): string => WEEKDAYS[d - 1]?.short ?? String(d);
  const runs: Array<[number, number]> = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs.map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}, ${name(b)}` : `${name(a)}–${name(b)}`)).join(', ');
}

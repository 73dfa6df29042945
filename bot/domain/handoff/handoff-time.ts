/** ISO instant `minutes` after `at`. */
export function addMinutes(at: Date, minutes: number): string {
  return new Date(at.getTime() + minutes * 60_000).toISOString();
}

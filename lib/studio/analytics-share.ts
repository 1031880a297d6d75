// A percentage for the analytics tables. Pure. With nobody to count, there is no share: null shows as a dash,
// where "0 learners, 0%" would read as everyone failing.
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

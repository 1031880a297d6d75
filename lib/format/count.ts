// "1 booking", "2 bookings", "0 bookings": a count with its noun in the right number (English plural rules).
const rules = new Intl.PluralRules("en");

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${rules.select(count) === "one" ? singular : plural}`;
}

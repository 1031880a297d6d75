// The time-zone list the booking pages search: @vvo/tzdb (kept up to date with IANA), so current names work where
// a browser's own list is old (Asia/Kolkata for Asia/Calcutta, Europe/Kyiv for Europe/Kiev), and a zone is found
// by city, country or abbreviation ("berlin", "CET"). Loaded on demand: the page does not wait for it.
import rawTimeZones from "@vvo/tzdb/raw-time-zones.json";

export type Zone = {
  /** The current IANA name (what we store and send). */
  name: string;
  /** Older names of the same zone ("Asia/Calcutta"), and zones that keep its clock. */
  aliases: string[];
  /** "Central European Time", "India Time". */
  description: string;
  cities: string[];
  country: string;
  abbreviations: string[];
};

type RawZone = {
  name: string;
  group: string[];
  alternativeName: string;
  countryName: string;
  mainCities: string[];
  abbreviation: string;
  dstAbbreviation?: string;
};

const UTC: Zone = {
  name: "UTC",
  aliases: ["Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu"],
  description: "Coordinated Universal Time",
  cities: [],
  country: "",
  abbreviations: ["UTC", "GMT"],
};

export const ZONES: Zone[] = [
  UTC,
  ...(rawTimeZones as RawZone[]).map((zone) => ({
    name: zone.name,
    aliases: zone.group.filter((alias) => alias !== zone.name),
    description: zone.alternativeName,
    cities: zone.mainCities,
    country: zone.countryName,
    abbreviations: [zone.abbreviation, zone.dstAbbreviation].filter((a): a is string => Boolean(a)),
  })),
];

const byName = new Map<string, Zone>();
for (const zone of ZONES) {
  for (const name of [zone.name, ...zone.aliases]) {
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), zone);
  }
}

/** The zone a name means, old or new, in any case ("asia/calcutta" → Asia/Kolkata); null when none. */
export function findZone(name: string): Zone | null {
  return byName.get(name.trim().toLowerCase()) ?? null;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_/]+/g, " ")
    .trim();
}

/** How well a zone answers a query: lower is better, null is no match. */
function rank(zone: Zone, query: string): number | null {
  const names = [zone.name, ...zone.aliases].map(fold);
  const places = [...zone.cities, ...names.map((name) => name.split(" ").pop() ?? name)].map(fold);
  if (names.includes(query)) return 0;
  if (zone.abbreviations.some((abbreviation) => abbreviation.toLowerCase() === query)) return 1;
  if (places.includes(query)) return 2;
  if (places.some((place) => place.startsWith(query))) return 3;
  if (names.some((name) => name.startsWith(query) || name.includes(` ${query}`))) return 4;
  if (fold(zone.country).startsWith(query)) return 5;
  if (fold(zone.description).includes(query)) return 6;
  return null;
}

/** The zones a person may mean by what they typed, best first. */
export function searchZones(typed: string, limit = 8): Zone[] {
  const query = fold(typed);
  if (!query) return [];
  return ZONES.map((zone, index) => ({ zone, index, score: rank(zone, query) }))
    .filter((hit): hit is { zone: Zone; index: number; score: number } => hit.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map((hit) => hit.zone);
}

/** "Central European Time · Berlin, Hamburg, Munich". */
export function zoneSummary(zone: Zone): string {
  const cities = zone.cities.slice(0, 3).join(", ");
  return cities ? `${zone.description} · ${cities}` : zone.description;
}

import { z } from "zod";
import { withoutControlCharacters } from "../validation/text";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const catalogFilterSchema = z.object({
  q: z.preprocess(
    emptyToUndefined,
    z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(100)).optional(),
  ),
  topic: z.preprocess(
    emptyToUndefined,
    z.enum(["APIS", "DATABASES", "SECURITY", "PERFORMANCE", "CLOUD", "CAREER"]).optional(),
  ),
  level: z.preprocess(emptyToUndefined, z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED"]).optional()),
  price: z.preprocess(emptyToUndefined, z.enum(["free", "paid"]).optional()),
  format: z.preprocess(emptyToUndefined, z.enum(["SELF_PACED", "COHORT"]).optional()),
  sort: z.preprocess(emptyToUndefined, z.enum(["relevance", "newest", "popular"]).optional()),
});

export const SORT_LABEL = { relevance: "Best match", newest: "Newest", popular: "Most popular" } as const;

export type CatalogFilter = z.infer<typeof catalogFilterSchema>;

/** Reads search params leniently: an unknown value is dropped rather than failing the page. */
export function parseCatalogFilter(params: Record<string, string | string[] | undefined>): CatalogFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const result: CatalogFilter = {};
  for (const key of Object.keys(catalogFilterSchema.shape) as (keyof CatalogFilter)[]) {
    const parsed = catalogFilterSchema.shape[key].safeParse(flat[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}

// Which "On this page" entry is current: pure, so its edge cases (top, bottom, between) are unit-tested.

export type HeadingPosition = { id: string; top: number };

/**
 * The last heading that has scrolled up to `offset` (the sticky header's height) is current. Above the first
 * one, the first is; at the very bottom, the last is, even when it is too short to reach the top.
 */
export function activeHeadingId(
  headings: readonly HeadingPosition[],
  offset: number,
  atBottom: boolean,
): string | null {
  if (headings.length === 0) return null;
  if (atBottom) return headings.at(-1)!.id;
  let active = headings[0]!.id;
  for (const heading of headings) {
    if (heading.top - offset > 1) break;
    active = heading.id;
  }
  return active;
}

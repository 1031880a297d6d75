// What a person typed into a form, kept beside the server's answer so that a refused submit loses nothing.
export type FormValues = Record<string, string | string[]>;

/** The text values of a submission (files and React's own `$ACTION` keys left out; repeated names as a list). */
export function submittedValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = values[key];
    if (previous === undefined) values[key] = value;
    else values[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return values;
}

/** The one value a single field shows again (the first, when the name was sent more than once). */
export function keptValue(values: FormValues | null | undefined, name: string): string | undefined {
  const value = values?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Whether a checkbox or radio with this name and value was ticked in the submission. */
export function wasChecked(values: FormValues | null | undefined, name: string, value = "on"): boolean | undefined {
  if (!values) return undefined;
  const sent = values[name];
  if (sent === undefined) return false;
  return Array.isArray(sent) ? sent.includes(value) : sent === value;
}

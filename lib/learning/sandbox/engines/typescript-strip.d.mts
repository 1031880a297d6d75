/** Every `.ts` file of `files` as CommonJS JavaScript on the same lines, or the first syntax error (file, line, column). */
export function stripTypeScript(
  files: Record<string, string>,
): Promise<{ files: Record<string, string>; error?: undefined } | { error: string; files?: undefined }>;

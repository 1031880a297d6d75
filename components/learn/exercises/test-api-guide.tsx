// The assertion API a "write the tests" suite uses, shown beside the editor (lib/learning/grading/test-api.ts).
const CODE = "rounded bg-slate-100 px-1 font-mono text-xs text-slate-900 dark:bg-slate-800 dark:text-slate-100";

export function TestApiGuide({ language, subject }: { language: "javascript" | "python"; subject: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-300">
      <p>
        Your tests must pass on a correct <code className={CODE}>{subject}</code> and fail on buggy versions of it.
      </p>
      {language === "javascript" ? (
        <p className="mt-1">
          Write <code className={CODE}>{"test(name, () => { … })"}</code> with{" "}
          <code className={CODE}>expect(x).toBe(y)</code>, <code className={CODE}>toEqual</code> (deep),{" "}
          <code className={CODE}>{"expect(() => f()).toThrow()"}</code>, <code className={CODE}>toBeTruthy</code>,{" "}
          <code className={CODE}>toBeFalsy</code>, <code className={CODE}>toBeGreaterThan</code>,{" "}
          <code className={CODE}>toBeLessThan</code>, each also as <code className={CODE}>.not.toBe…</code>. Tests are
          synchronous.
        </p>
      ) : (
        <p className="mt-1">
          Write <code className={CODE}>def test_name():</code> functions with plain <code className={CODE}>assert</code>{" "}
          statements; <code className={CODE}>raises(ValueError, f, x)</code> is true when{" "}
          <code className={CODE}>f(x)</code> raises that error.
        </p>
      )}
    </div>
  );
}

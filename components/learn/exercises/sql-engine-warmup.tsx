"use client";
import { useEffect } from "react";
import { hasSignedInHint } from "@/lib/auth/session/signed-in-hint";
import { dropWarmSqlEngine, warmSqlEngine } from "./sql-engine";

/**
 * Rendered by a SQL exercise lesson's page: boots the learner's PostgreSQL while the page, the learner's
 * state and the editor are still loading. Only where the exercise can be used at once (a free preview) or
 * the visitor is signed in, so an anonymous visitor of a locked lesson downloads no database.
 */
export function SqlEngineWarmup({ baseDataDir, freePreview }: { baseDataDir: string; freePreview: boolean }) {
  useEffect(() => {
    if (!freePreview && !hasSignedInHint(document.cookie)) return;
    warmSqlEngine(baseDataDir);
    return () => dropWarmSqlEngine(baseDataDir);
  }, [baseDataDir, freePreview]);
  return null;
}

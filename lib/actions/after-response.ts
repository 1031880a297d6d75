import { after } from "next/server";
import type { Defer } from "./run-action";
import { logError } from "../observability/logger";

/**
 * Hands work to Next to run once the response is sent: the answer then takes the same time whichever path the
 * work takes (no timing tells whether an email has an account). Failures are logged, never shown.
 */
export const afterResponse: Defer = async (work) => {
  after(() =>
    work().catch((error: unknown) => {
      logError(error, {}, "deferred work failed");
    }),
  );
};

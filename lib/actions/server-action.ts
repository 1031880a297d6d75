import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { clientIpFrom } from "../auth/client-ip";
import { getCurrentUser } from "../auth/session";
import { afterResponse } from "./after-response";
import type { ActionResult } from "./result";
import { runAction, type ActionAuth, type ActionDefinition, type RequestScope } from "./run-action";

export type ServerAction<T> = ((previous: unknown, formData: FormData) => Promise<ActionResult<T>>) & {
  /** The definition behind the action, for tests that call it with their own request scope. */
  definition: ActionDefinition<z.ZodType, ActionAuth, T>;
};

export function serverActionScope(): RequestScope {
  return {
    getUser: getCurrentUser,
    getIp: async () => clientIpFrom(await headers()),
    revalidate: (path) => revalidatePath(path),
    defer: afterResponse,
  };
}

/** Wraps a definition as a server action usable with useActionState or a plain <form action>. */
export function createAction<S extends z.ZodType, A extends ActionAuth, T>(
  definition: ActionDefinition<S, A, T>,
): ServerAction<T> {
  const action = async (_previous: unknown, formData: FormData) => runAction(definition, formData, serverActionScope());
  // The definition's input type is erased so that tests can hold every action in one list.
  return Object.assign(action, { definition: definition as unknown as ActionDefinition<z.ZodType, ActionAuth, T> });
}

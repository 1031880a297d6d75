"use server";

import { createAction } from "../actions/server-action";
import { purgePagesDefinition, retryOutboxDefinition } from "./definitions";

export const purgePagesAction = createAction(purgePagesDefinition);
export const retryOutboxMessageAction = createAction(retryOutboxDefinition);

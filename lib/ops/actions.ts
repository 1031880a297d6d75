"use server";

import { createAction } from "../actions/server-action";
import { purgePagesDefinition } from "./definitions";

export const purgePagesAction = createAction(purgePagesDefinition);

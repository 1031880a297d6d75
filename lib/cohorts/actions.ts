"use server";
import { createAction } from "../actions/server-action";
import { resetCalendarFeedDefinition } from "./definitions";

export const resetCalendarFeedAction = createAction(resetCalendarFeedDefinition);

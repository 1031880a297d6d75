"use server";
import { createAction } from "../actions/server-action";
import { bookReviewCallDefinition, cancelReviewCallDefinition } from "./definitions";

export const bookReviewCallAction = createAction(bookReviewCallDefinition);
export const cancelReviewCallAction = createAction(cancelReviewCallDefinition);

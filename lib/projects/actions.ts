"use server";
import { createAction } from "../actions/server-action";
import { saveReviewDefinition } from "./definitions";

export const saveReviewAction = createAction(saveReviewDefinition);

"use server";
import { createAction } from "../actions/server-action";
import { saveCourseProjectDefinition } from "./project-definitions";

export const saveCourseProjectAction = createAction(saveCourseProjectDefinition);

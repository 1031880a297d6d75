"use server";
import { createAction } from "../actions/server-action";
import { saveCourseProjectDefinition, saveModuleReleaseDayDefinition } from "./project-definitions";

export const saveCourseProjectAction = createAction(saveCourseProjectDefinition);
export const saveModuleReleaseDayAction = createAction(saveModuleReleaseDayDefinition);

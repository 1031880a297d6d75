"use server";
import { createAction } from "../actions/server-action";
import {
  archiveCourseProjectDefinition,
  deleteCourseProjectDefinition,
  saveCourseProjectDefinition,
  saveModuleReleaseDayDefinition,
} from "./project-definitions";

export const saveCourseProjectAction = createAction(saveCourseProjectDefinition);
export const saveModuleReleaseDayAction = createAction(saveModuleReleaseDayDefinition);
export const archiveCourseProjectAction = createAction(archiveCourseProjectDefinition);
export const deleteCourseProjectAction = createAction(deleteCourseProjectDefinition);

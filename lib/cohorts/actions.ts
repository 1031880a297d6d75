"use server";
import { createAction } from "../actions/server-action";
import {
  cancelSessionDefinition,
  postAnnouncementDefinition,
  resetCalendarFeedDefinition,
  saveSessionDefinition,
  saveSessionRecordDefinition,
  setAttendanceDefinition,
} from "./definitions";
import { addSeriesDefinition, addSessionDefinition, cancelSeriesDefinition } from "./schedule-definitions";

export const resetCalendarFeedAction = createAction(resetCalendarFeedDefinition);
export const saveSessionAction = createAction(saveSessionDefinition);
export const cancelSessionAction = createAction(cancelSessionDefinition);
export const saveSessionRecordAction = createAction(saveSessionRecordDefinition);
export const setAttendanceAction = createAction(setAttendanceDefinition);
export const postAnnouncementAction = createAction(postAnnouncementDefinition);
export const addSessionAction = createAction(addSessionDefinition);
export const addSeriesAction = createAction(addSeriesDefinition);
export const cancelSeriesAction = createAction(cancelSeriesDefinition);

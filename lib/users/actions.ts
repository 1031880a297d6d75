"use server";

import { createAction } from "../actions/server-action";
import { ADMIN_ONLY, SIGNED_IN } from "../auth/action-access";
import { changeUserRole, setUserDisabled } from "./admin-service";
import { saveAdvisorProfile } from "./advisor-profile-service";
import { deleteAccount } from "./delete-account";
import { changePassword, endOwnSession, requestEmailChange, signOutEverywhere, updateProfile } from "./profile-service";
import {
  advisorProfileSchema,
  changeEmailSchema,
  changePasswordSchema,
  changeRoleSchema,
  deleteAccountSchema,
  emptySchema,
  endSessionSchema,
  setDisabledSchema,
  updateProfileSchema,
} from "./schema";

export const updateProfileAction = createAction({
  schema: updateProfileSchema,
  auth: SIGNED_IN,
  revalidate: ["/profile"],
  handler: (input, { user }) => updateProfile(user.id, user.role, input),
});

export const changePasswordAction = createAction({
  schema: changePasswordSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["password-check-user", user.id]],
  handler: (input, { user, ip }) => changePassword(user.id, input, ip),
});

export const changeEmailAction = createAction({
  schema: changeEmailSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["password-check-user", user.id]],
  handler: (input, { user }) => requestEmailChange(user.id, input),
});

export const signOutEverywhereAction = createAction({
  schema: emptySchema,
  auth: SIGNED_IN,
  handler: (_input, { user, ip }) => signOutEverywhere(user.id, ip),
});

export const endSessionAction = createAction({
  schema: endSessionSchema,
  auth: SIGNED_IN,
  revalidate: ["/profile"],
  handler: (input, { user, ip }) => endOwnSession(user.id, input.sessionId, ip),
});

export const deleteAccountAction = createAction({
  schema: deleteAccountSchema,
  auth: SIGNED_IN,
  rateLimit: (_input, { user }) => [["password-check-user", user.id]],
  handler: (input, { user, ip }) => deleteAccount(user.id, input, ip),
});

export const changeRoleAction = createAction({
  schema: changeRoleSchema,
  auth: ADMIN_ONLY,
  revalidate: ["/admin/users"],
  handler: (input, { user, ip }) => changeUserRole(user.id, input, ip),
});

export const setUserDisabledAction = createAction({
  schema: setDisabledSchema,
  auth: ADMIN_ONLY,
  revalidate: ["/admin/users"],
  handler: (input, { user, ip }) => setUserDisabled(user.id, input, ip),
});

/** An advisor's own public profile (headline, bio, languages); it goes public once complete. */
export const saveAdvisorProfileAction = createAction({
  schema: advisorProfileSchema,
  auth: ["ADVISOR"],
  revalidate: ["/advisor/availability", "/consultation"],
  handler: (input, { user }) => saveAdvisorProfile(user.id, input),
});

"use server";

import { createAction } from "../actions/server-action";
import {
  createWebhookEndpointSchema,
  endpointIdSchema,
  resendWebhookSchema,
  rotateWebhookSecretSchema,
  setWebhookEnabledSchema,
} from "./schema";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  setWebhookEnabled,
} from "./service";
import { WEBHOOK_MANAGERS } from "./roles";

const PAGE = "/developers/webhooks";

/** Answers the new endpoint's secret once; the page shows it until the person leaves. */
export const createWebhookEndpointAction = createAction({
  schema: createWebhookEndpointSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user, ip }) => createWebhookEndpoint(user, input, ip),
});

export const rotateWebhookSecretAction = createAction({
  schema: rotateWebhookSecretSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user, ip }) => rotateWebhookSecret(user, input, ip),
});

export const setWebhookEnabledAction = createAction({
  schema: setWebhookEnabledSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user }) => setWebhookEnabled(user, input),
});

export const deleteWebhookEndpointAction = createAction({
  schema: endpointIdSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user, ip }) => deleteWebhookEndpoint(user, input.endpointId, ip),
});

export const sendTestWebhookAction = createAction({
  schema: endpointIdSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user }) => sendTestWebhook(user, input.endpointId),
});

export const resendWebhookAction = createAction({
  schema: resendWebhookSchema,
  auth: WEBHOOK_MANAGERS,
  revalidate: [PAGE],
  handler: (input, { user }) => resendWebhookDelivery(user, input.deliveryId),
});

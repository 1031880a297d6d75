// Every /api/v1 endpoint: the routes, the OpenAPI document and the reference page all read this list.
import type { AnyEndpoint } from "../endpoint";
import { listBookings } from "./bookings";
import { listCertificates, verifyCertificate } from "./certificates";
import { getCourse, listCourses } from "./courses";
import { listPayments } from "./payments";
import { createUser, listUsers, setUserRole } from "./users";
import {
  createEnrollment,
  getEnrollment,
  getEnrollmentProgress,
  listEnrollments,
  revokeEnrollmentEndpoint,
} from "./enrollments";

export const V1_ENDPOINTS = {
  listCourses,
  getCourse,
  listEnrollments,
  createEnrollment,
  getEnrollment,
  revokeEnrollment: revokeEnrollmentEndpoint,
  getEnrollmentProgress,
  listCertificates,
  verifyCertificate,
  listBookings,
  listPayments,
  listUsers,
  createUser,
  setUserRole,
} as const satisfies Record<string, unknown>;

export const V1_ENDPOINT_LIST = Object.values(V1_ENDPOINTS) as unknown as AnyEndpoint[];

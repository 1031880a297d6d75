import { v1Route } from "@/lib/api/v1/route";
import { V1_ENDPOINTS } from "@/lib/api/v1/endpoints";

export const dynamic = "force-dynamic";

export const GET = v1Route(V1_ENDPOINTS.listUsers);
export const POST = v1Route(V1_ENDPOINTS.createUser);

import { exportPaymentsRoute } from "@/lib/payments/definitions";

export const dynamic = "force-dynamic";

export const GET = exportPaymentsRoute;

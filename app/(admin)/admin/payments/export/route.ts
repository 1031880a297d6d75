import { exportPaymentsRoute } from "@/lib/payments/export-route";

export const dynamic = "force-dynamic";

export const GET = exportPaymentsRoute;

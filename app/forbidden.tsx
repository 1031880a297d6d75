import { AccessDenied } from "@/components/auth/access-denied";

// Rendered with HTTP 403 whenever a page calls forbidden().
export default function Forbidden() {
  return <AccessDenied what="this page" />;
}

"use client";
// Times on the cohort home follow the profile's zone; when this device is elsewhere, say so and where to change it.
import Link from "next/link";
import { useSyncExternalStore } from "react";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
const noZone = () => null;
const subscribe = () => () => {};

export function DeviceZoneHint({ profileZone }: { profileZone: string }) {
  const device = useSyncExternalStore(subscribe, deviceZone, noZone);
  if (!device || device === profileZone) return null;
  return (
    <p className="mt-2 text-sm text-amber-900 dark:text-amber-200" role="note">
      This device is set to {device.replace(/_/g, " ")}.{" "}
      <Link href="/profile" className="font-semibold underline">
        Use it in your profile
      </Link>{" "}
      to see the times there.
    </p>
  );
}

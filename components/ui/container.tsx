import type { ReactNode } from "react";
import { clsx } from "clsx";

const OWN_WIDTH = /(?:^|\s)max-w-/;

/**
 * The page's centred column: max-w-6xl unless the caller names its own width (`className="max-w-2xl …"`). Both
 * classes at once would not do: in Tailwind's output max-w-6xl comes after max-w-2xl…5xl and wins.
 */
export function Container({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={clsx(
        "mx-auto w-full px-4 sm:px-6 lg:px-8",
        !OWN_WIDTH.test(className ?? "") && "max-w-6xl",
        className,
      )}
    >
      {children}
    </div>
  );
}

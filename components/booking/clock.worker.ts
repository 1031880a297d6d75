// The browser's zone and 12/24-hour clock, read off the page's main thread (see browser-clock.ts).
import { browserClock } from "./browser-clock";

postMessage(browserClock());

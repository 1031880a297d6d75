// The browser's time zone, read off the page's main thread: the first Intl.DateTimeFormat a page makes loads the
// time-zone data, 25–35 ms on this machine and four times that on a phone, right while the booking page loads.
postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone ?? null);

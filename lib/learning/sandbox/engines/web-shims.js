// The few web APIs that exercises use (atob, btoa, URL, URLSearchParams, console), for the QuickJS realm
// that runs learner JavaScript on the server. Parsing is done by the host through `__host`, which takes
// strings and returns strings: no object of the host ever enters this realm.
(() => {
  "use strict";
  const host = globalThis.__host;
  delete globalThis.__host;
  const call = (name, ...args) => {
    const reply = JSON.parse(host(name, JSON.stringify(args)));
    if (reply.error) throw new TypeError(reply.error);
    return reply.value;
  };

  globalThis.atob = (text) => call("atob", String(text));
  globalThis.btoa = (text) => call("btoa", String(text));

  const FIELDS = ["href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"];
  const state = new WeakMap();

  class URLSearchParams {
    constructor(init = "") {
      let pairs;
      if (typeof init === "string") pairs = call("formParse", init);
      else if (init instanceof URLSearchParams) pairs = init.__pairs().slice();
      else if (init && typeof init[Symbol.iterator] === "function")
        pairs = Array.from(init, (pair) => {
          const list = Array.from(pair);
          if (list.length !== 2) throw new TypeError("Each query pair must be a name and a value");
          return [String(list[0]), String(list[1])];
        });
      else if (init && typeof init === "object") pairs = Object.keys(init).map((k) => [k, String(init[k])]);
      else pairs = call("formParse", String(init));
      state.set(this, { pairs, url: null });
    }
    __pairs() {
      return state.get(this).pairs;
    }
    __update() {
      const own = state.get(this);
      if (own.url) own.url.__setSearch(this.toString());
    }
    append(name, value) {
      this.__pairs().push([String(name), String(value)]);
      this.__update();
    }
    delete(name, value) {
      const own = state.get(this);
      own.pairs = own.pairs.filter(([k, v]) => !(k === String(name) && (value === undefined || v === String(value))));
      this.__update();
    }
    get(name) {
      const found = this.__pairs().find(([k]) => k === String(name));
      return found ? found[1] : null;
    }
    getAll(name) {
      return this.__pairs()
        .filter(([k]) => k === String(name))
        .map(([, v]) => v);
    }
    has(name, value) {
      return this.__pairs().some(([k, v]) => k === String(name) && (value === undefined || v === String(value)));
    }
    set(name, value) {
      const own = state.get(this);
      const key = String(name);
      const index = own.pairs.findIndex(([k]) => k === key);
      if (index === -1) own.pairs.push([key, String(value)]);
      else {
        own.pairs[index] = [key, String(value)];
        own.pairs = own.pairs.filter(([k], i) => k !== key || i === index);
      }
      this.__update();
    }
    sort() {
      const own = state.get(this);
      own.pairs = own.pairs
        .map((p, i) => [p, i])
        .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
        .map(([p]) => p);
      this.__update();
    }
    get size() {
      return this.__pairs().length;
    }
    forEach(fn, thisArg) {
      for (const [k, v] of this.__pairs().slice()) fn.call(thisArg, v, k, this);
    }
    keys() {
      return this.__pairs()
        .map(([k]) => k)
        [Symbol.iterator]();
    }
    values() {
      return this.__pairs()
        .map(([, v]) => v)
        [Symbol.iterator]();
    }
    entries() {
      return this.__pairs()
        .map(([k, v]) => [k, v])
        [Symbol.iterator]();
    }
    [Symbol.iterator]() {
      return this.entries();
    }
    toString() {
      return call("formSerialize", this.__pairs());
    }
  }

  class URL {
    constructor(input, base) {
      const parts = call("urlParse", String(input), base === undefined ? null : String(base));
      state.set(this, { parts, params: null });
    }
    static canParse(input, base) {
      try {
        new URL(input, base);
        return true;
      } catch {
        return false;
      }
    }
    __set(field, value) {
      const own = state.get(this);
      own.parts = call("urlSet", own.parts.href, field, String(value));
      if (own.params && field !== "search") state.get(own.params).pairs = call("formParse", own.parts.search);
    }
    __setSearch(search) {
      state.get(this).parts = call("urlSet", state.get(this).parts.href, "search", search);
    }
    get origin() {
      return state.get(this).parts.origin;
    }
    get searchParams() {
      const own = state.get(this);
      if (!own.params) {
        own.params = new URLSearchParams(own.parts.search);
        state.get(own.params).url = this;
      }
      return own.params;
    }
    toString() {
      return this.href;
    }
    toJSON() {
      return this.href;
    }
  }
  for (const field of FIELDS)
    Object.defineProperty(URL.prototype, field, {
      get() {
        return state.get(this).parts[field];
      },
      set(value) {
        this.__set(field, value);
        if (field === "search" && state.get(this).params)
          state.get(state.get(this).params).pairs = call("formParse", state.get(this).parts.search);
      },
      configurable: true,
    });
  globalThis.URL = URL;
  globalThis.URLSearchParams = URLSearchParams;

  // Locale-aware text and numbers as the browser (ICU) gives them: QuickJS has no Intl of its own.
  const plain = (value) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));
  Object.defineProperty(String.prototype, "localeCompare", {
    value(other, locales, options) {
      return call("localeCompare", String(this), String(other), plain(locales), plain(options));
    },
    configurable: true,
    writable: true,
  });
  const dateArg = (date) => (date === undefined ? Date.now() : Number(date instanceof Date ? date.getTime() : date));
  class DateTimeFormat {
    constructor(locales, options) {
      this.args = [plain(locales), plain(options)];
    }
    format(date) {
      return call("dateFormat", ...this.args, dateArg(date));
    }
    formatToParts(date) {
      return call("dateParts", ...this.args, dateArg(date));
    }
    resolvedOptions() {
      return call("dateOptions", ...this.args);
    }
  }
  class NumberFormat {
    constructor(locales, options) {
      this.args = [plain(locales), plain(options)];
    }
    format(number) {
      return call("numberFormat", ...this.args, Number(number));
    }
    formatToParts(number) {
      return call("numberParts", ...this.args, Number(number));
    }
    resolvedOptions() {
      return call("numberOptions", ...this.args);
    }
  }
  class Collator {
    constructor(locales, options) {
      this.args = [plain(locales), plain(options)];
      this.compare = (a, b) => call("localeCompare", String(a), String(b), ...this.args);
    }
    resolvedOptions() {
      return call("collatorOptions", ...this.args);
    }
  }
  globalThis.Intl = { DateTimeFormat, NumberFormat, Collator };
  const dateLocale = (kind) =>
    function (locales, options) {
      return call(kind, plain(locales), plain(options), this.getTime());
    };
  Date.prototype.toLocaleString = dateLocale("dateLocaleString");
  Date.prototype.toLocaleDateString = dateLocale("dateLocaleDateString");
  Date.prototype.toLocaleTimeString = dateLocale("dateLocaleTimeString");
  Number.prototype.toLocaleString = function (locales, options) {
    return call("numberFormat", plain(locales), plain(options), Number(this));
  };

  // Timers on a virtual clock: a callback runs once the promise jobs before it are done, earliest first. An
  // answer that awaits a delay finishes at once; one that waits for a timer never set never settles.
  const timers = [];
  let timerId = 0;
  globalThis.setTimeout = (callback, delay = 0, ...args) => {
    timerId += 1;
    timers.push({ id: timerId, at: Math.max(0, Number(delay) || 0), order: timerId, callback, args });
    return timerId;
  };
  globalThis.clearTimeout = (id) => {
    const index = timers.findIndex((t) => t.id === id);
    if (index !== -1) timers.splice(index, 1);
  };
  globalThis.queueMicrotask = (callback) => void Promise.resolve().then(callback);
  globalThis.__runTimer = () => {
    if (timers.length === 0) return false;
    timers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = timers.shift();
    for (const timer of timers) timer.at = Math.max(0, timer.at - next.at);
    if (typeof next.callback === "function") next.callback(...next.args);
    return true;
  };

  const logs = [];
  const show = (value) => {
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  const capture = (...args) => {
    if (logs.length < 50) logs.push(args.map(show).join(" ").slice(0, 2000));
  };
  globalThis.console = { log: capture, info: capture, warn: capture, error: capture, debug: capture };
  globalThis.__logs = logs;
})();

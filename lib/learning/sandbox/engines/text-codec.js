// UTF-8 TextEncoder and TextDecoder written in plain JavaScript, for a realm that has neither (a vm context
// holds only what V8 itself provides). Invalid input decodes to U+FFFD, or throws when `fatal` is set.
globalThis.TextEncoder = class TextEncoder {
  get encoding() {
    return "utf-8";
  }
  encode(input = "") {
    const text = String(input);
    const out = [];
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else code = 0xfffd;
      } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
      if (code < 0x80) out.push(code);
      else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
      else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
      else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    }
    return new Uint8Array(out);
  }
  encodeInto(input, target) {
    const bytes = this.encode(input);
    const written = Math.min(bytes.length, target.length);
    target.set(bytes.subarray(0, written));
    return { read: String(input).length, written };
  }
};
globalThis.TextDecoder = class TextDecoder {
  constructor(label = "utf-8", options = {}) {
    const name = String(label).toLowerCase();
    if (name === "utf-16le") this.single = false;
    else if (name === "latin1" || name === "iso-8859-1" || name === "ascii") this.single = true;
    else if (!/^utf-?8$/.test(name)) throw new RangeError(`The encoding ${label} is not supported here`);
    this.fatal = Boolean(options && options.fatal);
  }
  get encoding() {
    return this.single === undefined ? "utf-8" : this.single ? "windows-1252" : "utf-16le";
  }
  decode(input) {
    if (input === undefined) return "";
    const bytes =
      input instanceof Uint8Array
        ? input
        : ArrayBuffer.isView(input)
          ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
          : new Uint8Array(input);
    if (this.single !== undefined) {
      // Python hands over ASCII and UCS-2 strings as latin1 and UTF-16LE bytes.
      const step = this.single ? 1 : 2;
      const codes = [];
      let text = "";
      for (let i = 0; i + step - 1 < bytes.length; i += step) {
        codes.push(this.single ? bytes[i] : bytes[i] | (bytes[i + 1] << 8));
        if (codes.length > 8000) {
          text += String.fromCharCode.apply(null, codes);
          codes.length = 0;
        }
      }
      return text + String.fromCharCode.apply(null, codes);
    }
    let out = "";
    const chunk = [];
    const bad = () => {
      if (this.fatal) throw new TypeError("The encoded data was not valid utf-8");
      return 0xfffd;
    };
    for (let i = 0; i < bytes.length;) {
      const b = bytes[i];
      let code,
        need = 0,
        min = 0;
      if (b < 0x80) {
        code = b;
      } else if (b >= 0xc2 && b <= 0xdf) {
        code = b & 31;
        need = 1;
        min = 0x80;
      } else if (b >= 0xe0 && b <= 0xef) {
        code = b & 15;
        need = 2;
        min = 0x800;
      } else if (b >= 0xf0 && b <= 0xf4) {
        code = b & 7;
        need = 3;
        min = 0x10000;
      } else {
        chunk.push(bad());
        i++;
        continue;
      }
      let j = 1;
      for (; j <= need; j++) {
        const next = bytes[i + j];
        if (next === undefined || (next & 0xc0) !== 0x80) break;
        code = (code << 6) | (next & 63);
      }
      if (j <= need || code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        chunk.push(bad());
        i += Math.max(1, j);
        continue;
      }
      i += need + 1;
      if (code >= 0x10000) {
        code -= 0x10000;
        chunk.push(0xd800 + (code >> 10), 0xdc00 + (code & 1023));
      } else chunk.push(code);
      if (chunk.length > 8000) {
        out += String.fromCharCode.apply(null, chunk);
        chunk.length = 0;
      }
    }
    return out + String.fromCharCode.apply(null, chunk);
  }
};

// A small Python tokenizer for CodeMirror's StreamLanguage: keywords, strings, numbers, comments and
// decorators, enough to highlight exercise code (no @codemirror/lang-python is installed).
import type { StreamParser, StringStream } from "@codemirror/language";

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case".split(
    " ",
  ),
);
const BUILTINS = new Set(
  "print len range int str float list dict set tuple bool min max sum sorted enumerate zip isinstance abs any all map filter round repr type ValueError TypeError KeyError".split(
    " ",
  ),
);

type State = { quote: string | null };

function readString(stream: StringStream, state: State): string {
  while (!stream.eol()) {
    if (stream.match(state.quote!)) {
      state.quote = null;
      return "string";
    }
    if (stream.next() === "\\") stream.next();
  }
  // A one-quote string ends with its line; a triple-quoted one carries on.
  if (state.quote!.length === 1) state.quote = null;
  return "string";
}

export const pythonTokens: StreamParser<State> = {
  name: "python",
  startState: () => ({ quote: null }),
  token(stream, state) {
    if (state.quote) return readString(stream, state);
    if (stream.eatSpace()) return null;
    if (stream.peek() === "#") {
      stream.skipToEnd();
      return "comment";
    }
    const quote = stream.match(/^[rbfu]{0,2}("""|'''|"|')/i) as RegExpMatchArray | false;
    if (quote) {
      state.quote = quote[1]!;
      return readString(stream, state);
    }
    if (stream.match(/^(0x[\da-f_]+|\d[\d_]*(\.\d*)?(e[+-]?\d+)?)/i)) return "number";
    if (stream.match(/^@[\w.]+/)) return "meta";
    if (stream.match(/^[A-Za-z_]\w*/)) {
      const word = stream.current();
      if (KEYWORDS.has(word)) return "keyword";
      if (BUILTINS.has(word)) return "variableName.standard";
      return "variableName";
    }
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "#" }, indentOnInput: /^\s*(else|elif|except|finally):$/ },
};

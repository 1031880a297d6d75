// Scripts and the server run our modules under Node (tsx), outside Next's bundler. Modules that say
// `import "server-only"` are server code there by definition, so `server-only` resolves as it does in a
// React Server Components bundle (to its empty module). Load with `node --import ./scripts/server-only/register.mjs`.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url);

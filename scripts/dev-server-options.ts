/** The development server's options, for webpack.config.js (`npm start`) and its test. */
import type { Configuration as DevServerConfiguration } from "webpack-dev-server";
import type { HttpsOptions } from "./dev-certs";

/**
 * Served from memory over https (Office loads add-ins only over https), open to Office's
 * webviews, and with the task pane at the root: https://localhost:3000/ answers with
 * taskpane.html (the page holds both bundles), not "Cannot GET /".
 */
export function devServerOptions(https: HttpsOptions): DevServerConfiguration {
  return {
    static: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: https },
    devMiddleware: { index: "taskpane.html" },
  };
}

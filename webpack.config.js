/**
 * Builds the add-in into dist/: one page (taskpane.html) that loads both bundles, because the
 * shared runtime runs the custom functions and the task pane together; functions.json generated
 * from the JSDoc of src/functions/functions.ts; office.js for offline previews; icons; manifest.
 * The page carries the Content-Security-Policy of scripts/content-security-policy.ts, which allows
 * its inline script by hash.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const webpack = require("webpack");

// The build helpers are TypeScript, shared with scripts/start.ts and the tests.
require("tsx/cjs/api").register();
const { DEV_BASE_URL, DEV_PORT, productionBaseUrl, rebaseUrls } = require("./scripts/addin-urls.ts");
const { ensureDevCertificates } = require("./scripts/dev-certs.ts");
const { devServerOptions } = require("./scripts/dev-server-options.ts");
const {
  CONTENT_SECURITY_POLICY,
  serializePolicy,
  withPagePolicy,
} = require("./scripts/content-security-policy.ts");

const functionsSource = path.resolve(__dirname, "src/functions/functions.ts");
const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
// The task pane's libraries load as files of their own, which V8 is told to compile whole on
// background threads while office.js is still loading (a compile hint: other engines ignore the
// comment). Almost all of their code runs at startup; the app's own, mostly views not yet shown,
// is still compiled lazily. React DOM apart from the rest: each file streams on its own thread.
const EAGER_CHUNKS = ["react-dom", "vendors"];
/** Only the pane's entry chunk is split: functions.js must stand alone, and lazy chunks stay whole. */
const isTaskpane = (chunk) => chunk.name === "taskpane";
const PAGE = "taskpane.html";
const bundledStandardsLoader = path.resolve(__dirname, "scripts/bundled-standards-loader.js");

/**
 * Puts the hashes of the page's inline scripts into its policy once the page is final: the page
 * is emitted at the inlining stage and minified as it is (inline code too), so this runs after.
 */
class PagePolicyPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PagePolicyPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PagePolicyPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const page = compilation.getAsset(PAGE).source.source().toString();
          compilation.updateAsset(PAGE, new webpack.sources.RawSource(withPagePolicy(page)));
        },
      );
    });
  }
}

/** @param {Record<string, unknown>} env webpack-cli's --env; WEBPACK_SERVE is set by `webpack serve`. */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const manifestBaseUrl = production ? productionBaseUrl() : DEV_BASE_URL;
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: "source-map",
    entry: {
      functions: "./src/runtime/functions-entry.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Fixed names: the manifest points at functions.js and Excel caches by URL.
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The app imports the seeds as `bundled-standards`; the loader parses them at build time.
      alias: { "bundled-standards$": bundledStandardsLoader },
    },
    module: {
      // Griffel's styles are computed at build time and extracted into one stylesheet, so the pane
      // neither resolves nor inserts CSS rules at runtime. Loaders of several rules run last first:
      // TypeScript, then Griffel's makeStyles → __styles, then __styles → class names + CSS.
      rules: [
        {
          test: /\.(js|ts|tsx)$/,
          include: [path.resolve(__dirname, "src"), /node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // It evaluates the style modules' imports, which are TypeScript.
          use: {
            loader: "@griffel/webpack-loader",
            options: { babelOptions: { presets: ["@babel/preset-typescript"] } },
          },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
        { resource: bundledStandardsLoader, type: "json", use: bundledStandardsLoader },
      ],
    },
    plugins: [
      // One stylesheet for every chunk: Griffel orders its rules itself.
      new MiniCssExtractPlugin({ ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CustomFunctionsMetadataPlugin({ input: functionsSource, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: PAGE,
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        contentSecurityPolicy: serializePolicy(CONTENT_SECURITY_POLICY),
      }),
      new PagePolicyPlugin(),
      // Terser drops comments, so the hint goes in after it, and before the source maps are made.
      new webpack.BannerPlugin({
        banner: "//# allFunctionsCalledOnLoad",
        raw: true,
        include: new RegExp(`^(${EAGER_CHUNKS.join("|")})\\.js$`),
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 50,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // The offline fallback for the CDN's office.js; outside Office it also loads the mapping
          // table. Already minified by Microsoft: re-minifying only risks breaking them.
          ...["office.js", "o15apptofilemappingtable.js"].map((file) => ({
            from: path.join(officeJsDir, file),
            to: file,
            info: { minimized: true },
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rebaseUrls(content.toString("utf8"), DEV_BASE_URL, manifestBaseUrl),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          reactDom: {
            test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
            name: "react-dom",
            chunks: isTaskpane,
            enforce: true,
          },
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendors",
            chunks: isTaskpane,
            priority: -10,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE
      ? { port: DEV_PORT, ...devServerOptions(await ensureDevCertificates()) }
      : undefined,
  };
};

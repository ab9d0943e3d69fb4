/**
 * Builds the task pane into dist/ (see docs/architecture.md and DESIGN §1).
 *
 *   dist/taskpane.html   the pane inside Word: Office.js from Microsoft's CDN, then our bundle
 *   dist/index.html      the browser preview: no CDN script; installs the fake Word host and renders the same pane
 *   dist/test/fake-word-host.js
 *                        the fake Word host as a stand-alone script (fixed name) for the E2E test, which serves it
 *                        in place of the CDN office.js; the preview bundles the same fake, so nothing new ships
 *   dist/manifest.xml    manifest.xml with https://localhost:3000 replaced by ZANGER_PUBLIC_URL when that is set
 *   dist/assets/         icons
 *
 * `webpack --mode production` (npm run build:pane) or `webpack --mode development` (source maps, no minification).
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The production base URL from ZANGER_PUBLIC_URL, without a trailing slash; undefined when unset. */
function publicUrl() {
  const raw = (process.env.ZANGER_PUBLIC_URL || "").trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ZANGER_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ZANGER_PUBLIC_URL must be https:// (Office loads add-ins over HTTPS only): ${raw}`);
  if (/[&<>"']/.test(raw)) throw new Error(`ZANGER_PUBLIC_URL must not contain XML special characters: ${raw}`);
  return raw.replace(/\/+$/, "");
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const base = publicUrl();

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
      "fake-word-host": "./src/preview/fake-word-host.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "fake-word-host" ? "test/fake-word-host.js" : "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.pane.json", compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    optimization: {
      // React, Fluent UI and friends in one shared, long-cached chunk for the pane and the preview.
      splitChunks: {
        chunks: (chunk) => chunk.name !== "fake-word-host",
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10 },
          // The pane's own code, shared by taskpane and preview.
          common: { name: "common", minChunks: 2, priority: 5, reuseExistingChunk: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/index.html",
        chunks: ["preview"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            noErrorOnMissing: true,
            transform(content) {
              return base ? content.toString("utf8").split(DEV_URL).join(base) : content;
            },
          },
        ],
      }),
    ],
  };
};

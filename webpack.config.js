// @ts-check
"use strict";
const path = require("node:path");

/**
 * Two bundles: the extension host (Node, CommonJS) and the panel (browser).
 * `vscode` is provided by the host. `node-llama-cpp` stays outside the bundle and is
 * reached through a real dynamic `import()` ("import" externals type): it is ESM-only
 * with top-level await, carries native binaries, and must not load at activation.
 */

/** @type {import("webpack").Configuration} */
const extensionConfig = {
    name: "extension",
    target: "node20",
    entry: { extension: "./extension/extension.ts" },
    output: {
        path: path.resolve(__dirname, "dist"),
        filename: "[name].js",
        library: { type: "commonjs2" },
        chunkFilename: "[name].chunk.js",
        clean: { keep: /^(webview\/|safety-cli|model-host|model-cli)/ }
    },
    externals: {
        vscode: "commonjs vscode",
        "node-llama-cpp": "import node-llama-cpp"
    },
    // "./x.js" in a dynamic import() means the TypeScript source x.ts (node16 resolution).
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
        rules: [
            {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: [{ loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } }]
            }
        ]
    },
    devtool: "nosources-source-map",
    performance: { hints: false },
    infrastructureLogging: { level: "warn" }
};

/** @type {import("webpack").Configuration} */
const webviewConfig = {
    name: "webview",
    target: ["web", "es2022"],
    entry: { panel: "./webview/main.ts" },
    output: {
        path: path.resolve(__dirname, "dist", "webview"),
        filename: "[name].js",
        clean: true
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
        rules: [
            {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: [
                    {
                        loader: "ts-loader",
                        options: { configFile: path.resolve(__dirname, "webview/tsconfig.json"), transpileOnly: true }
                    }
                ]
            }
        ]
    },
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: "warn" }
};

/**
 * The safety filter's command line (`gemma-ko-safety scan --jsonl`, the package's
 * `bin`): the same filter code the extension bundles, for evaluation and CI use.
 * Not shipped in the VSIX.
 */
/** @type {import("webpack").Configuration} */
const safetyCliConfig = {
    name: "safety-cli",
    target: "node20",
    entry: { "safety-cli": "./safety/cli.ts" },
    output: {
        path: path.resolve(__dirname, "dist"),
        filename: "[name].js",
        library: { type: "commonjs2" }
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
        rules: [
            {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: [{ loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } }]
            }
        ]
    },
    plugins: [
        new (require("webpack").BannerPlugin)({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
        // npx runs a package's bin directly: it must be executable (a fresh clone has no dist/ at npm ci time).
        {
            apply(compiler) {
                compiler.hooks.afterEmit.tap("ExecutableBin", () => {
                    const bin = path.resolve(__dirname, "dist", "safety-cli.js");
                    if (require("node:fs").existsSync(bin)) require("node:fs").chmodSync(bin, 0o755);
                });
            }
        }
    ],
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: "warn" }
};

/**
 * The model process (`model-host.js`, shipped in the VSIX: the extension forks it so
 * llama.cpp's aborts and hangs end that process, not the extension host) and the
 * `gemma-ko-model check FILE` command line (`model-cli.js`, the package's `bin`; not
 * shipped). Both reach node-llama-cpp by a real dynamic import, like the extension.
 * `__dirname` stays Node's (the bundle's folder): that is where the backend looks
 * for model-host.js.
 */
/** @type {import("webpack").Configuration} */
const modelProcessConfig = {
    name: "model-process",
    target: "node20",
    entry: { "model-host": "./models/process/modelHost.ts", "model-cli": "./models/cli.ts" },
    output: {
        path: path.resolve(__dirname, "dist"),
        filename: "[name].js",
        library: { type: "commonjs2" },
        chunkFilename: "[name].model.chunk.js"
    },
    externals: { "node-llama-cpp": "import node-llama-cpp" },
    node: { __dirname: false },
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
        rules: [
            {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: [{ loader: "ts-loader", options: { configFile: "tsconfig.json", transpileOnly: true } }]
            }
        ]
    },
    plugins: [
        new (require("webpack").BannerPlugin)({
            banner: "#!/usr/bin/env node",
            raw: true,
            entryOnly: true,
            include: /model-cli/
        }),
        {
            apply(compiler) {
                compiler.hooks.afterEmit.tap("ExecutableBin", () => {
                    const bin = path.resolve(__dirname, "dist", "model-cli.js");
                    if (require("node:fs").existsSync(bin)) require("node:fs").chmodSync(bin, 0o755);
                });
            }
        }
    ],
    devtool: false,
    performance: { hints: false },
    infrastructureLogging: { level: "warn" }
};

module.exports = [extensionConfig, webviewConfig, safetyCliConfig, modelProcessConfig];

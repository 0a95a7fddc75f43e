// ESLint flat config. Besides the usual TypeScript rules it enforces the design
// card's boundaries: only extension/ may import vscode; webview/ imports only
// itself; safety/ imports nothing of ours; models/ never imports vscode and
// takes only types from safety/.
import tseslint from "typescript-eslint";

const ourFolders = ["extension", "models", "safety", "webview", "test", "bench", "scripts"];
const outside = (...allowed) =>
    ourFolders
        .filter((folder) => !allowed.includes(folder))
        .flatMap((folder) => [`../${folder}`, `../${folder}/*`, `../../${folder}`, `../../${folder}/*`, `../../../${folder}/*`]);

const noVscode = {
    name: "vscode",
    message: "Only extension/ may import vscode: safety/, models/ and webview/ must run without VS Code."
};

export default tseslint.config(
    { ignores: ["node_modules/", "out/", "dist/", "webview/generated/", ".vscode-test/", "test-output/"] },
    ...tseslint.configs.recommended,
    {
        files: ["**/*.ts"],
        rules: {
            "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
            "no-restricted-syntax": [
                "error",
                { selector: "ExportDefaultDeclaration", message: "Named exports only (house style)." },
                {
                    selector: "CallExpression[callee.name='require'][arguments.0.value='node-llama-cpp']",
                    message: "node-llama-cpp is ESM-only: load it with importNodeLlamaCpp() (a real dynamic import)."
                }
            ]
        }
    },
    {
        files: ["safety/**/*.ts"],
        rules: {
            "no-restricted-imports": ["error", { paths: [noVscode], patterns: [{ group: outside("safety"), message: "safety/ imports nothing of ours." }] }]
        }
    },
    {
        files: ["models/**/*.ts"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    paths: [noVscode],
                    patterns: [{ group: outside("models", "safety"), message: "models/ may import only safety/ (types) besides itself." }]
                }
            ]
        }
    },
    {
        files: ["webview/**/*.ts"],
        rules: {
            "no-restricted-imports": ["error", { paths: [noVscode], patterns: [{ group: outside("webview"), message: "webview/ imports only itself." }] }]
        }
    },
    {
        files: ["extension/**/*.ts"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    patterns: [
                        {
                            regex: "webview/(?!protocol$)",
                            message: "extension/ may import only webview/protocol from the panel code."
                        }
                    ]
                }
            ]
        }
    },
    {
        files: ["**/*.js", "**/*.cjs"],
        languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" } },
        rules: { "@typescript-eslint/no-require-imports": "off" }
    },
    {
        files: ["test/**/*.ts", "bench/**/*.ts"],
        rules: { "@typescript-eslint/no-non-null-assertion": "off" }
    }
);

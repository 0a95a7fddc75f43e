// ESLint flat config. Besides the usual TypeScript rules it enforces the design
// card's boundaries: only extension/ may import vscode; webview/ imports only
// itself; safety/ imports nothing of ours; models/ never imports vscode and
// takes only types from safety/.
import tseslint from "typescript-eslint";

const ourFolders = ["extension", "models", "safety", "webview", "test", "bench", "scripts"];
const outside = (...allowed) =>
    ourFolders
        .filter((folder) => !allowed.includes(folder))
        .flatMap((folder) => [
            `../${folder}`,
            `../${folder}/*`,
            `../../${folder}`,
            `../../${folder}/*`,
            `../../../${folder}/*`
        ]);

const noVscode = {
    name: "vscode",
    message: "Only extension/ may import vscode: safety/, models/ and webview/ must run without VS Code."
};

export default tseslint.config(
    { ignores: ["node_modules/", "out/", "dist/", "webview/generated/", ".vscode-test/", "test-output/"] },
    ...tseslint.configs.strictTypeChecked,
    { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
    { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
    {
        files: ["**/*.ts"],
        rules: {
            "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
            "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
            "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
            // vscode.Disposable is a class that VS Code's own API uses as an interface: every
            // `implements vscode.Disposable` object would be flagged where a Disposable is expected.
            "@typescript-eslint/no-unsafe-class-instance-assignment": "off",
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
            "no-restricted-imports": [
                "error",
                {
                    paths: [noVscode],
                    patterns: [{ group: outside("safety"), message: "safety/ imports nothing of ours." }]
                }
            ]
        }
    },
    {
        files: ["models/**/*.ts"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    paths: [noVscode],
                    patterns: [
                        {
                            group: outside("models", "safety"),
                            message: "models/ may import only safety/ (types) besides itself."
                        }
                    ]
                }
            ]
        }
    },
    {
        files: ["webview/**/*.ts"],
        rules: {
            "no-restricted-imports": [
                "error",
                {
                    paths: [noVscode],
                    patterns: [{ group: outside("webview"), message: "webview/ imports only itself." }]
                }
            ]
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
                            regex: "webview/(?!(?:protocol|markdownCore)$)",
                            message:
                                "extension/ may import only webview/protocol and webview/markdownCore from the panel code."
                        }
                    ]
                }
            ]
        }
    },
    {
        files: ["**/*.js", "**/*.cjs"],
        languageOptions: {
            sourceType: "commonjs",
            globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" }
        },
        rules: { "@typescript-eslint/no-require-imports": "off" }
    },
    {
        files: ["test/**/*.ts", "bench/**/*.ts"],
        rules: {
            "@typescript-eslint/no-non-null-assertion": "off",
            // Tests index argv, arrays and parsed JSON whose elements may be missing; without
            // noUncheckedIndexedAccess this rule calls those guards unnecessary.
            "@typescript-eslint/no-unnecessary-condition": "off"
        }
    }
);

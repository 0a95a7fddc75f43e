import * as assert from "node:assert/strict";
import { commentStyleFor, parseDraft, placeDocComment } from "../../extension/docComment/format";

const draft = "두 수를 더한 값을 반환합니다.\n@param a 첫 번째 수\n@param b 두 번째 수\n@returns 두 수의 합";

function apply(source: string, declarationLine: number, languageId: string, name?: string): string {
    const lines = source.split("\n");
    const { line, text } = placeDocComment(lines, declarationLine, languageId, draft, name);
    return [...lines.slice(0, line), ...text.replace(/\n$/, "").split("\n"), ...lines.slice(line)].join("\n");
}

describe("doc comments in each language's convention", () => {
    it("parses the neutral draft format", () => {
        assert.deepEqual(parseDraft(draft), {
            summary: ["두 수를 더한 값을 반환합니다."],
            params: [
                { name: "a", description: "첫 번째 수" },
                { name: "b", description: "두 번째 수" }
            ],
            returns: "두 수의 합"
        });
        assert.deepEqual(parseDraft("요약만 있습니다."), { summary: ["요약만 있습니다."], params: [] });
    });

    it("TypeScript / JavaScript: JSDoc/TSDoc above the declaration, at its indentation", () => {
        assert.equal(
            apply("class M {\n    add(a: number, b: number) {\n        return a + b;\n    }\n}", 1, "typescript"),
            [
                "class M {",
                "    /**",
                "     * 두 수를 더한 값을 반환합니다.",
                "     *",
                "     * @param a 첫 번째 수",
                "     * @param b 두 번째 수",
                "     * @returns 두 수의 합",
                "     */",
                "    add(a: number, b: number) {",
                "        return a + b;",
                "    }",
                "}"
            ].join("\n")
        );
        assert.equal(commentStyleFor("javascriptreact"), "jsdoc");
    });

    it("Python: a Google-style docstring inside the def, after a multi-line signature, at the body's indentation", () => {
        assert.equal(
            apply("def add(\n    a,\n    b,\n):\n    return a + b", 0, "python"),
            [
                "def add(",
                "    a,",
                "    b,",
                "):",
                '    """두 수를 더한 값을 반환합니다.',
                "",
                "    Args:",
                "        a: 첫 번째 수",
                "        b: 두 번째 수",
                "",
                "    Returns:",
                "        두 수의 합",
                '    """',
                "    return a + b"
            ].join("\n")
        );
        const inClass = apply("class M:\n  def add(self, a, b):\n    return a + b", 1, "python").split("\n");
        assert.equal(inClass[2], '    """두 수를 더한 값을 반환합니다.', "follows the file's own indentation");
    });

    it("Java and Kotlin: Javadoc / KDoc with @return", () => {
        const java = apply("public int add(int a, int b) {\n  return a + b;\n}", 0, "java");
        assert.ok(
            java.startsWith(
                "/**\n * 두 수를 더한 값을 반환합니다.\n *\n * @param a 첫 번째 수\n * @param b 두 번째 수\n * @return 두 수의 합\n */\npublic int add"
            )
        );
        assert.ok(
            apply("fun add(a: Int, b: Int) = a + b", 0, "kotlin").includes(" * @return 두 수의 합\n */\nfun add")
        );
    });

    it("Go: // lines above the declaration, starting with the name", () => {
        assert.equal(
            apply("func Add(a, b int) int {\n\treturn a + b\n}", 0, "go", "Add").split("\n").slice(0, 6).join("\n"),
            [
                "// Add 두 수를 더한 값을 반환합니다.",
                "//",
                "//   - a: 첫 번째 수",
                "//   - b: 두 번째 수",
                "//   - 반환: 두 수의 합",
                "func Add(a, b int) int {"
            ].join("\n")
        );
    });

    it("Rust: /// with # Arguments and # Returns", () => {
        const rust = apply("    pub fn add(a: i32, b: i32) -> i32 {\n        a + b\n    }", 0, "rust");
        assert.ok(
            rust.startsWith(
                "    /// 두 수를 더한 값을 반환합니다.\n    ///\n    /// # Arguments\n    ///\n    /// * `a` - 첫 번째 수\n"
            )
        );
        assert.ok(rust.includes("    /// # Returns\n    ///\n    /// 두 수의 합\n    pub fn add"));
    });

    it("C / C++: Doxygen; C#: XML doc comments with escaping", () => {
        assert.ok(apply("int add(int a, int b);", 0, "cpp").includes(" * @return 두 수의 합\n */\nint add"));
        const cs = placeDocComment(
            ["    public int Add(int a, int b) => a + b;"],
            0,
            "csharp",
            "A<B> 비교를 합니다.\n@param a 값 & 기준\n@returns 결과"
        );
        assert.equal(
            cs.text,
            [
                "    /// <summary>",
                "    /// A&lt;B&gt; 비교를 합니다.",
                "    /// </summary>",
                '    /// <param name="a">값 &amp; 기준</param>',
                "    /// <returns>결과</returns>",
                ""
            ].join("\n")
        );
    });

    it("other languages get line comments in their own syntax", () => {
        assert.ok(placeDocComment(["def add(a, b)"], 0, "ruby", "더합니다.").text.startsWith("# 더합니다."));
        assert.ok(placeDocComment(["fn add()"], 0, "swift", "더합니다.").text.startsWith("// 더합니다."));
    });

    it("keeps the file's line endings", () => {
        assert.ok(placeDocComment(["x"], 0, "typescript", "요약", undefined, "\r\n").text.endsWith(" */\r\n"));
    });
});

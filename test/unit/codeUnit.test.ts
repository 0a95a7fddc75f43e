import * as assert from "node:assert/strict";
import { codeUnitsOf, findEnclosingCodeUnit, supportsTextualCodeUnits } from "../../extension/docComment/codeUnit";
import { placeDocComment } from "../../extension/docComment/format";

/** `‸` marks the cursor; it is removed from the text. */
function parse(source: string): { lines: string[]; cursor: { line: number; character: number } } {
    const lines = source.split("\n");
    const line = lines.findIndex((l) => l.includes("‸"));
    assert.ok(line >= 0, "the case needs a cursor mark");
    const character = lines[line].indexOf("‸");
    lines[line] = lines[line].replace("‸", "");
    return { lines, cursor: { line, character } };
}

interface Case {
    what: string;
    language: string;
    source: string;
    /** Expected unit: name, first line, last line (0-based); undefined: no unit. */
    expected: { name: string; start: number; end: number; header?: number } | undefined;
}

const python: Case[] = [
    {
        what: "cursor on a body line after the first statement",
        language: "python",
        source: "def add(a, b):\n    total = a + b\n    ‸return total\n",
        expected: { name: "add", start: 0, end: 2 }
    },
    {
        what: "cursor on the def line",
        language: "python",
        source: "import os\n\ndef ‸add(a, b):\n    return a + b\n",
        expected: { name: "add", start: 2, end: 3 }
    },
    {
        what: "nested function: the inner one",
        language: "python",
        source: "def outer():\n    x = 1\n    def inner(y):\n        return ‸y + x\n    return inner\n",
        expected: { name: "inner", start: 2, end: 3 }
    },
    {
        what: "nested function: after it, back in the outer one",
        language: "python",
        source: "def outer():\n    def inner(y):\n        return y\n    ‸return inner\n",
        expected: { name: "outer", start: 0, end: 3 }
    },
    {
        what: "decorators belong to the unit; the docstring still goes after the def",
        language: "python",
        source: '@app.route(\n    "/x",\n)\n@login_required\ndef view(request):\n    ‸return render(request)\n',
        expected: { name: "view", start: 0, end: 5, header: 4 }
    },
    {
        what: "multi-line signature, cursor in the parameters",
        language: "python",
        source: "def connect(\n    host,\n    ‸port=5432,\n) -> Connection:\n    return Connection(host, port)\n",
        expected: { name: "connect", start: 0, end: 4 }
    },
    {
        what: "a method inside a class: the method, not the class",
        language: "python",
        source: "class Account:\n    def __init__(self):\n        self.balance = 0\n\n    def deposit(self, amount):\n        ‸self.balance += amount\n",
        expected: { name: "deposit", start: 4, end: 5 }
    },
    {
        what: "a class attribute line: the class",
        language: "python",
        source: "class Config:\n    ‸debug = False\n\n    def load(self):\n        pass\n",
        expected: { name: "Config", start: 0, end: 4 }
    },
    {
        what: "a blank line between two functions: the one below",
        language: "python",
        source: "def a():\n    return 1\n‸\n\ndef b():\n    return 2\n",
        expected: { name: "b", start: 4, end: 5 }
    },
    {
        what: "a string with a dedented 'def' inside a triple-quoted literal is not a unit",
        language: "python",
        source: 'def template():\n    text = """\ndef fake():\n    pass\n"""\n    ‸return text\n',
        expected: { name: "template", start: 0, end: 5 }
    },
    {
        what: "top-level code after the functions: no unit",
        language: "python",
        source: "def a():\n    return 1\n\n‸print(a())\n",
        expected: undefined
    },
    {
        what: "async def with a dedented comment inside the body",
        language: "python",
        source: "async def fetch(url):\n    data = await get(url)\n# note\n    ‸return data\n\nx = 1\n",
        expected: { name: "fetch", start: 0, end: 3 }
    }
];

const ruby: Case[] = [
    {
        what: "a method body with an if block",
        language: "ruby",
        source: "class Greeter\n  def greet(name)\n    if name.empty?\n      return 'nobody'\n    end\n    ‸\"Hello #{name}\"\n  end\nend\n",
        expected: { name: "greet", start: 1, end: 6 }
    },
    {
        what: "a do block inside the method, and 'end' in a string",
        language: "ruby",
        source: "def total(items)\n  items.each do |i|\n    puts 'the end'\n  end\n  ‸items.sum\nend\n",
        expected: { name: "total", start: 0, end: 5 }
    },
    {
        what: "a class body outside any method",
        language: "ruby",
        source: "module Shop\n  class Cart\n    ‸attr_reader :items\n    def add(x) = items << x\n  end\nend\n",
        expected: { name: "Cart", start: 1, end: 4 }
    },
    {
        what: "a modifier if does not open a block",
        language: "ruby",
        source: "def check(x)\n  return false if x.nil?\n  ‸x > 0\nend\n\ndef other\nend\n",
        expected: { name: "check", start: 0, end: 3 }
    },
    {
        what: "self methods and a value-assigned case",
        language: "ruby",
        source: "class T\n  def self.kind(v)\n    label = case v\n            when 1 then 'one'\n            end\n    ‸label\n  end\nend\n",
        expected: { name: "kind", start: 1, end: 6 }
    }
];

const braces: Case[] = [
    {
        what: "Go: the first func, after only `package main` and a blank line (no `;` or `}` before it)",
        language: "go",
        source: "package main\n\nfunc AddNumbers(a int, b int) int {\n\ttotal := ‸a + b\n\treturn total\n}\n",
        expected: { name: "AddNumbers", start: 2, end: 5 }
    },
    {
        what: "Kotlin: the first fun after a package line and a doc comment",
        language: "kotlin",
        source: "package calc\n\n/** 더합니다. */\nfun add(a: Int, b: Int): Int {\n    return ‸a + b\n}\n",
        expected: { name: "add", start: 3, end: 5 }
    },
    {
        what: "a method, not its class",
        language: "typescript",
        source: "export class Calc {\n    add(a: number, b: number): number {\n        ‸return a + b;\n    }\n}\n",
        expected: { name: "add", start: 1, end: 3 }
    },
    {
        what: "braces inside strings, template literals and comments do not count",
        language: "typescript",
        source: 'function render(x: string) {\n    const a = "}";\n    const b = `{${x}`;\n    // }\n    /* { */\n    ‸return a + b;\n}\n',
        expected: { name: "render", start: 0, end: 6 }
    },
    {
        what: "an arrow function assigned to a name; callbacks inside are not units",
        language: "javascript",
        source: "const sum = (xs) => {\n    return xs.reduce((a, b) => {\n        ‸return a + b;\n    }, 0);\n};\n",
        expected: { name: "sum", start: 0, end: 4 }
    },
    {
        what: "a decorator above the method is part of the unit",
        language: "typescript",
        source: "class A {\n    @Input({ required: true })\n    set value(v: string) {\n        ‸this.v = v;\n    }\n}\n",
        expected: { name: "value", start: 1, end: 4, header: 2 }
    },
    {
        what: "annotation and multi-line signature; if/else blocks are not units",
        language: "java",
        source: "public class Bank {\n    @Override\n    public int transfer(\n            int from,\n            int to) throws IOException {\n        if (from == to) {\n            return 0;\n        } else {\n            ‸return 1;\n        }\n    }\n}\n",
        expected: { name: "transfer", start: 1, end: 10, header: 2 }
    },
    {
        what: "a method with a receiver; a char literal '{'",
        language: "go",
        source: "func (s *Server) Handle(w http.ResponseWriter) {\n\tc := '{'\n\t‸fmt.Println(c)\n}\n",
        expected: { name: "Handle", start: 0, end: 3 }
    },
    {
        what: "lifetimes are not char literals; attributes belong to the unit",
        language: "rust",
        source: "#[inline]\npub fn first<'a>(s: &'a str) -> &'a str {\n    let b = \"{\";\n    ‸&s[..1]\n}\n",
        expected: { name: "first", start: 0, end: 4, header: 1 }
    },
    {
        what: "verbatim string with a brace, attribute above",
        language: "csharp",
        source: 'public class P {\n    [HttpGet]\n    public async Task<int> Get() {\n        var s = @"c:\\{";\n        ‸return 1;\n    }\n}\n',
        expected: { name: "Get", start: 1, end: 5, header: 2 }
    },
    {
        what: "a constructor with an initializer list",
        language: "cpp",
        source: "Point::Point(int x, int y)\n    : x_(x), y_(y) {\n    ‸check();\n}\n",
        expected: { name: "Point", start: 0, end: 3 }
    },
    {
        what: "a '#' comment with a brace",
        language: "php",
        source: '<?php\nfunction greet($name) {\n    # {\n    ‸return "Hi $name";\n}\n',
        expected: { name: "greet", start: 1, end: 4 }
    },
    {
        what: "cursor on the header line",
        language: "c",
        source: "static int ‸max(int a, int b) {\n    return a > b ? a : b;\n}\n",
        expected: { name: "max", start: 0, end: 2 }
    },
    {
        what: "a blank line between two functions: the one below",
        language: "typescript",
        source: "function a() {\n    return 1;\n}\n‸\n/** existing */\nfunction b() {\n    return 2;\n}\n",
        expected: { name: "b", start: 5, end: 7 }
    },
    {
        what: "top-level statement: no unit",
        language: "javascript",
        source: "function a() {\n    return 1;\n}\n‸console.log(a());\n",
        expected: undefined
    },
    {
        what: "an object literal and a for loop are not units",
        language: "javascript",
        source: "function build() {\n    const o = {\n        k: 1,\n    };\n    for (let i = 0; i < 3; i++) {\n        ‸o.k += i;\n    }\n}\n",
        expected: { name: "build", start: 0, end: 7 }
    },
    {
        what: "a Go raw string with braces across lines",
        language: "go",
        source: "func tmpl() string {\n\ts := `{\n{{.Name}}\n`\n\t‸return s\n}\n",
        expected: { name: "tmpl", start: 0, end: 5 }
    },
    {
        what: "cursor on the closing brace",
        language: "typescript",
        source: "function a() {\n    return 1;\n‸}\n",
        expected: { name: "a", start: 0, end: 2 }
    },
    {
        what: "a static method and a getter in a class",
        language: "javascript",
        source: "class Store {\n    static create() {\n        return new Store();\n    }\n    get size() {\n        ‸return 0;\n    }\n}\n",
        expected: { name: "size", start: 4, end: 6 }
    },
    {
        what: "Kotlin: a fun inside a class",
        language: "kotlin",
        source: "class Repo(val db: Db) {\n    fun find(id: Int): User? {\n        ‸return db.get(id)\n    }\n}\n",
        expected: { name: "find", start: 1, end: 3 }
    },
    {
        what: "C#: a property body is not a method; the class is the unit",
        language: "csharp",
        source: "public class P {\n    public int X {\n        ‸get { return 1; }\n    }\n}\n",
        expected: { name: "P", start: 0, end: 4 }
    }
];

const pythonMore: Case[] = [
    {
        what: "a lambda assignment is not a unit; the enclosing class is",
        language: "python",
        source: "class Rules:\n    ‸check = lambda self, x: x > 0\n",
        expected: { name: "Rules", start: 0, end: 1 }
    },
    {
        what: "a one-line def",
        language: "python",
        source: "def one(): ‸return 1\ndef two():\n    return 2\n",
        expected: { name: "one", start: 0, end: 0 }
    },
    {
        what: "a parenthesised continuation at column 0 stays in the body",
        language: "python",
        source: "def total(xs):\n    value = sum(\nxs)\n    ‸return value\n",
        expected: { name: "total", start: 0, end: 3 }
    }
];

describe("the code unit around the cursor, without a symbol provider", () => {
    for (const c of [...python, ...pythonMore, ...ruby, ...braces]) {
        it(`${c.language}: ${c.what}`, () => {
            const { lines, cursor } = parse(c.source);
            const unit = findEnclosingCodeUnit(lines, cursor, c.language);
            if (c.expected === undefined) {
                assert.equal(unit, undefined, JSON.stringify(unit));
                return;
            }
            assert.ok(unit !== undefined, "a unit is found");
            assert.deepEqual(
                { name: unit.name, start: unit.startLine, end: unit.endLine },
                { name: c.expected.name, start: c.expected.start, end: c.expected.end }
            );
            assert.equal(unit.headerLine, c.expected.header ?? c.expected.start, "header line");
        });
    }

    it("Python: the docstring lands inside the enclosing def, never after its return", () => {
        const { lines, cursor } = parse("def add(a, b):\n    total = a + b\n    ‸return total\n");
        const unit = findEnclosingCodeUnit(lines, cursor, "python")!;
        const placed = placeDocComment(lines, unit.anchorLine, "python", "두 수를 더합니다.");
        assert.equal(placed.line, 1, "right after the signature");
        assert.match(placed.text, /^ {4}"""두 수를 더합니다\."""/);
    });

    it("Python with a decorator: the anchor is the def, so the docstring follows the signature", () => {
        const { lines, cursor } = parse("@cached\ndef f(x):\n    ‸return x\n");
        const unit = findEnclosingCodeUnit(lines, cursor, "python")!;
        assert.equal(unit.anchorLine, 1);
        assert.equal(placeDocComment(lines, unit.anchorLine, "python", "요약").line, 2);
    });

    it("Java: the comment lands above the annotation", () => {
        const { lines, cursor } = parse("class A {\n    @Test\n    void f() {\n        ‸run();\n    }\n}\n");
        const unit = findEnclosingCodeUnit(lines, cursor, "java")!;
        const placed = placeDocComment(lines, unit.anchorLine, "java", "요약");
        assert.equal(placed.line, 1);
        assert.match(placed.text, /^ {4}\/\*\*/);
    });

    it("lists every unit of a file, outer before inner", () => {
        const units = codeUnitsOf(["class A:", "    def f(self):", "        pass", "def g():", "    pass"], "python");
        assert.deepEqual(
            units.map((u) => [u.name, u.kind]),
            [
                ["A", "class"],
                ["f", "function"],
                ["g", "function"]
            ]
        );
    });

    it("says which languages it can read; others get no unit", () => {
        assert.ok(
            supportsTextualCodeUnits("python") && supportsTextualCodeUnits("ruby") && supportsTextualCodeUnits("go")
        );
        assert.ok(!supportsTextualCodeUnits("markdown"));
        assert.equal(findEnclosingCodeUnit(["# Title", "text"], { line: 1, character: 0 }, "markdown"), undefined);
    });
});

import * as assert from "node:assert/strict";
import {
    commentAtEnd,
    commentSite,
    commentSyntaxFor,
    syntaxFromLanguageConfiguration,
    syntaxFromLanguageConfigurationText,
    type CommentSite
} from "../../extension/inline/commentScan";
import { AdaptiveDebounce } from "../../extension/inline/debounce";
import { InlineEngine } from "../../extension/inline/inlineEngine";
import { withoutOpenValue } from "../../extension/inline/suggestionText";
import {
    buildInlinePrompt,
    defaultInlineLimits,
    suggestionEnd,
    windowAbove,
    withoutRepeatedStart,
    type InlinePrompt
} from "../../extension/inline/inlinePrompt";
import { SuggestionCache } from "../../extension/inline/suggestionCache";
import { SafetyFilter } from "../../safety/filter";
import { fakeGenerate } from "../support/fakeGenerate";

/** The comment at the end of `before` in `languageId`, or undefined. */
function at(languageId: string, before: string) {
    const syntax = commentSyntaxFor(languageId);
    assert.ok(syntax, languageId);
    return commentAtEnd(before, syntax);
}

function site(languageId: string, before: string, after = ""): CommentSite {
    const result = commentSite(before, after, commentSyntaxFor(languageId));
    assert.equal(typeof result, "object", `no site: ${JSON.stringify(result)}`);
    return result as CommentSite;
}

describe("Inline suggestions: is the cursor in a comment (per language)", () => {
    const inComment: Array<[string, string, "line" | "block" | "docstring"]> = [
        ["typescript", "const x = 1;\n// 이 함수는", "line"],
        ["typescript", "/**\n * 설정을 읽어", "block"],
        ["javascript", "const url = 'http://x'; // 주소", "line"],
        ["javascript", "const t = `a\n// 아님\n`; // 진짜 주석", "line"],
        ["python", "def f():\n    # 합계를", "line"],
        ["python", 'def f():\n    """합계를 구', "docstring"],
        ["python", "def f():\n    '''합계를 구", "docstring"],
        ["python", 's = "# 아님"  # 진짜', "line"],
        ["go", "x := `// 아님`\n// 진짜", "line"],
        ["go", "/* 블록", "block"],
        ["rust", "fn f<'a>(x: &'a str) { // 수명", "line"],
        ["rust", "/// 문서 주석", "line"],
        ["rust", "/* 바깥 /* 안쪽 */ 아직 바깥", "block"],
        ["java", "char c = '\"'; // 따옴표", "line"],
        ["c", "int a = '/'; /* 나눗셈", "block"],
        ["cpp", 'auto s = "/* 아님 */"; // 진짜', "line"],
        ["csharp", "/// <summary>요약", "line"],
        ["ruby", "def f\n  # 합계", "line"],
        ["ruby", "=begin\n여러 줄", "block"],
        ["lua", "--[[ 블록", "block"],
        ["lua", "-- 한 줄", "line"],
        ["shellscript", "echo hi # 인사", "line"]
    ];
    for (const [language, before, kind] of inComment) {
        it(`${language}: ${JSON.stringify(before.split("\n").pop())} is in a ${kind} comment`, () => {
            assert.equal(at(language, before)?.kind, kind);
        });
    }

    const notInComment: Array<[string, string]> = [
        ["typescript", "const s = '// 아님"],
        ["typescript", "/* 닫힌 주석 */ const x ="],
        ["typescript", "// 지난 줄\nconst x ="],
        ["javascript", "const t = `여러 줄\n// 템플릿 안"],
        ["python", 'x = """문자열 안'],
        ["python", "s = '# 아님"],
        ["python", 'def f():\n    """문서."""\n    return'],
        ["go", "s := `raw\n// 안"],
        ["rust", "/* 바깥 /* 안쪽 */ 바깥 */ let x ="],
        ["java", 'String s = "// 아님'],
        ["ruby", "=begin\n여러 줄\n=end\nx = 1"],
        ["c", "#include <stdio.h>"]
    ];
    for (const [language, before] of notInComment) {
        it(`${language}: ${JSON.stringify(before.split("\n").pop())} is not in a comment`, () => {
            assert.equal(at(language, before), undefined);
        });
    }

    it("a line comment's text is what follows its marker; a block's line drops the leading *", () => {
        assert.equal(site("typescript", "// 이 함수는").lineText, " 이 함수는");
        assert.equal(site("typescript", "/**\n * 설정을 읽어").lineText, "설정을 읽어");
        assert.equal(site("python", "# 합계").comment.open, "#");
    });

    it("suggests only at the end of the comment's text on the line, before at most its closing marker", () => {
        assert.equal(commentSite("// 이 함수는", " 두 수를", commentSyntaxFor("typescript")), "notAtLineEnd");
        assert.equal(site("typescript", "/* 이 함수는", " */\nfunction f() {}").comment.close, "*/");
        assert.equal(site("python", '"""이 함수는', '"""').comment.kind, "docstring");
        assert.equal(typeof commentSite("// 이 함수는", "   \nnext", commentSyntaxFor("go")), "object");
    });

    it("an English comment, code, an unknown language, or a sentence's last mark gets nothing", () => {
        assert.equal(commentSite("// returns the", "", commentSyntaxFor("typescript")), "noKorean");
        assert.equal(commentSite("const 이름 = 1", "", commentSyntaxFor("typescript")), "notInComment");
        assert.equal(commentSite("// 이름", "", undefined), "unknownLanguage");
        assert.equal(commentSite("// 두 수를 더합니다.", "", commentSyntaxFor("go")), "sentenceEnded");
        assert.equal(typeof commentSite("// 두 수를 더합니다. ", "", commentSyntaxFor("go")), "object");
    });

    it("reads markers from a language configuration's comments", () => {
        const syntax = syntaxFromLanguageConfiguration({ lineComment: ";", blockComment: ["#|", "|#"] });
        assert.ok(syntax);
        assert.equal(commentAtEnd("(defun f) ; 함수", syntax)?.kind, "line");
        assert.equal(commentAtEnd("#| 블록", syntax)?.kind, "block");
        assert.equal(syntaxFromLanguageConfiguration({}), undefined);
        const fromFile = syntaxFromLanguageConfigurationText(
            '{\n  // comments\n  "comments": { "lineComment": "%", "blockComment": ["%{", "%}"], }, /* x */ "brackets": [["(", ")"],],\n}'
        );
        assert.deepEqual(fromFile?.line, ["%"]);
        assert.deepEqual(fromFile?.block, [["%{", "%}"]]);
        assert.equal(syntaxFromLanguageConfigurationText("not json"), undefined);
    });

    it("scans a large file in a few milliseconds, and only its last part", () => {
        const big = "const x = 1; // 설명\n".repeat(50_000) + "// 끝에서";
        const started = performance.now();
        assert.equal(at("typescript", big)?.kind, "line");
        assert.ok(performance.now() - started < 500);
    });
});

/** A document as the prompt builder reads it. */
function doc(text: string, style: "formal" | "polite" | "plain" = "formal", languageId = "typescript") {
    const lines = text.split("\n");
    const cursorLine = lines.findIndex((line) => line.includes("|"));
    const character = lines[cursorLine].indexOf("|");
    lines[cursorLine] = lines[cursorLine].replace("|", "");
    const before = [...lines.slice(0, cursorLine), lines[cursorLine].slice(0, character)].join("\n");
    const found = commentAtEnd(before, commentSyntaxFor(languageId) ?? { line: [], block: [], quotes: [] });
    assert.ok(found, "the cursor is in a comment");
    return {
        languageId,
        lineCount: lines.length,
        lineAt: (line: number) => lines[line],
        line: cursorLine,
        character,
        comment: found,
        style
    };
}

describe("Inline suggestions: the prompt", () => {
    const source =
        "import { x } from 'y';\n\n// 이 함수는|\nfunction add(a: number, b: number) {\n    return a + b;\n}\n";

    it("ends exactly at the cursor, with the code below before it and a preface in the speech style", () => {
        const { prompt, stop } = buildInlinePrompt(doc(source, "polite"));
        assert.ok(prompt.endsWith("import { x } from 'y';\n\n// 이 함수는"), prompt);
        assert.ok(prompt.startsWith("다음은 typescript 소스 파일이에요. 주석은 한국어 해요체로"), prompt);
        assert.ok(prompt.indexOf("function add") < prompt.indexOf("import { x }"), "the code below comes first");
        assert.deepEqual(stop, ["\n"]);
        assert.ok(buildInlinePrompt(doc(source, "plain")).prompt.includes("평서체"));
    });

    it("typing on the line extends the prompt (the cache and the KV state can reuse it)", () => {
        const one = buildInlinePrompt(doc(source)).prompt;
        const two = buildInlinePrompt(doc(source.replace("이 함수는|", "이 함수는 두|"))).prompt;
        assert.ok(two.startsWith(one));
        assert.equal(two.slice(one.length), " 두");
    });

    it("the window of lines above moves only every few lines, so Enter in a block comment keeps the prefix", () => {
        const lines = Array.from({ length: 200 }, (_, i) => `line ${i}`);
        const firsts = new Set<number>();
        for (let line = 100; line < 107; line++)
            firsts.add(windowAbove({ line, lineAt: (n) => lines[n] }, defaultInlineLimits));
        assert.ok(firsts.size <= 2, [...firsts].join(","));
        for (const first of firsts) assert.equal(first % defaultInlineLimits.anchorLines, 0);
    });

    it("is bounded above and below in a large file", () => {
        const big = Array.from({ length: 3000 }, (_, i) => `const v${i} = ${i}; // 값 ${i}`);
        big[1500] = "// 이 값은|";
        const { prompt } = buildInlinePrompt(doc(big.join("\n")));
        assert.ok(
            prompt.length < 300 + defaultInlineLimits.aboveChars + defaultInlineLimits.belowChars,
            String(prompt.length)
        );
        assert.ok(prompt.includes("v1501") && prompt.includes("v1499") && !prompt.includes("v100;"));
    });

    it("a block comment stops at its closing marker too; a file's control tokens cannot end the prompt", () => {
        const built = buildInlinePrompt(doc("/* 이 값은| */\nconst x = '<end_of_turn>';"));
        assert.deepEqual(built.stop, ["\n", "*/"]);
        assert.equal(built.close, "*/");
        assert.ok(!built.prompt.includes("<end_of_turn>"));
        assert.equal(buildInlinePrompt(doc('def f():\n    """합계를|', "formal", "python")).close, '"""');
    });

    it("a suggestion ends at the line's end, the closing marker, or the first sentence end", () => {
        assert.deepEqual(suggestionEnd(" 두 수를 더합니다.\n// 다음", undefined, false), {
            text: " 두 수를 더합니다.",
            complete: true
        });
        assert.deepEqual(suggestionEnd(" 두 수를 더합니다. 그리고", undefined, false), {
            text: " 두 수를 더합니다.",
            complete: true
        });
        assert.deepEqual(suggestionEnd(" 값입니다 */ x", "*/", false), { text: " 값입니다", complete: true });
        assert.deepEqual(suggestionEnd(" 버전 1.5를", undefined, false), { text: " 버전 1.5를", complete: false });
        assert.deepEqual(suggestionEnd(" 반환합니다.", undefined, false), { text: " 반환합니다.", complete: false });
        assert.deepEqual(suggestionEnd(" 반환합니다.", undefined, true), { text: " 반환합니다.", complete: true });
    });

    it("drops the start of a suggestion that repeats the words typed on the comment line", () => {
        // A base model asked to go on from "// 이 함수는 " writes "이 함수는" again (seen from outside).
        assert.equal(
            withoutRepeatedStart("이 함수는 입력된 배열을 정렬합니다.", "// 이 함수는 "),
            "입력된 배열을 정렬합니다."
        );
        assert.equal(withoutRepeatedStart(" 이 함수는 입력된 배열을", "// 이 함수는"), " 입력된 배열을");
        // The last typed words only; Python, block and doc comments.
        assert.equal(
            withoutRepeatedStart("함수는 값을 반환합니다.", "# 정렬된 배열에서 이 함수는 "),
            "값을 반환합니다."
        );
        assert.equal(withoutRepeatedStart("값을 더합니다", "    /** 값을 더합니다"), "");
        // Not a repeat: another word that starts the same, one character, nothing typed.
        assert.equal(withoutRepeatedStart("이 함수는데 문제가", "// 이 함수는"), "이 함수는데 문제가");
        assert.equal(withoutRepeatedStart("이 값을", "// 이 "), "이 값을");
        assert.equal(withoutRepeatedStart(" 두 수를 더합니다.", "// "), " 두 수를 더합니다.");
        assert.equal(withoutRepeatedStart(" 두 수를 더합니다.", "// 이 함수는"), " 두 수를 더합니다.");
    });
});

describe("Inline suggestions: the cache", () => {
    it("serves the same prompt, and a prompt that adds characters of the suggestion", () => {
        const cache = new SuggestionCache();
        cache.set("P", { text: " 두 수를 더합니다.", blocked: false });
        assert.deepEqual(cache.get("P"), {
            text: " 두 수를 더합니다.",
            blocked: false,
            partial: false,
            kind: "exact",
            replace: 0
        });
        assert.deepEqual(cache.get("P 두 수"), {
            text: "를 더합니다.",
            blocked: false,
            partial: false,
            kind: "typedAhead",
            replace: 0
        });
        assert.equal(cache.get("P 세"), undefined, "typed something else");
        assert.equal(cache.get("P 두 수를 더합니다."), undefined, "typed all of it: ask for what comes next");
        assert.equal(cache.get("Q"), undefined);
    });

    it("remembers a block for its own prompt only, and drops the least recently used", () => {
        const cache = new SuggestionCache(2);
        cache.set("A", { text: "", blocked: true });
        assert.equal(cache.get("A")?.blocked, true);
        assert.equal(cache.get("A가"), undefined);
        cache.set("B", { text: "나", blocked: false });
        cache.get("A");
        cache.set("C", { text: "다", blocked: false });
        assert.equal(cache.size, 2);
        assert.equal(cache.get("B"), undefined, "B was the least recently used");
        assert.ok(cache.get("A") && cache.get("C"));
    });
});

describe("Inline suggestions: the adaptive debounce", () => {
    it("waits the setting at first, a little longer than the user's rhythm later, and never past the cap", () => {
        const debounce = new AdaptiveDebounce({ baseMs: 100 });
        assert.equal(debounce.delayMs, 100);
        for (let t = 0; t < 2000; t += 200) debounce.keystroke(t);
        assert.ok(debounce.delayMs > 250 && debounce.delayMs <= 550, String(debounce.delayMs));
        const fast = new AdaptiveDebounce({ baseMs: 100 });
        for (let t = 0; t < 1000; t += 40) fast.keystroke(t);
        assert.equal(fast.delayMs, 100, "a fast typist waits the setting");
        fast.keystroke(5000); // a pause is not rhythm
        assert.equal(fast.delayMs, 100);
        fast.modelLatency(2000);
        assert.equal(fast.delayMs, 400, "a slow model waits longer");
        assert.equal(new AdaptiveDebounce({ baseMs: 0 }).delayMs, 0);
    });
});

/** An engine on a fake model; the early show is off unless `showAfterMs` is given (its own tests below). */
function engine(pieces: readonly string[], stepMs = 0, budgetMs = 2000, promptMs = 0, showAfterMs = Infinity) {
    const fake = fakeGenerate(pieces, stepMs, promptMs);
    const inline = new InlineEngine({
        generate: fake.generate,
        createFilter: () => Promise.resolve(new SafetyFilter()),
        debounceMs: 0,
        budgetMs,
        showAfterMs
    });
    return { inline, calls: fake.calls };
}

const prompt = (text: string): InlinePrompt => ({ prompt: text, stop: ["\n"], maxTokens: 32 });
const live = () => new AbortController().signal;

describe("Inline suggestions: one suggestion through the model and the safety filter", () => {
    it("shows the model's continuation redacted, up to its sentence end, and stops generating there", async () => {
        const { inline, calls } = engine([" 연락처는 ", "010-2345-", "6789", "입니다.", " 그리고", " 더", " 길게"]);
        const suggestion = await inline.suggest(prompt("// 담당자"), live());
        assert.deepEqual(suggestion, { text: " 연락처는 [전화번호]입니다.", source: "model" });
        assert.equal(calls.length, 1);
        assert.equal(calls[0].temperature, 0);
        assert.ok(calls[0].signal?.aborted, "generation was stopped once the sentence ended");
    });

    it("typing characters of the suggestion keeps it without a new model request", async () => {
        const { inline, calls } = engine([" 두 수를 ", "더합니다."]);
        await inline.suggest(prompt("// 이 함수는"), live());
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는 두"), live()), {
            text: " 수를 더합니다.",
            source: "cache"
        });
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는 두 수"), live()), {
            text: "를 더합니다.",
            source: "cache"
        });
        assert.equal(calls.length, 1);
        assert.equal(inline.stats.cacheHits, 2);
    });

    it("a cancellation while the model generates aborts the request and shows nothing", async () => {
        const { inline, calls } = engine(
            Array.from({ length: 200 }, (_, i) => `조각${i} `),
            5
        );
        const controller = new AbortController();
        const pending = inline.suggest(prompt("// 긴"), controller.signal);
        await new Promise((resolve) => setTimeout(resolve, 30));
        controller.abort();
        assert.deepEqual(await pending, { text: undefined, reason: "cancelled" });
        // It runs on briefly for a next call that types along it; none comes, so it stops.
        await new Promise((resolve) => setTimeout(resolve, inline.keepRunningMs + 50));
        assert.equal(inline.stats.aborted, 1);
        assert.ok(calls[0].signal?.aborted);
        assert.equal(inline.cache.size, 0, "a cancelled request is not remembered");
    });

    it("a cancellation during the debounce sends no request at all", async () => {
        const fake = fakeGenerate(["가"]);
        const inline = new InlineEngine({
            generate: fake.generate,
            createFilter: () => Promise.resolve(new SafetyFilter()),
            debounceMs: 200
        });
        const controller = new AbortController();
        const pending = inline.suggest(prompt("// 가"), controller.signal);
        controller.abort();
        assert.deepEqual(await pending, { text: undefined, reason: "cancelled" });
        assert.equal(fake.calls.length, 0);
        assert.equal(inline.stats.debounced, 1);
    });

    it("a suggestion the filter blocks is dropped silently and not asked for again", async () => {
        const { inline, calls } = engine([" 너를 죽여", "버리겠다. ", "계속"]);
        assert.deepEqual(await inline.suggest(prompt("// 이 코드는"), live()), { text: undefined, reason: "blocked" });
        assert.deepEqual(await inline.suggest(prompt("// 이 코드는"), live()), { text: undefined, reason: "blocked" });
        assert.equal(calls.length, 1);
        assert.equal(inline.stats.blocked, 1);
    });

    it("the budget runs from the model's first text: a slow prompt evaluation is not thrown away", async () => {
        const { inline } = engine([" 두 수를 ", "더합니다."], 0, 100, 300);
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live()), {
            text: " 두 수를 더합니다.",
            source: "model"
        });
        assert.equal(inline.stats.budgetCuts, 0);
    });

    it("no text within the wait limit: nothing shown and nothing remembered, so the next call asks again", async () => {
        const fake = fakeGenerate([" 두 수를 ", "더합니다."], 0, 200);
        const inline = new InlineEngine({
            generate: fake.generate,
            createFilter: () => Promise.resolve(new SafetyFilter()),
            debounceMs: 0,
            maxWaitMs: 50
        });
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live()), { text: undefined, reason: "timedOut" });
        assert.equal(inline.cache.size, 0, "a stalled request is not remembered as an empty answer");
        inline.maxWaitMs = 5_000;
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live()), {
            text: " 두 수를 더합니다.",
            source: "model"
        });
        assert.equal(fake.calls.length, 2);
    });

    it("an explicit request (Alt+\\) asks again after an empty or cut-short answer, not after a block", async () => {
        const empty = engine([]);
        assert.deepEqual(await empty.inline.suggest(prompt("// 빈"), live()), { text: undefined, reason: "empty" });
        assert.deepEqual(await empty.inline.suggest(prompt("// 빈"), live()), { text: undefined, reason: "empty" });
        assert.equal(empty.calls.length, 1, "typing on: the empty answer is remembered");
        await empty.inline.suggest(prompt("// 빈"), live(), { explicit: true });
        assert.equal(empty.calls.length, 2, "asked for: the model is asked again");

        const cut = engine([" 설정 ", "파일을 ", "읽어 ", "검증", "된 ", "설정을 ", "돌려줍니다."], 40, 100);
        const first = await cut.inline.suggest(prompt("// 이 함수는"), live());
        assert.equal(cut.inline.stats.budgetCuts, 1, JSON.stringify(first));
        await cut.inline.suggest(prompt("// 이 함수는"), live());
        assert.equal(cut.calls.length, 1);
        cut.inline.budgetMs = 5_000;
        assert.deepEqual(await cut.inline.suggest(prompt("// 이 함수는"), live(), { explicit: true }), {
            text: " 설정 파일을 읽어 검증된 설정을 돌려줍니다.",
            source: "model"
        });

        const blocked = engine([" 너를 죽여", "버리겠다. "]);
        await blocked.inline.suggest(prompt("// 이 코드는"), live());
        assert.deepEqual(await blocked.inline.suggest(prompt("// 이 코드는"), live(), { explicit: true }), {
            text: undefined,
            reason: "blocked"
        });
        assert.equal(blocked.calls.length, 1);
    });

    it("a lone jamo (a syllable still being composed) sends no request; a whole syllable does", async () => {
        const { inline, calls } = engine([" 정을 읽습니다."]);
        for (const jamo of ["ㅅ", "ㅓ", "\u1109", "\u11AF"])
            assert.deepEqual(await inline.suggest(prompt(`// 설${jamo}`), live()), {
                text: undefined,
                reason: "composing"
            });
        assert.equal(calls.length, 0);
        assert.equal(inline.stats.composing, 4);
        assert.deepEqual(await inline.suggest(prompt("// 설"), live()), { text: " 정을 읽습니다.", source: "model" });
        // Alt+\ is asked for: it is answered even at a jamo.
        await inline.suggest(prompt("// 설ㅈ"), live(), { explicit: true });
        assert.equal(calls.length, 2);
    });

    it("an explicit request is not debounced", async () => {
        const fake = fakeGenerate([" 가나다."]);
        const inline = new InlineEngine({
            generate: fake.generate,
            createFilter: () => Promise.resolve(new SafetyFilter()),
            debounceMs: 10_000
        });
        assert.deepEqual(await inline.suggest(prompt("// 가"), live(), { explicit: true }), {
            text: " 가나다.",
            source: "model"
        });
    });

    it("after the time budget, whatever has arrived is shown, up to its last whole word", async () => {
        const { inline } = engine(
            [" 설정 ", "파일을 ", "읽어 ", "검증", "된 ", "설정을 ", "돌려줍니다."],
            40,
            150,
            200
        );
        const suggestion = await inline.suggest(prompt("// 이 함수는"), live());
        assert.ok(suggestion.text !== undefined && " 설정 파일을 읽어 검증된 설정을".startsWith(suggestion.text));
        assert.ok(!suggestion.text.endsWith(" ") && suggestion.text.length >= 3, JSON.stringify(suggestion.text));
        assert.equal(inline.stats.budgetCuts, 1);
    });

    it("ghost text is due soon after the keystroke: the first whole words are shown, the rest finished in the background", async () => {
        const pieces = [" 설정 ", "파일을 ", "읽어 ", "검증", "된 ", "설정을 ", "돌려줍니다.", " 그리고"];
        const { inline, calls } = engine(pieces, 40, 5_000, 0, 100);
        const started = performance.now();
        const first = await inline.suggest(prompt("// 이 함수는"), live());
        const shownAfter = performance.now() - started;
        assert.ok(first.text !== undefined && first.text.length > 0, JSON.stringify(first));
        assert.ok(" 설정 파일을 읽어 검증된 설정을 돌려줍니다.".startsWith(first.text), first.text);
        assert.ok(shownAfter < 250, `shown after ${shownAfter.toFixed(0)} ms, not at the end (~280 ms)`);
        assert.equal(inline.stats.earlyShows, 1);
        // The user's cancel after the show does not stop the rest.
        await new Promise((resolve) => setTimeout(resolve, 400));
        const whole = inline.cache.get("// 이 함수는");
        assert.ok(whole !== undefined && !whole.partial, "finished in the background, for the cache");
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live(), { explicit: true }), {
            text: " 설정 파일을 읽어 검증된 설정을 돌려줍니다.",
            source: "cache"
        });
        assert.equal(calls.length, 1);
        assert.ok(calls[0].signal?.aborted, "generation stopped at the sentence end");
    });

    it("Tab on the first words, or Alt+\\ on them, while the rest is still being written: it is waited for, not asked again", async () => {
        const pieces = [" 설정 ", "파일을 ", "읽어 ", "검증", "된 ", "설정을 ", "돌려줍니다.", " 그리고"];
        const { inline, calls } = engine(pieces, 40, 5_000, 0, 100);
        const first = await inline.suggest(prompt("// 이 함수는"), live());
        assert.ok(first.text !== undefined && first.text.length > 0, JSON.stringify(first));
        assert.equal(inline.stats.earlyShows, 1);
        // Alt+\ at once, on the first words: the whole sentence, from the same request.
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live(), { explicit: true }), {
            text: " 설정 파일을 읽어 검증된 설정을 돌려줍니다.",
            source: "model"
        });
        // Tab at once on another early show: the rest, from the same request.
        const second = await inline.suggest(prompt("// 저 함수는"), live());
        assert.ok(second.text !== undefined && second.text.length > 0, JSON.stringify(second));
        assert.equal(inline.stats.earlyShows, 2);
        const rest = await inline.suggest(prompt(`// 저 함수는${second.text}`), live());
        assert.deepEqual(rest, {
            text: " 설정 파일을 읽어 검증된 설정을 돌려줍니다.".slice(second.text.length),
            source: "model"
        });
        assert.equal(calls.length, 2, "one model request per line");
        assert.equal(inline.stats.joined, 2, "both waited for the request already running");
        // Typing something else meanwhile stops the background request instead (next test).
    });

    it("an early show judges its words with the filter; the next request stops the background one", async () => {
        const { inline, calls } = engine(
            [" 담당 ", "번호는 ", "010-2345-6789 ", "이고 ", "더 ", "있습니다 ", "계속 ", "계속 ", "계속."],
            40,
            5_000,
            0,
            150
        );
        const first = await inline.suggest(prompt("// 연락처"), live());
        assert.ok(first.text !== undefined && !first.text.includes("010-2345-6789"), JSON.stringify(first));
        await inline.suggest(prompt("// 다른 주석"), live());
        assert.equal(calls.length, 2);
        assert.ok(calls[0].signal?.aborted, "the background request gave way");
        // Had it run to its end, the entry would hold the whole sentence, not marked cut short.
        const kept = inline.cache.get("// 연락처");
        assert.ok(kept !== undefined && kept.partial, "what was shown stays, marked cut short");
    });

    it("a fast model's whole suggestion comes before it is due: no early show", async () => {
        const { inline } = engine([" 두 수를 ", "더합니다."], 0, 2_000, 0, 250);
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는"), live()), {
            text: " 두 수를 더합니다.",
            source: "model"
        });
        assert.equal(inline.stats.earlyShows, 0);
    });

    it("an early show never ends in what may begin a value written with spaces", async () => {
        assert.equal(withoutOpenValue(" 연락처는 010 2345"), " 연락처는");
        assert.equal(withoutOpenValue(" 번호는 공일공 일이삼사"), " 번호는");
        assert.equal(withoutOpenValue(" 메일은 kim at"), " 메일은");
        assert.equal(withoutOpenValue(" 두 수를 더한"), " 두 수를 더한");
        const { inline } = engine([" 연락처는 ", "010 ", "2345 ", "6789 ", "입니다."], 40, 5_000, 0, 0);
        const first = await inline.suggest(prompt("// 담당자"), live());
        assert.ok(first.text !== undefined, JSON.stringify(first));
        for (const part of ["010", "2345", "6789"]) assert.ok(!first.text.includes(part), first.text);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const whole = inline.cache.get("// 담당자");
        assert.ok(whole !== undefined && !whole.text.includes("2345"), JSON.stringify(whole));
    });

    it("the first words shown early are all the whole words that have arrived", async () => {
        const { inline } = engine(["두 수를 ", "더한 ", "값을 ", "돌려줍니다."], 80, 5_000, 0, 0);
        assert.deepEqual(await inline.suggest(prompt("// 이 함수는 "), live()), { text: "두 수를", source: "model" });
    });
});

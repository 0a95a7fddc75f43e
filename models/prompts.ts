import type { ModelKind } from "./modelKind";

/**
 * Prompts for Gemma-Ko.
 *
 * Gemma-Ko 7B/2B are base models: they continue text. They get a completion-style
 * few-shot prompt in Korean — a short preface, worked examples written in the
 * requested speech style, then the user's input with the answer section left
 * open. Each example ends with a separator line the model learns to write after
 * its answer; the separator is the stop sequence, so generation ends at the end of
 * the comment / section and never runs on into an invented next example.
 *
 * Instruction-tuned variants get Gemma's chat turns
 * (`<start_of_turn>user … <end_of_turn>\n<start_of_turn>model\n`); they stop at
 * `<end_of_turn>`, an end-of-generation token.
 */

/** 합니다체 (default), 해요체, or the plain written style (해라체, "-다"). */
export type SpeechStyle = "formal" | "polite" | "plain";
export const speechStyles: readonly SpeechStyle[] = ["formal", "polite", "plain"];

export type PromptTask =
    /** A doc comment for one code unit (function, method, class). */
    | { task: "docComment"; languageId: string; code: string }
    /** A Markdown documentation section (overview, usage, parameters) for code. */
    | { task: "docSection"; languageId: string; code: string; fileName?: string }
    /** A summary of code, of a diff, or of partial summaries of a long input. */
    | {
          task: "summary";
          source: "code" | "diff" | "partialSummaries";
          content: string;
          languageId?: string;
          fileName?: string;
      }
    /** An English code comment (markers removed) translated into Korean. */
    | { task: "translateComment"; text: string; languageId?: string };

export interface PromptOptions {
    kind: ModelKind;
    style?: SpeechStyle;
}

export interface BuiltPrompt {
    prompt: string;
    /**
     * The leading part of `prompt` that every request of this task, speech style and
     * model kind shares (the few-shot preface and examples, or the chat instruction):
     * the runtime keeps its evaluation and reuses it (GenerateRequest.sharedPrefix).
     */
    sharedPrefix: string;
    /** Pass to the runtime: generation ends before any of these. */
    stop: string[];
    /** A sensible cap for this task. */
    maxTokens: number;
    /** Cleans the finished text (see {@link shapeOutput}). */
    task: PromptTask["task"];
}

/** The line that ends every example answer in a base-model prompt. */
export const answerEnd = "----- 끝 -----";
const sectionMark = "-----";

type Styled = Record<SpeechStyle, string>;
const pick = (styled: Styled, style: SpeechStyle) => styled[style];

const styleName: Styled = { formal: "합니다체", polite: "해요체", plain: "평서체(-다)" };

interface DocCommentExample {
    languageId: string;
    code: string;
    comment: Styled;
}

const docCommentExamples: DocCommentExample[] = [
    {
        languageId: "python",
        code: "def add(a, b):\n    return a + b",
        comment: {
            formal: "두 수를 더한 값을 반환합니다.\n@param a 첫 번째 수\n@param b 두 번째 수\n@returns 두 수의 합",
            polite: "두 수를 더한 값을 반환해요.\n@param a 첫 번째 수\n@param b 두 번째 수\n@returns 두 수의 합",
            plain: "두 수를 더한 값을 반환한다.\n@param a 첫 번째 수\n@param b 두 번째 수\n@returns 두 수의 합"
        }
    },
    {
        languageId: "typescript",
        code: 'export async function readConfig(path: string): Promise<Config> {\n    const text = await fs.readFile(path, "utf8");\n    return parseConfig(JSON.parse(text));\n}',
        comment: {
            formal: "설정 파일을 읽어 검증된 설정 객체로 변환합니다.\n파일이 없거나 JSON 형식이 잘못되면 예외를 던집니다.\n@param path 읽을 설정 파일의 경로\n@returns 검증된 설정 객체",
            polite: "설정 파일을 읽어 검증된 설정 객체로 바꿔요.\n파일이 없거나 JSON 형식이 잘못되면 예외를 던져요.\n@param path 읽을 설정 파일의 경로\n@returns 검증된 설정 객체",
            plain: "설정 파일을 읽어 검증된 설정 객체로 변환한다.\n파일이 없거나 JSON 형식이 잘못되면 예외를 던진다.\n@param path 읽을 설정 파일의 경로\n@returns 검증된 설정 객체"
        }
    }
];

const docSectionExample = {
    languageId: "go",
    code: "// Retry calls fn until it succeeds or attempts run out, waiting delay between tries.\nfunc Retry(attempts int, delay time.Duration, fn func() error) error {\n\tvar err error\n\tfor i := 0; i < attempts; i++ {\n\t\tif err = fn(); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\ttime.Sleep(delay)\n\t}\n\treturn err\n}",
    doc: {
        formal: "## 개요\n\n`Retry`는 함수가 성공할 때까지 정해진 횟수만큼 다시 호출합니다. 호출 사이에는 지정한 시간만큼 기다립니다.\n\n## 사용법\n\n```go\nerr := Retry(3, time.Second, connect)\n```\n\n## 매개변수\n\n- `attempts`: 최대 시도 횟수\n- `delay`: 시도 사이의 대기 시간\n- `fn`: 실행할 함수. `nil`을 반환하면 성공으로 봅니다.\n\n## 반환값\n\n마지막 시도의 오류를 반환합니다. 성공하면 `nil`입니다.",
        polite: "## 개요\n\n`Retry`는 함수가 성공할 때까지 정해진 횟수만큼 다시 호출해요. 호출 사이에는 지정한 시간만큼 기다려요.\n\n## 사용법\n\n```go\nerr := Retry(3, time.Second, connect)\n```\n\n## 매개변수\n\n- `attempts`: 최대 시도 횟수\n- `delay`: 시도 사이의 대기 시간\n- `fn`: 실행할 함수. `nil`을 반환하면 성공으로 봐요.\n\n## 반환값\n\n마지막 시도의 오류를 반환해요. 성공하면 `nil`이에요.",
        plain: "## 개요\n\n`Retry`는 함수가 성공할 때까지 정해진 횟수만큼 다시 호출한다. 호출 사이에는 지정한 시간만큼 기다린다.\n\n## 사용법\n\n```go\nerr := Retry(3, time.Second, connect)\n```\n\n## 매개변수\n\n- `attempts`: 최대 시도 횟수\n- `delay`: 시도 사이의 대기 시간\n- `fn`: 실행할 함수. `nil`을 반환하면 성공으로 본다.\n\n## 반환값\n\n마지막 시도의 오류를 반환한다. 성공하면 `nil`이다."
    } satisfies Styled
};

const codeSummaryExample = {
    languageId: "javascript",
    content:
        "function debounce(fn, wait) {\n  let timer;\n  return (...args) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), wait);\n  };\n}",
    summary: {
        formal: "- 연속된 호출을 묶어 마지막 호출만 `wait` 밀리초 뒤에 실행하는 `debounce` 함수를 정의합니다.\n- 새 호출이 오면 이전 타이머를 취소합니다.",
        polite: "- 연속된 호출을 묶어 마지막 호출만 `wait` 밀리초 뒤에 실행하는 `debounce` 함수를 정의해요.\n- 새 호출이 오면 이전 타이머를 취소해요.",
        plain: "- 연속된 호출을 묶어 마지막 호출만 `wait` 밀리초 뒤에 실행하는 `debounce` 함수를 정의한다.\n- 새 호출이 오면 이전 타이머를 취소한다."
    } satisfies Styled
};

const diffSummaryExample = {
    content:
        '--- a/src/server.ts\n+++ b/src/server.ts\n@@ -10,7 +10,9 @@\n-const port = 3000;\n+const port = Number(process.env.PORT ?? 3000);\n+if (!Number.isInteger(port)) throw new Error("PORT must be an integer");\n app.listen(port);',
    summary: {
        formal: "- 서버 포트를 고정값 3000 대신 `PORT` 환경 변수에서 읽도록 바꿨습니다.\n- 포트가 정수가 아니면 시작할 때 오류를 던집니다.",
        polite: "- 서버 포트를 고정값 3000 대신 `PORT` 환경 변수에서 읽도록 바꿨어요.\n- 포트가 정수가 아니면 시작할 때 오류를 던져요.",
        plain: "- 서버 포트를 고정값 3000 대신 `PORT` 환경 변수에서 읽도록 바꿨다.\n- 포트가 정수가 아니면 시작할 때 오류를 던진다."
    } satisfies Styled
};

/**
 * Neutralises Gemma's control tokens in user text. The runtime tokenises prompts
 * with special tokens on (the template needs `<start_of_turn>`), so a file that
 * contains the literal text `<end_of_turn>` must not end the user's turn.
 */
export function neutraliseControlTokens(text: string): string {
    return text.replace(
        /<(\/?)(start_of_turn|end_of_turn|bos|eos|pad|unk|mask|start_of_image|end_of_image)>/g,
        "<\u200B$1$2>"
    );
}

function block(title: string, body: string): string {
    return `${sectionMark} ${title} ${sectionMark}\n${body.replace(/\s+$/, "")}\n`;
}

/** A prompt and the part of it that does not depend on the user's input. */
type PromptText = Pick<BuiltPrompt, "prompt" | "sharedPrefix">;

function basePrompt(
    preface: string,
    examples: Array<[string, string, string, string]>,
    inputTitle: string,
    input: string,
    answerTitle: string
): PromptText {
    const parts = [preface, ""];
    for (const [exampleTitle, exampleInput, exampleAnswerTitle, exampleAnswer] of examples) {
        parts.push(block(exampleTitle, exampleInput) + block(exampleAnswerTitle, exampleAnswer) + answerEnd + "\n");
    }
    const sharedPrefix = parts.join("\n") + "\n";
    return {
        sharedPrefix,
        prompt:
            sharedPrefix +
            block(inputTitle, neutraliseControlTokens(input)) +
            `${sectionMark} ${answerTitle} ${sectionMark}\n`
    };
}

function chatPrompt(instruction: string, input: string, languageId: string | undefined): PromptText {
    const fence = input.includes("```") ? "````" : "```";
    const sharedPrefix = `<start_of_turn>user\n${instruction}\n\n`;
    return {
        sharedPrefix,
        prompt: `${sharedPrefix}${fence}${languageId ?? ""}\n${neutraliseControlTokens(input)}\n${fence}<end_of_turn>\n<start_of_turn>model\n`
    };
}

function docCommentPrompt(
    task: Extract<PromptTask, { task: "docComment" }>,
    base: boolean,
    style: SpeechStyle
): PromptText {
    const prompt = base
        ? basePrompt(
              `다음은 소스 코드와 그 코드를 설명하는 한국어 문서 주석의 예시입니다. 주석은 ${styleName[style]}로 쓰고, 첫 줄은 한 문장 요약, 이어서 매개변수는 "@param 이름 설명", 반환값은 "@returns 설명" 형식으로 씁니다.`,
              docCommentExamples.map((e) => [`코드 (${e.languageId})`, e.code, "주석", pick(e.comment, style)]),
              `코드 (${task.languageId})`,
              task.code,
              "주석"
          )
        : chatPrompt(
              `다음 ${task.languageId} 코드에 붙일 한국어 문서 주석을 ${styleName[style]}로 써 주세요. 첫 줄은 한 문장 요약이고, 이어서 매개변수는 "@param 이름 설명", 반환값은 "@returns 설명" 형식으로 씁니다. 주석 기호(/**, #, // 등)와 코드는 쓰지 말고 주석 내용만 쓰세요. 예:\n\n${pick(docCommentExamples[0].comment, style)}`,
              task.code,
              task.languageId
          );
    return prompt;
}

function docSectionPrompt(
    task: Extract<PromptTask, { task: "docSection" }>,
    base: boolean,
    style: SpeechStyle
): PromptText {
    const title =
        task.fileName === undefined ? `코드 (${task.languageId})` : `코드 (${task.languageId}, ${task.fileName})`;
    const prompt = base
        ? basePrompt(
              `다음은 소스 코드와 그 코드의 한국어 Markdown 문서의 예시입니다. 문서는 ${styleName[style]}로 쓰고 "## 개요", "## 사용법", "## 매개변수", "## 반환값" 절로 구성합니다.`,
              [
                  [
                      `코드 (${docSectionExample.languageId})`,
                      docSectionExample.code,
                      "문서",
                      pick(docSectionExample.doc, style)
                  ]
              ],
              title,
              task.code,
              "문서"
          )
        : chatPrompt(
              `다음 코드의 한국어 Markdown 문서를 ${styleName[style]}로 써 주세요. "## 개요", "## 사용법", "## 매개변수", "## 반환값" 절로 구성하고, 문서만 쓰세요.`,
              task.code,
              task.languageId
          );
    return prompt;
}

function translateCommentPrompt(
    task: Extract<PromptTask, { task: "translateComment" }>,
    base: boolean,
    style: SpeechStyle
): PromptText {
    const example = {
        en: "Returns the cached value if it is still fresh;\notherwise fetches it again and updates the cache.",
        ko: {
            formal: "캐시된 값이 아직 유효하면 그 값을 반환합니다.\n그렇지 않으면 다시 가져와 캐시를 갱신합니다.",
            polite: "캐시된 값이 아직 유효하면 그 값을 반환해요.\n그렇지 않으면 다시 가져와 캐시를 갱신해요.",
            plain: "캐시된 값이 아직 유효하면 그 값을 반환한다.\n그렇지 않으면 다시 가져와 캐시를 갱신한다."
        } satisfies Styled
    };
    const prompt = base
        ? basePrompt(
              `다음은 영어 코드 주석과 그 한국어 번역의 예시입니다. 번역은 ${styleName[style]}로 쓰고, 식별자와 코드는 그대로 둡니다.`,
              [["영어 주석", example.en, "한국어 번역", pick(example.ko, style)]],
              "영어 주석",
              task.text,
              "한국어 번역"
          )
        : chatPrompt(
              `다음 코드 주석을 ${styleName[style]}의 한국어로 번역해 주세요. 식별자와 코드는 그대로 두고, 주석 기호 없이 번역문만 쓰세요.`,
              task.text,
              undefined
          );
    return prompt;
}

function summaryPrompt(task: Extract<PromptTask, { task: "summary" }>, base: boolean, style: SpeechStyle): PromptText {
    const what = task.source === "diff" ? "변경 사항(diff)" : task.source === "code" ? "코드" : "긴 자료의 부분 요약들";
    const inputTitle =
        task.source === "diff"
            ? "변경 사항"
            : task.source === "code"
              ? `코드 (${task.languageId ?? "text"})`
              : "부분 요약";
    const examples: Array<[string, string, string, string]> =
        task.source === "diff"
            ? [["변경 사항", diffSummaryExample.content, "요약", pick(diffSummaryExample.summary, style)]]
            : [
                  [
                      `코드 (${codeSummaryExample.languageId})`,
                      codeSummaryExample.content,
                      "요약",
                      pick(codeSummaryExample.summary, style)
                  ]
              ];
    const prompt = base
        ? basePrompt(
              `다음은 ${what}과 그 한국어 요약의 예시입니다. 요약은 ${styleName[style]}로, 핵심만 "- "로 시작하는 짧은 항목으로 씁니다.`,
              examples,
              inputTitle,
              task.content,
              "요약"
          )
        : chatPrompt(
              `다음 ${what}을 한국어로 요약해 주세요. ${styleName[style]}로, 핵심만 "- "로 시작하는 짧은 항목으로 쓰세요.`,
              task.content,
              task.source === "diff" ? "diff" : task.languageId
          );
    return prompt;
}

/** Builds the prompt for a task, for a base or an instruct model, in a speech style. */
export function buildPrompt(task: PromptTask, options: PromptOptions): BuiltPrompt {
    const style = options.style ?? "formal";
    const base = options.kind === "base";
    const stop = base ? [sectionMark, "\n\n\n\n"] : ["<end_of_turn>", "<start_of_turn>"];
    switch (task.task) {
        case "docComment":
            return { ...docCommentPrompt(task, base, style), stop, maxTokens: 256, task: task.task };
        case "docSection":
            return { ...docSectionPrompt(task, base, style), stop, maxTokens: 768, task: task.task };
        case "translateComment":
            return { ...translateCommentPrompt(task, base, style), stop, maxTokens: 384, task: task.task };
        case "summary":
            return { ...summaryPrompt(task, base, style), stop, maxTokens: 384, task: task.task };
    }
}

const commentMarker = /^\s*(?:\/\*\*?|\*\/|\*(?!\*)|\/\/\/?|#(?!#)|"""|'''|<\/?summary>|--)\s?/;

/**
 * Cleans a finished answer: trims it, drops a separator or chat token the model
 * began, and — for doc comments — the comment markers a model sometimes adds
 * (`/**`, `*`, `///`, `#`, `"""`), since the editor adds the language's own.
 * Drops an echo of the input when the answer starts by repeating it.
 */
export function shapeOutput(task: PromptTask, text: string): string {
    let out = text.replace(/\r\n/g, "\n");
    for (const marker of [sectionMark, "<end_of_turn>", "<start_of_turn>"]) {
        const at = out.indexOf(marker);
        if (at >= 0) out = out.slice(0, at);
    }
    const input = task.task === "summary" ? task.content : task.task === "translateComment" ? task.text : task.code;
    const firstInputLine = input
        .split("\n")
        .find((line) => line.trim().length > 0)
        ?.trim();
    if (firstInputLine !== undefined && firstInputLine.length >= 8 && out.trimStart().startsWith(firstInputLine)) {
        // The model repeated the input: keep what follows the last repeated line.
        const inputLines = new Set(
            input
                .split("\n")
                .map((line) => line.trim())
                .filter((line) => line.length > 0)
        );
        const lines = out.split("\n");
        let i = 0;
        while (i < lines.length && (lines[i].trim().length === 0 || inputLines.has(lines[i].trim()))) i++;
        out = lines.slice(i).join("\n");
    }
    if (task.task === "docComment" || task.task === "translateComment") {
        out = out
            .split("\n")
            .map((line) =>
                line
                    .replace(commentMarker, "")
                    .replace(/\s*(?:\*\/|"""|\'\'\')\s*$/, "")
                    .trimEnd()
            )
            .join("\n");
        // A stray code fence around the comment.
        out = out.replace(/^```[\w-]*\n?/, "").replace(/\n?```\s*$/, "");
    }
    return out.replace(/\n{3,}/g, "\n\n").trim();
}

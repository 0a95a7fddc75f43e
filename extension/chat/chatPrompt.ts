// Chat messages → a prompt Gemma-Ko can continue. Pure (no vscode): unit-tested in Node.
//
// Gemma-Ko 7B/2B are base models: they continue text, they do not follow turns. They
// get a Korean dialogue transcript — a short preface, two worked exchanges in the
// requested speech style, the conversation so far — ending in an open "어시스턴트:"
// line. The model writes the assistant's answer and then, having learnt the
// transcript's shape, the next "사용자:" line: that line is the stop sequence.
// Instruction-tuned models get Gemma's chat turns and stop at `<end_of_turn>`.
import type { ModelKind } from "../../models/modelKind";
import { neutraliseControlTokens, type SpeechStyle } from "../../models/prompts";

/** One message of a chat, as plain text. */
export interface ChatTextMessage {
    role: "user" | "assistant" | "system";
    text: string;
}

export interface ChatPrompt {
    prompt: string;
    /** Generation ends before any of these. */
    stop: string[];
}

export const userLabel = "사용자:";
export const assistantLabel = "어시스턴트:";

type Styled = Record<SpeechStyle, string>;

const preface: Styled = {
    formal: "다음은 개발자와 한국어 AI 어시스턴트의 대화입니다. 어시스턴트는 합니다체로 정확하고 간결하게 답합니다. 모르는 것은 모른다고 말합니다.",
    polite: "다음은 개발자와 한국어 AI 어시스턴트의 대화입니다. 어시스턴트는 해요체로 정확하고 간결하게 답합니다. 모르는 것은 모른다고 말합니다.",
    plain: "다음은 개발자와 한국어 AI 어시스턴트의 대화입니다. 어시스턴트는 평서체(-다)로 정확하고 간결하게 답합니다. 모르는 것은 모른다고 말합니다."
};

const fewShot: Array<{ question: string; answer: Styled }> = [
    {
        question: "파이썬에서 리스트를 뒤집는 방법을 알려 주세요.",
        answer: {
            formal: "`items[::-1]`은 뒤집힌 새 리스트를 만들고, `items.reverse()`는 원래 리스트를 그 자리에서 뒤집습니다. 원래 순서를 지켜야 하면 앞의 방법을 쓰십시오.",
            polite: "`items[::-1]`은 뒤집힌 새 리스트를 만들고, `items.reverse()`는 원래 리스트를 그 자리에서 뒤집어요. 원래 순서를 지켜야 하면 앞의 방법을 쓰세요.",
            plain: "`items[::-1]`은 뒤집힌 새 리스트를 만들고, `items.reverse()`는 원래 리스트를 그 자리에서 뒤집는다. 원래 순서를 지켜야 하면 앞의 방법을 쓴다."
        }
    },
    {
        question: "HTTP 상태 코드 404와 410의 차이는 무엇인가요?",
        answer: {
            formal: "404는 자원을 찾을 수 없다는 뜻이고, 다시 생길 수도 있습니다. 410은 자원이 영구히 삭제되었다는 뜻이라 검색 엔진이 색인에서 더 빨리 지웁니다.",
            polite: "404는 자원을 찾을 수 없다는 뜻이고, 다시 생길 수도 있어요. 410은 자원이 영구히 삭제되었다는 뜻이라 검색 엔진이 색인에서 더 빨리 지워요.",
            plain: "404는 자원을 찾을 수 없다는 뜻이고, 다시 생길 수도 있다. 410은 자원이 영구히 삭제되었다는 뜻이라 검색 엔진이 색인에서 더 빨리 지운다."
        }
    }
];

/**
 * Keeps user text from opening a turn of its own: control tokens are neutralised and
 * a line that starts with a speaker label gets a zero-width space after its first letter.
 */
export function neutraliseTurnText(text: string): string {
    return neutraliseControlTokens(text).replace(
        new RegExp(`^(\\s*)(사)(용자:)|^(\\s*)(어)(시스턴트:)`, "gm"),
        (_match, s1?: string, a1?: string, b1?: string, s2?: string, a2?: string, b2?: string) =>
            a1 !== undefined ? `${s1 ?? ""}${a1}\u200B${b1 ?? ""}` : `${s2 ?? ""}${a2 ?? ""}\u200B${b2 ?? ""}`
    );
}

/** System messages first (as instructions), then the turns, merged when one speaker talks twice. */
function normalise(messages: readonly ChatTextMessage[]): { system: string; turns: ChatTextMessage[] } {
    const system = messages
        .filter((m) => m.role === "system")
        .map((m) => m.text.trim())
        .filter((t) => t.length > 0)
        .join("\n");
    const turns: ChatTextMessage[] = [];
    for (const message of messages) {
        if (message.role === "system" || message.text.trim().length === 0) continue;
        const last = turns.at(-1);
        if (last?.role === message.role) last.text += `\n\n${message.text}`;
        else turns.push({ role: message.role, text: message.text });
    }
    return { system, turns };
}

function basePrompt(system: string, turns: readonly ChatTextMessage[], style: SpeechStyle): string {
    const lines = [preface[style]];
    if (system.length > 0) lines.push(neutraliseTurnText(system));
    lines.push("");
    for (const { question, answer } of fewShot) {
        lines.push(`${userLabel} ${question}`, `${assistantLabel} ${answer[style]}`, "");
    }
    for (const turn of turns) {
        const label = turn.role === "user" ? userLabel : assistantLabel;
        lines.push(`${label} ${neutraliseTurnText(turn.text.trim())}`);
        if (turn.role === "assistant") lines.push("");
    }
    lines.push(`${assistantLabel} `);
    return lines.join("\n");
}

function instructPrompt(system: string, turns: readonly ChatTextMessage[]): string {
    let prompt = "";
    turns.forEach((turn, index) => {
        const role = turn.role === "user" ? "user" : "model";
        const text = index === 0 && system.length > 0 ? `${system}\n\n${turn.text}` : turn.text;
        prompt += `<start_of_turn>${role}\n${neutraliseControlTokens(text.trim())}<end_of_turn>\n`;
    });
    return `${prompt}<start_of_turn>model\n`;
}

/**
 * The prompt for the next assistant answer. The last turn should be the user's; if it
 * is the assistant's, the model continues a new answer after it all the same.
 */
export function buildChatPrompt(
    messages: readonly ChatTextMessage[],
    options: { kind: ModelKind; style?: SpeechStyle }
): ChatPrompt {
    const { system, turns } = normalise(messages);
    if (options.kind === "instruct")
        return { prompt: instructPrompt(system, turns), stop: ["<end_of_turn>", "<start_of_turn>"] };
    return {
        prompt: basePrompt(system, turns, options.style ?? "formal"),
        stop: [`\n${userLabel}`, `\n${assistantLabel}`, "\n\n\n"]
    };
}

/**
 * Tokens a text takes, estimated without a tokenizer (before the model is loaded):
 * one per Hangul syllable or other non-ASCII character, one per three ASCII characters,
 * rounded up. Gemma's tokenizer needs fewer (measured: "두 수를 더한 값을 반환합니다."
 * is 11 tokens, estimated 14), so a budget built on it errs on the safe side.
 */
export function estimateTokens(text: string): number {
    let ascii = 0;
    let other = 0;
    for (const char of text) {
        if (char.charCodeAt(0) < 0x80) ascii++;
        else other++;
    }
    return other + Math.ceil(ascii / 3);
}

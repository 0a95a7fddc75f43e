// Every message between the extension host and the results panel, defined once:
// each is a TypeBox schema, which is both a JSON schema (compiled ahead of time
// into ajv validators by scripts/generateValidators.mjs) and, through `Static`, the
// TypeScript type (protocol.ts). Nothing else spells a message's shape.
//
// This module imports only TypeBox: the validator generator evaluates it in plain
// Node, and the panel and host import it for types only (no TypeBox at run time).
import { Type, type Static, type TSchema } from "@sinclair/typebox";

const requestId = Type.String({ pattern: "^[A-Za-z0-9_-]{1,64}$" });
/** Anything the host shows in the panel's chrome (titles, labels, messages). */
const text = Type.String({ maxLength: 4000 });
/** A result's filtered text. */
const longText = Type.String({ maxLength: 200_000 });

/** One message: `{ type: name, ...fields }`, no other properties. */
function message<const Name extends string, Fields extends Record<string, TSchema>>(name: Name, fields: Fields) {
    return Type.Object({ type: Type.Literal(name), ...fields }, { additionalProperties: false });
}

/** Localised strings the panel shows on its own (the host owns the l10n bundle). `{0}` is a placeholder. */
export const panelStringsSchema = Type.Object(
    {
        title: text,
        refresh: text,
        loading: text,
        error: text,
        empty: text,
        /** Heading of the result history. */
        results: text,
        stop: text,
        retry: text,
        copy: text,
        copyCode: text,
        insert: text,
        replace: text,
        openEditor: text,
        /** A request that has not reached the model yet. */
        starting: text,
        /** Another request is ahead of this one. */
        queued: text,
        /** "Loading the model {0}%". */
        loadingModel: text,
        /** The inference server is being reached (remote backend). */
        connecting: text,
        /** "Splitting the input into parts… {0}%" (a long summary). */
        preparing: text,
        generating: text,
        /** "{0} tokens/s". */
        tokensPerSecond: text,
        stopped: text,
        done: text,
        /** A blocked result's state: "Blocked by the safety filter". */
        blocked: text,
        /** Why it is withheld ({0}: the categories) and what to do ({1}: the "wrongly blocked" flag's label). */
        blockedBody: text,
        /** The link to the Gemma Prohibited Use Policy. */
        policyLink: text,
        /** "{0} hidden" — {0} is a list like "주민등록번호 1개, 전화번호 2개". */
        redacted: text,
        source: text,
        confirmLink: text,
        /** "{0} {1}" — a type and how many ("전화번호 2개"). */
        redactionCount: text,
        /** A fix offered with an error: choose a model (catalog or file). */
        selectModel: text,
        /** A fix offered with an error: open a GGUF file from disk. */
        openModelFile: text,
        /** The review flag on a blocked or masked result: "잘못 차단됨". */
        wronglyBlocked: text,
        /** The review flag on a shown result: "차단됐어야 함". */
        shouldHaveBlocked: text,
        /** The flags' tooltip: what flagging does (a local record, nothing sent). */
        flagHint: text,
        /** "Saved for review on this computer: {0}" — {0} is the flag's label. */
        flagged: text,
        /** A fix offered with an error: the inference server wants an API key. */
        setRemoteApiKey: text,
        /** The badge of a result kept from before the window was reloaded (read, copy, open only). */
        earlier: text,
        /** A running card the reloaded window does not know: it stopped with the old window. */
        interrupted: text,
        /** Said (and shown on the button) after Copy put the text on the clipboard. */
        copied: text,
        /** Said after Insert or Replace changed the editor, with how to undo it. */
        inserted: text,
        /** A fix offered with an input too long for the context: open the context-size setting. */
        openContextSize: text,
        /** A fix offered with a server address that is no URL, or no OpenAI API at it: open that setting. */
        openRemoteEndpoint: text,
        /** A fix offered with a server that did not answer in time: open the wait setting. */
        openRemoteTimeout: text,
        /** A fix offered with a server certificate the client does not trust: open the CA setting. */
        openRemoteCertificate: text,
        /** Said when the panel gets the focus and it goes to the newest result: its title ({0}) and status ({1}). */
        newest: text
    },
    { additionalProperties: false }
);

/** What the panel can offer to fix an error, e.g. no model chosen yet. */
const errorFix = Type.Union([
    Type.Literal("selectModel"),
    Type.Literal("openModelFile"),
    Type.Literal("setRemoteApiKey"),
    Type.Literal("openContextSize"),
    Type.Literal("openRemoteEndpoint"),
    Type.Literal("openRemoteTimeout"),
    Type.Literal("openRemoteCertificate")
]);

/**
 * A user's review flag on a result (safety/review.ts keeps the record): the filter
 * blocked or masked what it should not have, or showed what it should have blocked.
 */
const reviewKind = Type.Union([Type.Literal("wrongly_blocked"), Type.Literal("should_have_blocked")]);
/** The flags a finished result offers (the host decides which apply). */
const reviewFlags = Type.Array(reviewKind, { maxItems: 2, uniqueItems: true });

const runtimeInfoRow = Type.Object({ label: text, value: text }, { additionalProperties: false });
/** What the filter hid in a result, for its badge: a type's label and how many. */
const redactionCount = Type.Object(
    { label: text, count: Type.Integer({ minimum: 1 }) },
    { additionalProperties: false }
);

/** Panel -> host. Results are referred to by id only: the host keeps the (filtered) text. */
export const webviewToHostSchema = Type.Union(
    [
        message("ready", {}),
        message("runtimeInfo.refresh", { requestId }),
        /** `shown`: how much of the result's text the card showed when Stop was pressed. */
        message("result.stop", { requestId, shown: Type.Optional(Type.Integer({ minimum: 0, maximum: 200_000 })) }),
        message("result.retry", { requestId }),
        message("result.copy", { requestId }),
        message("result.insert", { requestId }),
        message("result.replace", { requestId }),
        message("result.openEditor", { requestId }),
        message("result.copyCode", { requestId, index: Type.Integer({ minimum: 0, maximum: 999 }) }),
        /** The user chose a fix offered with the request's error; the host retries the request after it. */
        message("result.fix", { requestId, fix: errorFix }),
        /** The user flagged a result for review; the host asks for an optional note and stores a local record. */
        message("result.flag", { requestId, kind: reviewKind }),
        message("link.open", { requestId, url: Type.String({ maxLength: 2048, pattern: "^https?://" }) }),
        /** Escape in the panel: the keyboard goes back to the editor. */
        message("editor.focus", {})
    ],
    { $id: "webviewToHost" }
);

/** Host -> panel. Every result message carries its request id; the panel ignores ids it has finished. */
export const hostToWebviewSchema = Type.Union(
    [
        message("init", { locale: Type.String({ maxLength: 32 }), strings: panelStringsSchema }),
        message("runtimeInfo.loading", { requestId }),
        message("runtimeInfo.result", {
            requestId,
            backend: Type.Union([
                Type.Literal("cuda"),
                Type.Literal("vulkan"),
                Type.Literal("metal"),
                Type.Literal("cpu"),
                Type.Literal("remote")
            ]),
            rows: Type.Array(runtimeInfoRow, { maxItems: 64 })
        }),
        message("runtimeInfo.error", { requestId, message: text }),
        message("result.start", {
            requestId,
            title: text,
            source: text,
            createdAt: Type.Number({ minimum: 0 }),
            /** The Insert button's label when Insert does not put the text at the cursor (a doc comment). */
            insertLabel: Type.Optional(text),
            /** A failed result this one runs again (Retry, or a fix such as choosing a model): its card goes. */
            replaces: Type.Optional(requestId),
            /** False when there is no selection to replace (a whole file's summary): no Replace button. */
            replaceable: Type.Optional(Type.Boolean()),
            /** False when running it again cannot help (a refusal of an empty file): no Retry button. */
            retryable: Type.Optional(Type.Boolean()),
            /** A result kept from before the window was reloaded: it can be read, copied and opened, nothing else. */
            earlier: Type.Optional(Type.Literal(true))
        }),
        message("result.status", {
            requestId,
            phase: Type.Union([
                Type.Literal("queued"),
                Type.Literal("loading"),
                Type.Literal("connecting"),
                Type.Literal("preparing"),
                Type.Literal("generating")
            ]),
            progress: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
            tokensPerSecond: Type.Optional(Type.Number({ minimum: 0 }))
        }),
        /** Filtered text to append. */
        message("result.chunk", { requestId, text: longText }),
        /** The whole filtered text, authoritative. */
        message("result.end", {
            requestId,
            text: longText,
            outcome: Type.Union([Type.Literal("done"), Type.Literal("stopped")]),
            redactions: Type.Array(redactionCount, { maxItems: 32 }),
            tokensPerSecond: Type.Optional(Type.Number({ minimum: 0 })),
            flags: Type.Optional(reviewFlags)
        }),
        /** Withdraw everything shown for this request; show the categories and the notice instead. */
        message("result.blocked", {
            requestId,
            categories: Type.Array(text, { maxItems: 8 }),
            notice: text,
            flags: Type.Optional(reviewFlags)
        }),
        /** A review record for this result was stored (on this machine). */
        message("result.flagged", { requestId, kind: reviewKind }),
        /** Copy put this result's text on the clipboard (Copy code: that block's, `codeIndex`). */
        message("result.copied", { requestId, codeIndex: Type.Optional(Type.Integer({ minimum: 0, maximum: 999 })) }),
        /** Insert (or Replace) put this result into the editor: said, with how to undo it. */
        message("result.inserted", { requestId, replaced: Type.Boolean() }),
        /** Clear Results: every finished card goes (a running one stays). */
        message("results.clear", {}),
        message("result.error", {
            requestId,
            message: text,
            fixes: Type.Optional(Type.Array(errorFix, { maxItems: 4 }))
        })
    ],
    { $id: "hostToWebview" }
);

export type PanelStrings = Static<typeof panelStringsSchema>;
export type RuntimeInfoRowMessage = Static<typeof runtimeInfoRow>;
export type RedactionCount = Static<typeof redactionCount>;
export type ErrorFix = Static<typeof errorFix>;
export type ReviewKind = Static<typeof reviewKind>;
export type WebviewToHostMessage = Static<typeof webviewToHostSchema>;
export type HostToWebviewMessage = Static<typeof hostToWebviewSchema>;

// One result card of the panel: its view state and how it is drawn. Text is only ever
// set through textContent or the sanitised Markdown fragment; nothing uses innerHTML.
import type { ErrorFix, PanelStrings, RedactionCount, ReviewKind } from "./protocol";
import { renderMarkdown } from "./markdown";

export type ResultState = "running" | "done" | "stopped" | "blocked" | "error";

export interface ResultView {
    id: string;
    title: string;
    source: string;
    createdAt: number;
    text: string;
    state: ResultState;
    status: string;
    redactions: RedactionCount[];
    blocked?: { categories: string[]; notice: string };
    error?: string;
    /** Fixes offered with the error (choose a model, open a GGUF file). */
    fixes?: ErrorFix[];
    /** Review flags the host offers for this result ("잘못 차단됨 / 차단됐어야 함"). */
    flags?: ReviewKind[];
    /** Flags the user has used (a record is stored). */
    flagged?: ReviewKind[];
    /** The Insert button's label for this kind of result, when not "Insert at Cursor". */
    insertLabel?: string;
    /** No selection to replace (a whole file's summary): no Replace button. */
    replaceable?: boolean;
    /** Running it again cannot help (a refusal of an empty input): no Retry button. */
    retryable?: boolean;
    /** Kept from before the window was reloaded, or cut off by the reload: read, copy and open only. */
    earlier?: "kept" | "interrupted";
}

/** A review flag's label. */
export function flagLabel(kind: ReviewKind, s: PanelStrings | undefined): string {
    return kind === "wrongly_blocked"
        ? (s?.wronglyBlocked ?? "Wrongly blocked")
        : (s?.shouldHaveBlocked ?? "Should have been blocked");
}

export /** A required part of a result card (the card is built by this file, so it is there). */
function part(root: ParentNode, selector: string): HTMLElement {
    const found = root.querySelector<HTMLElement>(selector);
    if (found === null) throw new Error(`The panel's ${selector} is missing.`);
    return found;
}

export function format(template: string | undefined, ...args: Array<string | number>): string {
    return (template ?? "{0}").replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)] ?? ""));
}

export function element<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className?: string,
    text?: string
): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className !== undefined) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

export function cardOf(id: string): HTMLLIElement | null {
    return document.querySelector<HTMLLIElement>(`li.result[data-request-id="${CSS.escape(id)}"]`);
}

export function actionButton(label: string, action: string, requestId: string): HTMLButtonElement {
    const button = element("button", `action action-${action}`, label);
    button.type = "button";
    button.dataset["action"] = action;
    button.dataset["requestId"] = requestId;
    return button;
}

/** (Re)draws one result card from its view state. */
export function renderResult(result: ResultView, s: PanelStrings | undefined): void {
    const list = document.getElementById("result-list");
    const section = document.getElementById("results");
    if (list === null || section === null) return;
    section.hidden = false;
    let card = cardOf(result.id);
    if (card === null) {
        card = element("li", "result");
        card.dataset["requestId"] = result.id;
        card.tabIndex = -1;
        const header = element("header", "result-header");
        header.append(element("h3", "result-title"), element("div", "result-source"));
        card.append(
            header,
            element("div", "result-status"),
            element("div", "result-badges"),
            element("div", "result-body"),
            element("div", "result-actions")
        );
        part(card, ".result-status").setAttribute("role", "status");
        list.prepend(card);
    }
    fillCard(card, result, s);
}

function fillCard(card: HTMLLIElement, result: ResultView, s: PanelStrings | undefined): void {
    card.dataset["state"] = result.state;
    part(card, ".result-title").textContent = result.title;
    part(card, ".result-source").textContent =
        result.source.length > 0 ? `${s?.source ?? "Source"}: ${result.source}` : "";
    part(card, ".result-status").textContent = result.status;

    const badges = part(card, ".result-badges");
    badges.replaceChildren();
    if (result.redactions.length > 0) {
        const list = result.redactions.map((r) => format(s?.redactionCount ?? "{0} {1}", r.label, r.count)).join(", ");
        const badge = element("span", "badge badge-redacted", format(s?.redacted, list));
        badges.append(badge);
    }
    for (const kind of result.flagged ?? [])
        badges.append(element("span", "badge badge-flagged", format(s?.flagged, flagLabel(kind, s))));
    if (result.earlier !== undefined)
        badges.append(
            element(
                "span",
                "badge badge-earlier",
                result.earlier === "kept"
                    ? (s?.earlier ?? "From before the window was reloaded")
                    : (s?.interrupted ?? "Interrupted: the window was reloaded")
            )
        );

    renderBody(part(card, ".result-body"), result, s);
    const actions = part(card, ".result-actions");
    // Which button has the focus, read before the buttons move: moving them takes it away
    // (Stop pressed from the keyboard left the focus on the page, found from outside).
    const focused = focusedAction(actions);
    // While it runs, Stop sits above the growing text, where it stays in view; the finished
    // result's actions come after its text.
    const body = part(card, ".result-body");
    if (result.state === "running") {
        if (actions.nextElementSibling !== body) card.insertBefore(actions, body);
    } else if (card.lastElementChild !== actions) card.append(actions);
    renderActions(actions, result, s, focused);
}

/** Why a result is withheld and what the user can do: flag it, or read the policy it follows. */
export function blockedNotice(categories: readonly string[], s: PanelStrings | undefined): HTMLElement {
    const notice = element(
        "p",
        "blocked-notice",
        format(s?.blockedBody, categories.join(", "), flagLabel("wrongly_blocked", s))
    );
    const link = element("a", "policy-link", s?.policyLink ?? "Gemma Prohibited Use Policy");
    link.setAttribute("href", "https://ai.google.dev/gemma/prohibited_use_policy");
    notice.append(" ", link);
    return notice;
}

function renderBody(body: HTMLElement, result: ResultView, s: PanelStrings | undefined): void {
    body.setAttribute("aria-busy", String(result.state === "running"));
    if (result.blocked !== undefined) {
        // Never the blocked text: the category once, and what the user can do (the heading, a badge
        // and the body each named it, found from outside).
        body.replaceChildren(blockedNotice(result.blocked.categories, s));
    } else if (result.error !== undefined) {
        body.replaceChildren(element("p", "error-notice", result.error));
    } else {
        body.replaceChildren(renderMarkdown(result.text));
        if (result.earlier === "interrupted") return;
        for (const block of body.querySelectorAll<HTMLElement>(".code-block")) {
            const copy = actionButton(s?.copyCode ?? "Copy code", "copyCode", result.id);
            copy.dataset["codeIndex"] = block.dataset["codeIndex"] ?? "0";
            block.prepend(copy);
        }
    }
}

/** Which button has the focus, to give it back after the buttons are redrawn. */
function focusedAction(actions: HTMLElement): string | undefined {
    const active = document.activeElement;
    if (!(active instanceof HTMLButtonElement) || !actions.contains(active)) return undefined;
    return `${active.dataset["action"] ?? ""}:${active.dataset["fix"] ?? active.dataset["kind"] ?? ""}`;
}

function renderActions(
    actions: HTMLElement,
    result: ResultView,
    s: PanelStrings | undefined,
    focused: string | undefined
): void {
    // The same buttons as before (every chunk of a streaming answer renders the card): keep
    // them, so that Stop stays the element the pointer or the keyboard is on.
    const signature = JSON.stringify([
        result.state,
        result.text.trim().length > 0,
        result.flags ?? [],
        result.flagged ?? [],
        result.fixes ?? [],
        result.insertLabel ?? "",
        result.replaceable ?? true,
        result.retryable ?? true,
        result.earlier ?? "",
        s === undefined ? [] : [s.stop, s.copy, s.insert, s.replace, s.openEditor, s.retry, s.flagHint]
    ]);
    if (actions.dataset["signature"] === signature) {
        // The same buttons, moved: the focus goes back to the one that had it.
        if (focused !== undefined && !actions.contains(document.activeElement)) buttonFor(actions, focused)?.focus();
        return;
    }
    actions.dataset["signature"] = signature;
    fillActions(actions, result, s);
    if (focused === undefined) return;
    (buttonFor(actions, focused) ?? actions.querySelector<HTMLButtonElement>("button.action"))?.focus();
}

function buttonFor(actions: HTMLElement, key: string): HTMLButtonElement | undefined {
    return [...actions.querySelectorAll<HTMLButtonElement>("button.action")].find(
        (b) => `${b.dataset["action"] ?? ""}:${b.dataset["fix"] ?? b.dataset["kind"] ?? ""}` === key
    );
}

/**
 * The review flags: a toggle button each, pressed once its record is stored (a second
 * press does nothing). Keyboard: ordinary buttons in the card's tab order.
 */
function flagButtons(result: ResultView, s: PanelStrings | undefined): HTMLButtonElement[] {
    return (result.flags ?? []).map((kind) => {
        const button = actionButton(flagLabel(kind, s), "flag", result.id);
        button.dataset["kind"] = kind;
        button.title = s?.flagHint ?? "";
        button.setAttribute("aria-pressed", String(result.flagged?.includes(kind) ?? false));
        return button;
    });
}

function fillActions(actions: HTMLElement, result: ResultView, s: PanelStrings | undefined): void {
    actions.replaceChildren();
    if (result.state === "running") {
        actions.append(actionButton(s?.stop ?? "Stop", "stop", result.id));
    } else if (result.earlier !== undefined) {
        // Its request went with the old window: what it wrote can be copied and opened, no more
        // (an interrupted card's host copy went with that window too: nothing to serve).
        if (result.earlier === "kept" && result.text.trim().length > 0)
            actions.append(
                actionButton(s?.copy ?? "Copy", "copy", result.id),
                actionButton(s?.openEditor ?? "Open", "openEditor", result.id)
            );
    } else {
        // Nothing to copy or insert from a result without text (stopped before any came); a
        // result with its own Insert (a doc comment, a translated comment) has no generic Replace.
        if ((result.state === "done" || result.state === "stopped") && result.text.trim().length > 0) {
            actions.append(
                actionButton(s?.copy ?? "Copy", "copy", result.id),
                actionButton(result.insertLabel ?? s?.insert ?? "Insert", "insert", result.id),
                ...(result.insertLabel === undefined && result.replaceable !== false
                    ? [actionButton(s?.replace ?? "Replace", "replace", result.id)]
                    : []),
                actionButton(s?.openEditor ?? "Open", "openEditor", result.id)
            );
        }
        // An error the user can fix here (no model yet) offers the fix first.
        for (const fix of result.fixes ?? []) {
            const button = actionButton(s?.[fix] ?? fix, "fix", result.id);
            button.dataset["fix"] = fix;
            actions.append(button);
        }
        if (result.retryable !== false) actions.append(actionButton(s?.retry ?? "Retry", "retry", result.id));
        const flags = result.state !== "error" ? flagButtons(result, s) : [];
        if (flags.length > 0) {
            // Together, apart from the result's own actions (they wrap as one group).
            const group = element("span", "result-flags");
            group.append(...flags);
            actions.append(group);
        }
    }
}

/** The Copy button (or a code block's) reads "Copied" for two seconds (its label comes back on the next draw). */
export function showCopied(id: string, codeIndex: number | undefined, label: string): void {
    const selector =
        codeIndex === undefined ? "button.action-copy" : `button.action-copyCode[data-code-index="${codeIndex}"]`;
    const button = cardOf(id)?.querySelector<HTMLButtonElement>(selector);
    if (button === null || button === undefined) return;
    const before = button.textContent;
    button.textContent = label;
    setTimeout(() => {
        if (button.textContent === label) button.textContent = before;
    }, 2000);
}

// Where the focus goes when the panel gets it back: the newest card when the keyboard brought it
// (Ctrl+2, Show Results), the flag or fix button pressed when its note or picker hands it back,
// where a click landed otherwise.
import type { PanelStrings } from "./protocol";
import { cardOf, format } from "./resultCard";

/**
 * A flag or fix button just pressed. A flag's note or a fix's picker takes the focus out of the
 * panel; when it comes back, VS Code focuses the webview's body, and a card re-rendered in the
 * meantime has a new button: the focus goes back to the button, once (an outside tester, keyboard
 * only, had to Tab from the top again).
 */
let pressed: { requestId: string; action: string; kind: string | undefined } | undefined;
/** When a pointer last went down in the panel: a click gives the focus where it lands. */
let pointerAt = -Infinity;

/**
 * The panel got the focus from the keyboard (Ctrl+2, View: Focus…, Show Results): it goes to the
 * newest card's heading, announced (found from outside: it went back to the last button used,
 * which could be far down an old card), unless a flag's note or a fix's picker is handing it back.
 */
function restoreFocus(strings: () => PanelStrings | undefined, announce: (text: string) => void): void {
    const back = pressed;
    pressed = undefined;
    // A click put the focus where it landed (a click also forgets a pressed flag or fix).
    if (back === undefined && performance.now() - pointerAt < 1_000) return;
    if (back !== undefined && focusAction(back.requestId, back.action, back.kind)) return;
    focusNewestCard(strings, announce);
}

/** Focuses a card's button (a flag's of `kind`); false when the card has none. */
export function focusAction(requestId: string, action: string, kind?: string): boolean {
    const selector = `button.action[data-action="${CSS.escape(action)}"]${
        kind === undefined ? "" : `[data-kind="${CSS.escape(kind)}"]`
    }`;
    const button = cardOf(requestId)?.querySelector<HTMLButtonElement>(selector);
    button?.focus();
    return button !== null && button !== undefined;
}

/** The newest card's heading (its first action when it has none), focused and announced. */
function focusNewestCard(strings: () => PanelStrings | undefined, announce: (text: string) => void): void {
    const card = document.querySelector<HTMLLIElement>("#result-list li.result");
    if (card === null) return;
    focusHeading(card, () => announce(format(strings()?.newest, headingOf(card), statusOf(card))));
}

const headingOf = (card: HTMLElement) => card.querySelector(".result-title")?.textContent ?? "";
const statusOf = (card: HTMLElement) => card.querySelector(".result-status")?.textContent ?? "";

/**
 * A card whose Stop was pressed has ended: the Stop button went with its running state, and the
 * focus with it, to the panel's body (found from outside). It goes to the card's heading, which a
 * screen reader reads with the card's state ("…: Stopped"), unless it already moved elsewhere.
 */
export function focusCard(requestId: string, announce: (text: string) => void): void {
    const card = cardOf(requestId);
    const active = document.activeElement;
    if (card === null || !document.hasFocus()) return;
    if (active !== null && active !== document.body && !card.contains(active)) return;
    focusHeading(card, () => announce(`${headingOf(card)}. ${statusOf(card)}`));
}

/** Focuses a card's heading (its first action when it has none); `said` announces it. */
function focusHeading(card: HTMLElement, said: () => void): void {
    const title = card.querySelector<HTMLElement>(".result-title");
    const target = title ?? card.querySelector<HTMLButtonElement>("button.action");
    if (target === null) return;
    if (target === title) title.tabIndex = -1;
    target.focus();
    said();
}

/** A result button pressed: only a flag (its note) and a fix (its picker) take the focus away to hand it back. */
export function rememberPress(requestId: string, action: string, kind: string | undefined): void {
    pressed = action === "flag" || action === "fix" ? { requestId, action, kind } : undefined;
}

/** Listens for the panel's focus and for clicks. */
export function installFocusReturn(strings: () => PanelStrings | undefined, announce: (text: string) => void): void {
    window.addEventListener("focus", () => restoreFocus(strings, announce));
    // The focus left the panel (Escape to the code): a click before that does not explain the next
    // focus, which the keyboard brought (the e2e run's Ctrl+<group> within a second of a click on the
    // panel's heading left the focus on the body, in CI).
    window.addEventListener("blur", () => (pointerAt = -Infinity));
    // A click anywhere starts over (the click on a result button sets it again, after this).
    document.addEventListener(
        "pointerdown",
        () => {
            pressed = undefined;
            pointerAt = performance.now();
        },
        true
    );
}

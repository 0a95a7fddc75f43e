/** Translates an English message with `{0}`-style placeholders (VS Code's l10n contract). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/**
 * A translation from an l10n bundle (VS Code's `vscode.l10n.bundle`: English message -> the UI
 * language's): the model process has no `vscode` API, so the extension hands it the bundle and its
 * log lines follow the UI's language as the extension's own do. A message the bundle lacks stays English.
 */
export function bundleTranslate(bundle: Readonly<Record<string, unknown>> | undefined): Translate {
    if (bundle === undefined) return english;
    return (message, ...args) => {
        const entry = bundle[message];
        const text =
            typeof entry === "string"
                ? entry
                : typeof entry === "object" &&
                    entry !== null &&
                    typeof (entry as { message?: unknown }).message === "string"
                  ? (entry as { message: string }).message
                  : message;
        return english(text, ...args);
    };
}

/** A logger's translation (a line about the user's model in the UI's language): its `translate`, else English. */
export function logT(logger: { translate?: Translate } | undefined): Translate {
    return logger?.translate ?? english;
}

/** The identity translation: fills the placeholders of the English message. */
export const english: Translate = (message, ...args) =>
    message.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const at = Number(index);
        return at < args.length ? String(args[at]) : whole;
    });

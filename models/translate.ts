/** Translates an English message with `{0}`-style placeholders (VS Code's l10n contract). */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** The identity translation: fills the placeholders of the English message. */
export const english: Translate = (message, ...args) =>
    message.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const at = Number(index);
        return at < args.length ? String(args[at]) : whole;
    });

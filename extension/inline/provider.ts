// Korean ghost text inside comments: VS Code's InlineCompletionItemProvider around the
// pure engine (inlineEngine.ts). Registered for every file; it answers only inside a
// comment that holds Korean, at the end of the comment's text, and only while the
// model is loaded: typing never starts a multi-gigabyte load (it says so once, with
// an action to load). VS Code's cancellation token aborts the model request; every
// suggestion has passed the safety filter, and a blocked one is dropped silently.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { explainNoSuggestion } from "./explain";
import { isReadOnly } from "../requests/readOnly";
import type { Ctx } from "../ctx";
import {
    commentSite,
    commentSyntaxFor,
    maxScanChars,
    syntaxFromLanguageConfigurationText,
    type CommentSyntax
} from "./commentScan";
import { InlineEngine } from "./inlineEngine";
import { routineOutcome, type InlineStats } from "./inlineTypes";
import { buildInlinePrompt } from "./inlinePrompt";
import { InlineStatusBar } from "./statusBar";

/** With `gemmaKo.inline.showFirstWords`, ghost text is due this long after the keystroke. */
const firstWordsDueMs = 250;

/** What the in-host tests and the extension's API read. */
export interface InlineSuggestions {
    readonly provider: vscode.InlineCompletionItemProvider;
    stats(): InlineStats & { notLoadedNotices: number };
    resetStats(): void;
}

export class InlineCommentProvider implements vscode.InlineCompletionItemProvider {
    readonly engine: InlineEngine;
    notLoadedNotices = 0;
    /** The situation the last notice was shown for. */
    private noticeShownFor: "notLoaded" | "otherModel" | undefined;
    /** Comment syntax read from other extensions' language configurations, by language id. */
    private readonly contributedSyntax = new Map<string, CommentSyntax | undefined>();

    constructor(private readonly ctx: Ctx) {
        const log = ctx.log;
        this.engine = new InlineEngine({
            generate: (request) => ctx.models.generate(request),
            // The filter loads on first use (its own webpack chunk), as for the panel and chat.
            createFilter: () => ctx.safety.createFilter(),
            debounceMs: ctx.config.inline.debounceMs,
            showAfterMs: ctx.config.inline.showFirstWords ? firstWordsDueMs : Infinity,
            log: (message) => log.info(message)
        });
    }

    async provideInlineCompletionItems(
        document: vscode.TextDocument,
        position: vscode.Position,
        context: vscode.InlineCompletionContext,
        token: vscode.CancellationToken
    ): Promise<vscode.InlineCompletionItem[] | undefined> {
        const explicit = context.triggerKind === vscode.InlineCompletionTriggerKind.Invoke;
        const at = `${String(position.line + 1)}:${String(position.character + 1)}`;
        // Someone who asked (Alt+\\) and got nothing finds why in the log; typing stays quiet.
        // (The end-to-end tests, test hooks on, read typing's reasons too.)
        const declined = (reason: string, code = reason): void => {
            if (explicit) explainNoSuggestion(code);
            if (explicit || this.ctx.config.testHooks)
                this.ctx.log.info(
                    `Inline suggestion${explicit ? " (asked for)" : ""} at ${at} in ${document.languageId}: ${reason}`
                );
        };
        if (!this.enabledFor(document)) {
            declined(
                this.ctx.config.inline.enabled
                    ? "turned off for this file (editor.inlineSuggest.enabled)"
                    : "turned off",
                "off"
            );
            return undefined;
        }
        const offset = document.offsetAt(position);
        const before = document.getText(
            new vscode.Range(document.positionAt(Math.max(0, offset - maxScanChars - 1)), position)
        );
        const after = document.lineAt(position.line).text.slice(position.character);
        const site = commentSite(before, after, this.syntaxFor(document.languageId));
        if (typeof site === "string") {
            declined(site);
            return undefined;
        }
        // Ghost text accepted there would write into a file the user cannot edit (only at a comment: a stat).
        if (await isReadOnly(document)) {
            declined("the file is read-only", "readOnly");
            return undefined;
        }
        if (!this.ctx.models.namedModelReady) {
            const other = this.ctx.models.otherModelLoaded;
            if (this.noticeShownFor === (other ? "otherModel" : "notLoaded") && !explicit)
                declined(
                    other
                        ? "the settings name another model file than the loaded one (Load Model switches)"
                        : `the model is not loaded (${this.ctx.models.state})`
                );
            this.sayNotLoadedOnce(explicit, other);
            return undefined;
        }
        const prompt = buildInlinePrompt({
            languageId: document.languageId,
            lineCount: document.lineCount,
            lineAt: (line) => document.lineAt(line).text,
            line: position.line,
            character: position.character,
            comment: site.comment,
            style: this.ctx.config.generation.speechStyle
        });
        if (token.isCancellationRequested) return undefined;
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        try {
            const suggestion = await this.engine.suggest(prompt, controller.signal, { explicit });
            // Outcomes only, never text. Shown, cancelled and empty ones at debug (Developer: Set Log
            // Level… → Debug): each keystroke has one, and an empty one (nothing to suggest) was
            // logged at info on every keystroke (found from outside). The others (blocked, failed,
            // timed out) and every explicit request at info: they are what someone reads the log
            // for when no ghost text came.
            const outcome = `Inline suggestion${explicit ? " (asked for)" : ""} at ${at}: ${
                suggestion.text === undefined
                    ? suggestion.reason
                    : `${suggestion.source}, ${String(suggestion.text.length)} characters`
            }${controller.signal.aborted ? " (cancelled by VS Code)" : ""}`;
            const routine = routineOutcome(suggestion);
            // The end-to-end tests (test hooks on) read every outcome: their code-server's log level
            // does not reach an extension's log channel.
            if (routine && !explicit && !this.ctx.config.testHooks) this.ctx.log.debug(outcome);
            else this.ctx.log.info(outcome);
            // Asked for: why not. Timed out while typing (the model busy with a panel or chat
            // request): said too, or ghost text just stops with no sign why (found from outside).
            if (suggestion.text === undefined && !controller.signal.aborted)
                if (explicit || suggestion.reason === "timedOut") explainNoSuggestion(suggestion.reason);
            if (suggestion.text === undefined || controller.signal.aborted) return undefined;
            // A syllable still being composed (으 on the way to 을) is replaced by the suggestion's
            // own; VS Code shows ghost text again once the composition ends.
            const start = position.translate(0, -Math.min(suggestion.replace ?? 0, position.character));
            return [new vscode.InlineCompletionItem(suggestion.text, new vscode.Range(start, position))];
        } finally {
            subscription.dispose();
        }
    }

    /** The setting, VS Code's own `editor.inlineSuggest.enabled`, and a document one can type in. */
    private enabledFor(document: vscode.TextDocument): boolean {
        if (!this.ctx.config.inline.enabled) return false;
        if (document.uri.scheme === "output" || document.uri.scheme === "vscode-scm") return false;
        return vscode.workspace.getConfiguration("editor", document).get<boolean>("inlineSuggest.enabled", true);
    }

    /**
     * Once per session and situation (nothing loaded; another file loaded than the settings
     * name), or whenever the user explicitly asks for a suggestion.
     */
    private sayNotLoadedOnce(explicit: boolean, otherModel: boolean): void {
        this.notLoadedNotices++;
        const situation = otherModel ? "otherModel" : "notLoaded";
        if (this.noticeShownFor === situation && !explicit) return;
        this.noticeShownFor = situation;
        this.ctx.log.info(
            `Inline suggestions wait for the model: it is not loaded (state ${this.ctx.models.state}${
                otherModel ? ", another model file is loaded" : ""
            }; typing never loads it).`
        );
        const load = vscode.l10n.t("Load Model");
        const off = vscode.l10n.t("Turn Off");
        void vscode.window
            .showInformationMessage(
                otherModel
                    ? vscode.l10n.t(
                          "The settings name another model file than the loaded one: Korean suggestions in comments pause until it is loaded (Load Model, or any Gemma-Ko command). Typing alone never loads it."
                      )
                    : vscode.l10n.t(
                          "Gemma-Ko suggests Korean text in comments as you type once the model is loaded (Load Model, or any Gemma-Ko command). Typing alone never loads it."
                      ),
                load,
                off
            )
            .then((choice) => {
                if (choice === load) void vscode.commands.executeCommand("gemmaKo.loadModel");
                else if (choice === off) void this.ctx.config.setInlineEnabled(false);
            });
    }

    /** The built-in syntax, else the comment markers of the language's own configuration file. */
    private syntaxFor(languageId: string): CommentSyntax | undefined {
        const builtIn = commentSyntaxFor(languageId);
        if (builtIn !== undefined) return builtIn;
        if (!this.contributedSyntax.has(languageId))
            this.contributedSyntax.set(languageId, contributedCommentSyntax(languageId));
        return this.contributedSyntax.get(languageId);
    }
}

interface LanguageContribution {
    id?: unknown;
    configuration?: unknown;
}

/** Reads `comments` from the language-configuration.json an extension contributes for `languageId`. */
function contributedCommentSyntax(languageId: string): CommentSyntax | undefined {
    for (const extension of vscode.extensions.all) {
        const contributes = (extension.packageJSON as { contributes?: { languages?: unknown } }).contributes;
        const languages = Array.isArray(contributes?.languages)
            ? (contributes.languages as LanguageContribution[])
            : [];
        for (const language of languages) {
            if (language.id !== languageId || typeof language.configuration !== "string") continue;
            try {
                const file = path.join(extension.extensionPath, language.configuration);
                const syntax = syntaxFromLanguageConfigurationText(fs.readFileSync(file, "utf8"));
                if (syntax !== undefined) return syntax;
            } catch {
                // A remote or web extension's files may not be readable here: no suggestions for it.
            }
        }
    }
    return undefined;
}

/** Registers the provider for every file, the status bar toggle, and the settings' live updates. */
export function registerInlineSuggestions(ctx: Ctx): InlineSuggestions {
    const provider = new InlineCommentProvider(ctx);
    ctx.subscribe(
        // Every file, and untitled documents (a glob may not match their paths).
        vscode.languages.registerInlineCompletionItemProvider([{ pattern: "**" }, { scheme: "untitled" }], provider),
        new InlineStatusBar(ctx.config, ctx.models),
        ctx.config.onDidChange((event) => {
            if (event.affectsConfiguration("gemmaKo.inline.debounceMs"))
                provider.engine.debounce.baseMs = ctx.config.inline.debounceMs;
            if (event.affectsConfiguration("gemmaKo.inline.showFirstWords"))
                provider.engine.showAfterMs = ctx.config.inline.showFirstWords ? firstWordsDueMs : Infinity;
            if (
                event.affectsConfiguration("gemmaKo.safety.policy") ||
                event.affectsConfiguration("gemmaKo.generation.speechStyle") ||
                event.affectsConfiguration("gemmaKo.model.path")
            )
                provider.engine.cache.clear();
        }),
        ctx.models.backend.onDidChangeState((state) => {
            // Another model (or none) may answer next time: what the old one said is not its answer.
            if (state === "loading" || state === "unloaded") provider.engine.cache.clear();
        })
    );
    return {
        provider,
        stats: () => ({ ...provider.engine.stats, notLoadedNotices: provider.notLoadedNotices }),
        resetStats: () => {
            provider.engine.resetStats();
            provider.notLoadedNotices = 0;
        }
    };
}

import * as vscode from "vscode";
import { errorMessage } from "../../models/errors/codedError";
import type { Ctx } from "../ctx";
import type { PanelHandlers } from "./resultsPanel";
import { refreshBackendInfo } from "./runtimeInfo";
import { runFix } from "../requests/showModelError";
import { isSettingFix } from "./errorFixes";

/**
 * What the panel can ask for, one handler per message type. Results are addressed by
 * id and served from the controller's filtered copy, never from anything the panel sends.
 */
export function panelHandlers(ctx: Ctx): PanelHandlers {
    const { results, log } = ctx;
    const report = (what: string) => (error: unknown) => {
        log.warn(`${what} failed: ${errorMessage(error)}`);
    };
    return {
        "runtimeInfo.refresh": (panel, requestId) =>
            void refreshBackendInfo(
                { runtime: ctx.runtime, models: ctx.models, log, secrets: ctx.extension.secrets },
                panel,
                requestId
            ),
        onReady: () => {
            results.replay();
        },
        "result.stop": ({ requestId, shown }) => {
            results.stop(requestId, shown);
        },
        "result.retry": ({ requestId }) => {
            results.retry(requestId);
        },
        "result.copy": ({ requestId }) => void results.copy(requestId).catch(report("Copy")),
        "result.copyCode": ({ requestId, index }) => void results.copyCode(requestId, index).catch(report("Copy code")),
        "result.insert": ({ requestId }) => void results.insert(requestId, false).catch(report("Insert")),
        "result.replace": ({ requestId }) => void results.insert(requestId, true).catch(report("Replace")),
        "result.openEditor": ({ requestId }) => void results.openEditor(requestId).catch(report("Open in editor")),
        "link.open": ({ requestId, url }) => void results.openLink(requestId, url).catch(report("Open link")),
        // Escape in the panel: back to the code beside it (the panel is the active editor group then).
        "editor.focus": () => {
            const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.at(0);
            const shown =
                editor === undefined
                    ? vscode.commands.executeCommand("workbench.action.focusFirstEditorGroup")
                    : vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
            void Promise.resolve(shown).catch(report("Focusing the editor"));
        },
        // "잘못 차단됨 / 차단됐어야 함": the command asks for an optional note and stores a local review record.
        "result.flag": ({ requestId, kind }) =>
            void Promise.resolve(vscode.commands.executeCommand("gemmaKo.flagResult", requestId, kind)).catch(
                report("Flagging a result")
            ),
        // Choose a model right where the error is, then run the request again with it.
        "result.fix": ({ requestId, fix }) => {
            if (isSettingFix(fix)) {
                // The setting, in the Settings editor (the context size applies at the next load, as
                // the message says; a server setting at the next request: Retry is beside it).
                void Promise.resolve(runFix(fix)).catch(report("Opening a setting"));
                return;
            }
            if (fix === "setRemoteApiKey") {
                // The server wants a key: ask for it, then run the request again.
                void Promise.resolve(runFix<boolean>(fix))
                    .then((stored) => {
                        if (stored) results.retry(requestId);
                    })
                    .catch(report("Setting the server API key"));
                return;
            }
            const before = ctx.config.model.path;
            void Promise.resolve(runFix(fix))
                .then(() => {
                    const after = ctx.config.model.path;
                    if (after.length > 0 && after !== before) results.retry(requestId);
                })
                .catch(report("Choosing a model"));
        }
    };
}

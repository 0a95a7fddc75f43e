import * as path from "node:path";
import * as vscode from "vscode";
import type { Ctx } from "../ctx";
import type { ResultRequest } from "../panel/results";
import type { CodeContext } from "./codeUnit";
import { selectionLabel, sourceLabel } from "./generation";
import { selectionTarget } from "./editorTarget";
import { wholeCodeRun } from "./inputRoom";

/**
 * A Korean Markdown documentation section for the selection, or the whole file when
 * nothing is selected. The panel's command and @gemma-ko /docs both use it.
 */
export function docsRequest(ctx: Ctx, editor: CodeContext): ResultRequest {
    const document = editor.document;
    // The whole selection or file, or a refusal with its size: never a part without a word.
    const code = editor.selection.isEmpty ? document.getText() : document.getText(editor.selection);
    const fileName = path.basename(document.fileName);
    // Nothing but blank space: no model run on nothing (it would invent docs).
    const blank = vscode.l10n.t("There is no code to document here: the file or the selection is empty.");
    return {
        title: vscode.l10n.t("Korean docs: {0}", fileName),
        source: editor.selection.isEmpty ? sourceLabel(document) : selectionLabel(document, editor.selection),
        run:
            code.trim().length === 0
                ? () => Promise.reject(new Error(blank))
                : wholeCodeRun(ctx, { task: "docSection", languageId: document.languageId, code, fileName }, "docs"),
        // A whole file's docs have no selection to replace.
        replaceable: !editor.selection.isEmpty,
        ...(!editor.selection.isEmpty && { target: selectionTarget(editor) }),
        // Its input is read once: after a refusal, the command (not Retry) reads the file again.
        retryable: code.trim().length > 0
    };
}

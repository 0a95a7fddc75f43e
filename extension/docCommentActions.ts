import * as vscode from "vscode";
import { draftDocComment } from "./commands/draftDocComment";

// A declaration line: a keyword declaration (function, def, fn, class, …) after optional
// modifiers, or a Java/C#-style method (modifiers, a return type, a name and "(").
const modifiers =
    "(?:public|private|protected|internal|static|async|abstract|override|virtual|final|pub(?:\\([^)]*\\))?|unsafe|default)";
const keywordDeclaration = `^\\s*(?:export\\s+)?(?:${modifiers}\\s+)*(?:function\\*?|def|fn|func|fun|class|interface|struct|enum|trait|impl)\\b`;
const methodDeclaration = `^\\s*(?:(?:public|private|protected|internal|static|final|abstract|virtual|override|async)\\s+)+[\\w<>\\[\\],.?]+\\s+\\w+\\s*\\(`;
const declaration = new RegExp(`${keywordDeclaration}|${methodDeclaration}`);
const commentLine = /^\s*(?:\/\/|\/\*|\*|#|"""|'''|--)/;

/** A lightbulb on declarations that have no doc comment above them: "Draft Korean doc comment". */
export class DocCommentActionProvider implements vscode.CodeActionProvider {
    static readonly kinds = [vscode.CodeActionKind.RefactorRewrite.append("gemmaKo.docComment")];

    provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
        const line = range.start.line;
        const text = document.lineAt(line).text;
        if (!declaration.test(text)) return [];
        const previous = line > 0 ? document.lineAt(line - 1).text : "";
        const next = line + 1 < document.lineCount ? document.lineAt(line + 1).text : "";
        // Already documented: a comment just above (or a Python docstring just below).
        if (commentLine.test(previous) || (document.languageId === "python" && /^\s*("""|''')/.test(next))) return [];
        const action = new vscode.CodeAction(
            vscode.l10n.t("Gemma-Ko: Draft Korean doc comment"),
            DocCommentActionProvider.kinds[0]
        );
        action.command = { command: draftDocComment.id, title: action.title };
        return [action];
    }
}

export function registerDocCommentActions(): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider({ scheme: "*" }, new DocCommentActionProvider(), {
        providedCodeActionKinds: DocCommentActionProvider.kinds
    });
}

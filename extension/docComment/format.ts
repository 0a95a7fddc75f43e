// Turns a drafted doc comment (the model's neutral format: a summary, then
// "@param name description" and "@returns description" lines) into the language's
// own convention, and says where it goes. No `vscode` import: unit-tested in Node.

export interface DocCommentDraft {
    summary: string[];
    params: Array<{ name: string; description: string }>;
    returns?: string;
}

/** Parses the neutral format the prompts ask for. Lines that are neither tag go to the summary. */
export function parseDraft(text: string): DocCommentDraft {
    const draft: DocCommentDraft = { summary: [], params: [] };
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const param = /^@param\s+(\S+)\s*(.*)$/.exec(line);
        const returns = /^@returns?\s+(.*)$/.exec(line);
        if (param !== null) draft.params.push({ name: param[1].replace(/[{}]/g, ""), description: param[2].trim() });
        else if (returns !== null) draft.returns = returns[1].trim();
        else if (line.length > 0 || draft.summary.length > 0) draft.summary.push(line);
    }
    while (draft.summary.length > 0 && draft.summary[draft.summary.length - 1] === "") draft.summary.pop();
    return draft;
}

export type CommentStyle =
    "jsdoc" | "javadoc" | "kdoc" | "doxygen" | "python" | "go" | "rust" | "csharp" | "line-hash" | "line-slash";

export function commentStyleFor(languageId: string): CommentStyle {
    switch (languageId) {
        case "typescript":
        case "typescriptreact":
        case "javascript":
        case "javascriptreact":
        case "php":
            return "jsdoc";
        case "java":
        case "groovy":
        case "scala":
            return "javadoc";
        case "kotlin":
            return "kdoc";
        case "c":
        case "cpp":
        case "objective-c":
        case "objective-cpp":
        case "cuda-cpp":
            return "doxygen";
        case "python":
            return "python";
        case "go":
            return "go";
        case "rust":
            return "rust";
        case "csharp":
            return "csharp";
        case "ruby":
        case "shellscript":
        case "perl":
        case "r":
        case "yaml":
        case "powershell":
            return "line-hash";
        default:
            return "line-slash";
    }
}

function escapeXml(text: string): string {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The comment's lines, without indentation, for a style. */
export function commentLines(draft: DocCommentDraft, style: CommentStyle, name?: string): string[] {
    const summary = draft.summary.length > 0 ? draft.summary : [""];
    switch (style) {
        case "jsdoc":
        case "javadoc":
        case "kdoc":
        case "doxygen": {
            const returnsTag = style === "jsdoc" ? "@returns" : "@return";
            const body = [...summary];
            const tags = [
                ...draft.params.map((p) => `@param ${p.name} ${p.description}`.trimEnd()),
                ...(draft.returns !== undefined ? [`${returnsTag} ${draft.returns}`.trimEnd()] : [])
            ];
            if (tags.length > 0) body.push("", ...tags);
            return ["/**", ...body.map((line) => (line.length > 0 ? ` * ${line}` : " *")), " */"];
        }
        case "python": {
            const body = [...summary];
            if (draft.params.length > 0)
                body.push("", "Args:", ...draft.params.map((p) => `    ${p.name}: ${p.description}`));
            if (draft.returns !== undefined) body.push("", "Returns:", `    ${draft.returns}`);
            if (body.length === 1) return [`"""${body[0]}"""`];
            return [`"""${body[0]}`, ...body.slice(1), `"""`];
        }
        case "go": {
            const first = name !== undefined && !summary[0].startsWith(name) ? `${name} ${summary[0]}` : summary[0];
            const body = [first, ...summary.slice(1)];
            if (draft.params.length > 0 || draft.returns !== undefined) {
                body.push("");
                for (const p of draft.params) body.push(`  - ${p.name}: ${p.description}`);
                if (draft.returns !== undefined) body.push(`  - 반환: ${draft.returns}`);
            }
            return body.map((line) => (line.length > 0 ? `// ${line}` : "//"));
        }
        case "rust": {
            const body = [...summary];
            if (draft.params.length > 0)
                body.push("", "# Arguments", "", ...draft.params.map((p) => `* \`${p.name}\` - ${p.description}`));
            if (draft.returns !== undefined) body.push("", "# Returns", "", draft.returns);
            return body.map((line) => (line.length > 0 ? `/// ${line}` : "///"));
        }
        case "csharp":
            return [
                "/// <summary>",
                ...summary.map((line) => `/// ${escapeXml(line)}`.trimEnd()),
                "/// </summary>",
                ...draft.params.map(
                    (p) => `/// <param name="${escapeXml(p.name)}">${escapeXml(p.description)}</param>`
                ),
                ...(draft.returns !== undefined ? [`/// <returns>${escapeXml(draft.returns)}</returns>`] : [])
            ];
        case "line-hash":
        case "line-slash": {
            const token = style === "line-hash" ? "#" : "//";
            const body = [
                ...summary,
                ...draft.params.map((p) => `@param ${p.name} ${p.description}`),
                ...(draft.returns !== undefined ? [`@returns ${draft.returns}`] : [])
            ];
            return body.map((line) => (line.length > 0 ? `${token} ${line}` : token));
        }
    }
}

/** A text edit, as plain data: insert `text` at `line`, column 0. */
export interface CommentInsertion {
    line: number;
    text: string;
}

/**
 * Where and what to insert for a declaration that starts at `declarationLine` of
 * `lines`. Most languages put the comment above the declaration at its indentation;
 * Python puts a docstring as the first statement of the body (after the signature,
 * which may span lines), one indentation level deeper.
 */
export function placeDocComment(
    lines: readonly string[],
    declarationLine: number,
    languageId: string,
    draftText: string,
    name?: string,
    eol = "\n"
): CommentInsertion {
    const style = commentStyleFor(languageId);
    const draft = parseDraft(draftText);
    const declaration = lines[declarationLine] ?? "";
    const indent = leadingWhitespace(declaration);
    if (style === "python") {
        // The signature ends at the first line ending with ":" (outside strings, roughly).
        let end = declarationLine;
        while (end < lines.length - 1 && !/:\s*(#.*)?$/.test(lines[end])) end++;
        const next = lines.slice(end + 1).find((line) => line.trim().length > 0);
        const bodyIndent =
            next !== undefined && leadingWhitespace(next).length > indent.length
                ? leadingWhitespace(next)
                : `${indent}${indent.includes("\t") ? "\t" : "    "}`;
        const text =
            commentLines(draft, style)
                .map((line) => (line.length > 0 ? `${bodyIndent}${line}` : ""))
                .join(eol) + eol;
        return { line: end + 1, text };
    }
    const text =
        commentLines(draft, style, name)
            .map((line) => `${indent}${line}`)
            .join(eol) + eol;
    return { line: declarationLine, text };
}

function leadingWhitespace(line: string): string {
    return line.slice(0, line.length - line.trimStart().length);
}

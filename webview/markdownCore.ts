// Markdown parsing shared by the panel (which renders results) and the host (which
// copies "code block N" when the panel asks): one configuration and one numbering
// of code blocks, so the index a Copy button sends is the block the host copies.
// No DOM here: the host runs it in Node.
import MarkdownIt from "markdown-it";

type Token = ReturnType<MarkdownIt["parse"]>[number];

/** markdown-it as model output is read everywhere: raw HTML off, images off, links only to http(s). */
export function createMarkdown(): MarkdownIt {
    const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
    // Images would fetch remote content (the panel's CSP blocks it anyway); render them as text.
    md.disable(["image"]);
    md.validateLink = (url: string) => /^https?:\/\//i.test(url.trim());
    return md;
}

/**
 * The fenced and indented code blocks of parsed Markdown, in document order; each
 * token's `meta.codeIndex` is set to its position (the panel's renderer reads it).
 */
export function numberCodeBlocks(tokens: readonly Token[]): Token[] {
    const blocks = tokens.filter((token) => token.type === "fence" || token.type === "code_block");
    blocks.forEach((token, index) => {
        token.meta = { ...(token.meta as object | null), codeIndex: index };
    });
    return blocks;
}

/** The `index`-th code block of `text` (as the panel numbers them), or `undefined`. */
export function codeBlockAt(md: MarkdownIt, text: string, index: number): string | undefined {
    return numberCodeBlocks(md.parse(text, {}))[index]?.content;
}

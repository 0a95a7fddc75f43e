// Markdown for model output: markdown-it with raw HTML off, images off, links only
// to http(s); then DOMPurify as defence in depth with an allow-list of tags and
// attributes. Returns a DocumentFragment: nothing is ever assigned to innerHTML.
import DOMPurify from "dompurify";
import { createMarkdown, numberCodeBlocks } from "./markdownCore";

const md = createMarkdown();
type RenderRule = NonNullable<typeof md.renderer.rules.fence>;

// Code blocks carry their index (numberCodeBlocks, which the host uses too) for Copy code.
const wrapCodeBlock =
    (inner: RenderRule): RenderRule =>
    (tokens, idx, options, env, self) => {
        const meta = tokens[idx].meta as { codeIndex?: number } | null;
        return `<div class="code-block" data-code-index="${meta?.codeIndex ?? 0}">${inner(tokens, idx, options, env, self)}</div>`;
    };
const { fence, code_block: codeBlock } = md.renderer.rules;
if (fence !== undefined) md.renderer.rules.fence = wrapCodeBlock(fence);
if (codeBlock !== undefined) md.renderer.rules.code_block = wrapCodeBlock(codeBlock);

const allowedTags = [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "s",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "div",
    "span"
];
const allowedAttributes = ["href", "class", "data-code-index", "start", "title", "align"];

DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") {
        const href = node.getAttribute("href") ?? "";
        if (!/^https?:\/\//i.test(href)) node.removeAttribute("href");
        node.setAttribute("rel", "noopener noreferrer");
    }
    // Only our own classes: language-*, code-block.
    const className = node.getAttribute("class");
    if (className !== null && !/^(?:code-block|language-[\w-]+)$/.test(className)) node.removeAttribute("class");
});

/** Renders model output (already filtered by the host) into a safe fragment. */
export function renderMarkdown(text: string): DocumentFragment {
    const env = {};
    const tokens = md.parse(text, env);
    numberCodeBlocks(tokens);
    const html = md.renderer.render(tokens, md.options, env);
    return DOMPurify.sanitize(html, {
        ALLOWED_TAGS: allowedTags,
        ALLOWED_ATTR: [...allowedAttributes, "rel"],
        ALLOWED_URI_REGEXP: /^https?:\/\//i,
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true
    });
}

// Markdown for model output: markdown-it with raw HTML off, images off, links only
// to http(s); then DOMPurify as defence in depth with an allow-list of tags and
// attributes. Returns a DocumentFragment: nothing is ever assigned to innerHTML.
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
// Images would fetch remote content (the CSP blocks it anyway); render them as text.
md.disable(["image"]);
md.validateLink = (url: string) => /^https?:\/\//i.test(url.trim());

// Fenced and indented code blocks get an index, in document order — the host numbers
// them the same way (markdown-it's parse) when the user copies one.
const defaultFence = md.renderer.rules.fence!;
const defaultCodeBlock = md.renderer.rules.code_block!;
md.renderer.rules.fence = (tokens, idx, options, env: { codeIndex: number }, self) =>
    `<div class="code-block" data-code-index="${env.codeIndex++}">${defaultFence(tokens, idx, options, env, self)}</div>`;
md.renderer.rules.code_block = (tokens, idx, options, env: { codeIndex: number }, self) =>
    `<div class="code-block" data-code-index="${env.codeIndex++}">${defaultCodeBlock(tokens, idx, options, env, self)}</div>`;

const allowedTags = ["p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "s", "a", "table", "thead", "tbody", "tr", "th", "td", "div", "span"];
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
    const env = { codeIndex: 0 };
    const html = md.render(text, env);
    return DOMPurify.sanitize(html, {
        ALLOWED_TAGS: allowedTags,
        ALLOWED_ATTR: [...allowedAttributes, "rel"],
        ALLOWED_URI_REGEXP: /^https?:\/\//i,
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true
    });
}

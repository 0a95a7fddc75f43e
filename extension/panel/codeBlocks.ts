// Code block N of a result's text, numbered by the same function as the panel's Copy code
// buttons; markdown-it loads on first use, in its own chunk.

let codeBlockOf: ((text: string, index: number) => string | undefined) | undefined;

/** The `index`-th fenced code block of `text`, or `undefined` when it has fewer. */
export async function codeBlockAt(text: string, index: number): Promise<string | undefined> {
    if (codeBlockOf === undefined) {
        const markdown = await import(/* webpackChunkName: "markdown" */ "../../webview/markdownCore.js");
        const md = markdown.createMarkdown();
        codeBlockOf = (text, at) => markdown.codeBlockAt(md, text, at);
    }
    return codeBlockOf(text, index);
}

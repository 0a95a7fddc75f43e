/** The Hangul syllable percent-encoded as UTF-8 at `text[at]` (`%EC%9D%B4` is 이), or "". */
export function percentSyllable(text: string, at: number): string {
    if (!/^%[Ee][A-Da-d]/.test(text.slice(at, at + 3))) return "";
    const run = /^(?:%[0-9A-Fa-f]{2}){3}/.exec(text.slice(at, at + 9));
    if (run === null) return "";
    let char: string;
    try {
        char = decodeURIComponent(run[0]);
    } catch {
        return "";
    }
    return /^[가-힣]$/.test(char) ? char : "";
}

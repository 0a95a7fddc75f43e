// A value named by its column (found from outside: `name,db_password,dept` then `이서연,Dragon.6537!,개발팀`;
// `INSERT INTO customers (name, auth_token) VALUES ('김민수', 'a42e…')`; a Markdown table whose header
// says 계정 비밀번호). The recognizers read a name just before a value; a table names it once, in
// its header. This remembers, for the response read so far, the last header that names a secret
// or a number (a CSV line, a Markdown row, an SQL column list), and gives, for a segment of a row
// under it, each cell whose column has such a name: the caller reads that cell again with the name
// before it (farLabels.ts). Read in order, so whole text and every chunking decide alike.

/** A column name that says its value is a secret or a personal number. */
const sensitive =
    /pass(?:w(?:or)?d)?|pwd|secret|token|api[_ -]?key|access[_ -]?key|private[_ -]?key|credential|비밀\s*번호|패스워드|암호|토큰|시크릿|(?:^|[^a-z])key$|(?:^|\s)키$|phone|mobile|msisdn|\btel\b|전화|휴대|연락처|e-?mail|메일|주민|\brrn\b|외국인|alien|여권|passport|면허|licen[cs]e|계좌|account|카드|card|유효\s*기간|만료|cvc|cvv|보안\s*코드|セキュリティ|사업자|\bbrn\b|biz/i;
/** Names that identify or describe a value, not hold one: token_type, password_hint, card_id. */
const describes = /(?:^|[_ -])(?:id|type|hint|hash|url|name|count|length|expires?(?:_at)?|policy|rule|규칙|정책)$/i;
/**
 * A car's plate, a device's or a person's identifier by its column (found from outside, 2026-12-07:
 * `vehicle_number`, `udid`, `ADID`, `광고 ID`, `shenfenzheng` in CSV, Markdown and SQL INSERT columns):
 * an "id" there is the value itself, not a row's key.
 */
const identifies =
    /vehicle|plate|번호판|차량\s*번호|car[_ -]?(?:no|num)|\budid|android[_ -]?id|\badid|idfa|gaid|device[_ -]?id|디바이스\s*id|광고\s*id|기기\s*(?:식별|id)|imei|신분증|身份证|shenfen|national[_ -]?id|\bssn\b|birth|생년월일|\bdob\b/i;
/** Whether a column's name says its cells hold a value worth reading again with the name. */
const names = (name: string) => (sensitive.test(name) && !describes.test(name)) || identifies.test(name);

interface Header {
    kind: "csv" | "tsv" | "md" | "sql";
    names: string[];
    /** Response offset where the header ended (it names rows up to `reach` after). */
    end: number;
}

const reach = 2000;
/** A column's name: words, no code's brackets, quotes or signs. */
const headerName = /^[\p{L}\p{N}_ .#/()-]{1,32}$/u;
const sqlColumns = /\(([^()\n]{1,400})\)\s*VALUES\s*\(/gi;
const tupleOpen = /(?:VALUES|\),)\s*\(/gi;

/** Cells of a CSV or tab-separated line or a Markdown row, with their offsets in the line (trimmed). */
function cellsOf(line: string, kind: "csv" | "tsv" | "md"): Array<{ start: number; text: string }> {
    const out: Array<{ start: number; text: string }> = [];
    const separator = kind === "csv" ? "," : kind === "tsv" ? "\t" : "|";
    let start = 0;
    const body = kind === "md" ? line.replace(/\|\s*$/, "") : line;
    if (kind === "md") start = body.indexOf("|") + 1;
    while (start <= body.length) {
        let end = body.indexOf(separator, start);
        if (end < 0) end = body.length;
        const raw = body.slice(start, end);
        const lead = raw.length - raw.trimStart().length;
        out.push({ start: start + lead, text: raw.trim() });
        start = end + 1;
    }
    return out;
}

const namesSomething = (columns: string[]) => columns.some(names);

export class ColumnLabels {
    private header: Header | undefined;

    /**
     * Reads the lines that end in the segment (`scanText[from..]`, `offset` its response offset)
     * for a header, and gives the cells of rows under the last header whose column names a value:
     * where each starts in `scanText`, and the name.
     */
    read(scanText: string, from: number, offset: number): Array<{ at: number; name: string }> {
        this.observe(scanText, from, offset);
        const header = this.header;
        if (header === undefined || offset - header.end > reach) return [];
        const out: Array<{ at: number; name: string }> = [];
        if (header.kind === "sql") {
            // Each tuple in the window (after VALUES or "),"); commas outside quotes count the columns.
            tupleOpen.lastIndex = 0;
            for (let m = tupleOpen.exec(scanText); m !== null; m = tupleOpen.exec(scanText)) {
                let column = 0;
                let quote = "";
                let cellStart = m.index + m[0].length;
                for (let i = cellStart; i < scanText.length; i++) {
                    const c = scanText[i];
                    if (quote !== "") {
                        if (c === quote) quote = "";
                        continue;
                    }
                    if (c === "'" || c === '"') quote = c;
                    else if (c === "," || c === ")") {
                        const name = header.names[column] ?? "";
                        const cell = scanText.slice(cellStart, i);
                        const at = cellStart + cell.length - cell.trimStart().length;
                        if (i > from && names(name)) out.push({ at, name });
                        if (c === ")") break;
                        column++;
                        cellStart = i + 1;
                    }
                }
            }
            return out;
        }
        // The lines the segment touches, each whole in the window.
        let lineStart = scanText.lastIndexOf("\n", from - 1) + 1;
        if (lineStart === 0 && offset - from > 0) return [];
        while (lineStart < scanText.length) {
            const next = scanText.indexOf("\n", lineStart);
            const lineEnd = next < 0 ? scanText.length : next;
            const line = scanText.slice(lineStart, lineEnd);
            const row =
                header.kind === "md"
                    ? /^\s*\|/.test(line) && !/^[\s|:-]+$/.test(line)
                    : line.includes(header.kind === "tsv" ? "\t" : ",");
            if (row)
                cellsOf(line, header.kind).forEach((cell, column) => {
                    const name = header.names[column] ?? "";
                    const at = lineStart + cell.start;
                    if (at + cell.text.length > from && cell.text.length > 0 && names(name)) out.push({ at, name });
                });
            if (next < 0) break;
            lineStart = next + 1;
        }
        return out;
    }

    private observe(scanText: string, from: number, offset: number): void {
        sqlColumns.lastIndex = Math.max(0, from - 420);
        for (let m = sqlColumns.exec(scanText); m !== null; m = sqlColumns.exec(scanText)) {
            const names = m[1].split(",").map((n) => n.trim().replace(/^[`"'[]|[`"'\]]$/g, ""));
            if (m.index + m[0].length > from && namesSomething(names))
                this.header = { kind: "sql", names, end: offset + (m.index + m[0].length - from) };
        }
        // A line that ends in the segment: a header when its cells name a value, the end of a table when empty.
        for (let nl = scanText.indexOf("\n", from); nl >= 0; nl = scanText.indexOf("\n", nl + 1)) {
            const lineStart = scanText.lastIndexOf("\n", nl - 1) + 1;
            const line = scanText.slice(lineStart, nl);
            if (line.trim().length === 0) {
                if (this.header?.kind !== "sql") this.header = undefined;
                continue;
            }
            const kind = /^\s*\|.*\|\s*$/.test(line)
                ? "md"
                : /^[^,\n]+(?:,[^,\n]+)+$/.test(line)
                  ? "csv"
                  : /^[^\t\n]+(?:\t[^\t\n]+)+$/.test(line)
                    ? "tsv"
                    : undefined;
            if (kind === undefined) continue;
            const names = cellsOf(line, kind).map((c) => c.text);
            // A header's cells are words, not values: no cell of digits, none longer than a name.
            // (an SQL statement's line has commas too: "(a, password) VALUES ('x', …);" is no header).
            if (names.every((n) => headerName.test(n) && !/\d{3}/.test(n)) && namesSomething(names))
                this.header = { kind, names, end: offset + (nl - from) };
        }
    }
}

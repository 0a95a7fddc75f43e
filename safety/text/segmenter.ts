/**
 * Cuts text into segments at places no pattern can span, as the text arrives.
 *
 * The filter works segment by segment, each seeing the text before it as read-only context. A cut at
 * position i depends only on the characters before i and the character at i (never on what follows),
 * and each character is examined once, in order: so the segments — and the filtered output — are the
 * same however the text is chunked (streaming equals filtering the whole text at once, by
 * construction), and the work is linear in the text's length. What a stream holds back is the
 * unfinished last segment: usually the last word.
 *
 * A cut is allowed before a non-space character that follows whitespace, except:
 * - inside a PEM block (`-----BEGIN`, or a line with a key's body without it, until its `-----END … -----`
 *   line, or until a line that is not part of a PEM body when the END never comes);
 * - between digit groups, whatever separates them ("010 2345 6789", "010 - 2345 - 6789",
 *   "(02) 123 4567", full-width digits, Korean digit words "공일공 일이삼사");
 * - around a separator spelled as a word after a digit group ("010 다시 2345", "8 dot 8") and between
 *   number words ("zero one zero", "다섯 하나"): a next word that may go on with the number is waited for;
 * - around a single letter between digit groups ("M123 A 4567"), after a car plate's letter ("12가 3456");
 * - between the strings of a concatenated number in code (`"010-" + "2345-6789"`);
 * - between single Hangul characters ("시 발") or Latin letters ("f u c k"): spacing must not hide a word;
 * - around the words of a spelled-out e-mail address ("kim at company dot com",
 *   "kim 골뱅이 company 점 kr", "kim 앳 company 닷 com", "kim @ company.com", "kim@⏎company.com") and after `Bearer` / `Basic` /
 *   `Token`. After a word that could be an address's local part, the cut waits for the whole next word.
 * Very long runs without an allowed cut are cut at `maxSegment` characters.
 */
import { numberish } from "./spelledSeparators";
import { numberKindOf, spacedParticle } from "./numberWords";
import { joinsLabelledFields } from "./labelledGroups";
import { hexCodeBefore, isQuote, pastEmpty } from "./stringJoins";
import { SpreadValueHold } from "./labelledGaps";
import { MarkupGapState } from "./markupGaps";
import { afterContinuation, continuesSplitToken } from "./splitTokens";
import { pictographAt } from "./separatorLookalikes";
import { gluedMobileJoint } from "./phoneGlue";
import { endsDatePart, endsPlateHead, spacedPlateLetter } from "./plateJoint";
import {
    atSign,
    classAt,
    digitLike,
    hangulLetter,
    joinsGroups,
    latinLetter,
    numberWordStart,
    isBlank,
    isDigitLike,
    isSpace,
    separatorInitial,
    startsGroup
} from "./cutClasses";
import { armorlessKeyStart, closingDashes, pemLinePrefix } from "./pemLines";

export const maxSegment = 8192;
/** Characters kept before the segment being built (the PEM END check reads back 8). */
const keepBehind = 16;

const pemBegin = "-----BEGIN";
/** Words that join the parts of a spelled-out e-mail address. */
const joiningWord =
    /^(?:at|sign|\[at\]|\(at\)|\{at\}|@|\[@\]|\(@\)|골뱅이|골뱅|[[({]골뱅이[\])}]|앳|엣|에이티|dot|\.|\[dot\]|\(dot\)|\{dot\}|\[\.\]|\(\.\)|점|\[점\]|닷|쩜|(?:닷|점|쩜)(?:컴|콤|넷|케이알|오알지)(?:이에요|이야|입니다|으로|이고|이요|요|로|이|을|은)?)$/i;
/** The characters a joining word starts with (the cut reads the words only after one). */
const joiningInitials = "aAsS[({@골앳엣에dD.점닷쩜";
/** Brackets and quotes that may open an address glued to the word before (고객(kim at …). */
const opener = "(<[{\"'";
/** Words after which the value follows a space. */
const schemeWord = /^(?:Bearer|Basic|Token)$/i;
const schemeInitials = "bBtT";
/** A word that may be the local part of an e-mail address (or a domain label). */
const addressPart =
    /^(?:[A-Za-z0-9._%+@＠-]+(?:(?:골뱅이|골뱅|앳|엣|\(at\)|\[at\]|\{at\})[A-Za-z0-9._%+-]+)?|네이버|다음|한메일|네이트|지메일|카카오|야후|핫메일|아웃룩)$/i;
/** A line inside a PEM block: base64, a header (Proc-Type: …), or blank; maybe after a diff's or a comment's mark. */
const pemBody = new RegExp(String.raw`^[ \t]*${pemLinePrefix}(?:[A-Za-z0-9+/=]+|[A-Za-z-]+: .*)?[ \t\r]*$`);
/** A key's body without its BEGIN line (pii/secrets.ts: pemArmorless). */
const armorlessKey = new RegExp(armorlessKeyStart);

export class Segmenter {
    private buffer = "";
    /** Where the segment being built starts in `buffer`. */
    private start = 0;
    /** The next position whose cut has not been decided. */
    private next = 1;
    /** PEM state, advanced one character at a time. */
    private inPem = false;
    private pemEndMarker = false;
    private pemLines = 0;
    private lineStart = 0;
    /** The last position whose character the PEM state has taken in. */
    private pemAt = 0;
    /** Whether the text so far ends in a digit group and markup after it (text/markupGaps.ts). */
    private readonly markup = new MarkupGapState();
    /** The last "_", "-" or "A" (every listed token prefix has one) and the last ":", "=" or "|". */
    private lastTokenMark = -1;
    private lastFieldMark = -1;
    /** After a word naming a value (연락처, 카드번호, IP): its groups may follow spread out. */
    private readonly spread = new SpreadValueHold();

    /** Adds text; returns the segments it completed, in order. */
    push(chunk: string): string[] {
        this.buffer += chunk;
        const done: string[] = [];
        const text = this.buffer;
        this.scan(done, false);
        // Drop what was released once it is most of the buffer: linear overall. Early,
        // because each push reads the buffer as one string (appending made it a rope,
        // which is copied whole to be read); the few characters before `start` that the
        // PEM END check looks back at are kept.
        if (this.start > keepBehind + 256 && this.start * 2 > text.length) {
            const drop = this.start - keepBehind;
            this.buffer = text.slice(drop);
            this.next -= drop;
            this.lineStart -= drop;
            this.pemAt -= drop;
            this.lastTokenMark -= drop;
            this.lastFieldMark -= drop;
            this.spread.shift(drop);
            this.start -= drop;
        }
        return done;
    }

    /** Decides the cuts not yet decided; stops at one that waits for the next word (unless at the end). */
    private scan(done: string[], final: boolean): void {
        const text = this.buffer;
        let previousSpace = this.next > 0 && isSpace(text, this.next - 1);
        for (let i = this.next; i < text.length; i++) {
            const code = text.charCodeAt(i - 1);
            // Only N (…BEGIN), D (…END), "-" and a newline change the PEM state.
            if (i > this.pemAt) {
                if (code === 78 || code === 68 || code === 45 || code === 10) this.advancePem(text, i);
                if ((code >= 48 && code <= 57) || this.markup.busy)
                    this.markup.advance(code, i >= 2 ? text.charCodeAt(i - 2) : 0);
                if (code === 95 || code === 45 || code === 65) this.lastTokenMark = i - 1;
                else if (code === 58 || code === 61 || code === 124) this.lastFieldMark = i - 1;
                this.pemAt = i;
            }
            const [space, wasSpace] = [isSpace(text, i), previousSpace];
            previousSpace = space;
            let cut = i - this.start >= maxSegment;
            if (!cut && wasSpace && !space && i > this.start) {
                const decision = this.mayCut(text, i, final);
                if (decision === "wait") {
                    this.next = i;
                    return;
                }
                cut = decision;
            }
            if (cut) {
                done.push(text.slice(this.start, i));
                this.start = i;
            }
        }
        this.next = Math.max(this.next, text.length);
    }

    /** The rest, at the end of the text, in segments. */
    finish(): string[] {
        const done: string[] = [];
        this.scan(done, true);
        const rest = this.buffer.slice(this.start);
        if (rest.length > 0) done.push(rest);
        this.buffer = "";
        this.start = 0;
        this.next = 1;
        this.inPem = false;
        this.pemEndMarker = false;
        this.pemLines = 0;
        this.lineStart = 0;
        this.pemAt = 0;
        this.markup.reset();
        this.lastTokenMark = -1;
        this.lastFieldMark = -1;
        this.spread.reset();
        return done;
    }

    /** Characters held back so far. */
    get pending(): number {
        return this.buffer.length - this.start;
    }

    /**
     * false when the words on either side of the cut belong together; "wait" when the
     * word before could start an address and the next word is not complete yet.
     */
    private wordsAround(text: string, at: number, end: number, final: boolean): boolean | "wait" {
        if (end < this.start) return true;
        let begin = end;
        while (begin > this.start && !isSpace(text, begin - 1)) begin--;
        // An address glued after a bracket or a quote ("고객(kim AT …", "<kim at …"; not "(at)"): read from there.
        let word = begin;
        for (let k = end; k > begin && word === begin; k--)
            if (opener.includes(text[k - 1]) && !/[)\]}]/.test(text.slice(k, end + 1))) word = k;
        if (word > end) return true;
        // Only ASCII words and 골뱅이 / 점 / 앳 / 닷 matter here; skip the slice for the rest.
        const first = text[word];
        if (first.charCodeAt(0) > 127 && !"골점앳닷엣에쩜네다한지카야핫아".includes(first)) return true;
        // Joining words are short: a longer next word decides at once (no quadratic waiting).
        let next = at;
        while (next < text.length && next - at <= 8 && !isSpace(text, next)) next++;
        // Neither word can be a joining or a scheme word, and the next one is whole: no slice, no regex.
        const nextMayJoin = next - at <= 8 && ((next === text.length && !final) || joiningInitials.includes(text[at]));
        if (!nextMayJoin && !joiningInitials.includes(first) && !schemeInitials.includes(first)) return true;
        const previous = text.slice(begin, end + 1);
        if (joiningWord.test(previous) || schemeWord.test(previous)) return false;
        if (!addressPart.test(word === begin ? previous : text.slice(word, end + 1))) return true;
        if (next - at > 8) return true;
        if (next === text.length && !final) return "wait";
        return !joiningWord.test(text.slice(at, next));
    }

    private enterPem(): void {
        this.inPem = true;
        this.pemEndMarker = false;
        this.pemLines = 0;
    }

    /** Updates the PEM state with the character at i - 1 (never looks at i or beyond). */
    private advancePem(text: string, i: number): void {
        const c = text[i - 1];
        if (!this.inPem) {
            if (c === "N" && i - 10 >= this.start && text.startsWith(pemBegin, i - 10)) this.enterPem();
        } else if (this.pemEndMarker) {
            if (c === "\n") this.pemEndMarker = false;
            else if (c === "-" && i - 5 >= this.start && closingDashes(text, i)) this.inPem = false;
        } else if (c === "D" && i - 8 >= this.start && text.startsWith("-----END", i - 8)) {
            this.pemEndMarker = true;
        }
        if (c === "\n") {
            const line = text.slice(Math.max(this.lineStart, this.start), i - 1);
            // A key's body without its BEGIN line starts a block too.
            if (!this.inPem && /MI|MH|b3/.test(line) && armorlessKey.test(line)) this.enterPem();
            // A completed line that cannot be in a PEM body ends a block whose END never came.
            else if (this.inPem && !this.pemEndMarker && this.pemLines > 0 && !pemBody.test(line))
                this.inPem = line.includes("-----END");
            if (this.inPem) this.pemLines++;
            this.lineStart = i;
        }
    }

    /** Whether the word ending at `end` ends a number's part: a digit (or "공," before "둘"), a number word, a separator. */
    private endsNumber(text: string, end: number, depth = 0): boolean {
        if (end < this.start) return false;
        if (isDigitLike(text, end) || endsPlateHead(text, end, this.start) || endsDatePart(text, end, this.start))
            return true;
        if ((text[end] === "," || text[end] === ";") && end > this.start && isDigitLike(text, end - 1)) return true;
        // The word that ends at `end`, at most 13 characters of it.
        let begin = end;
        while (begin > this.start && !isSpace(text, begin - 1) && end - begin < 12) begin--;
        // Most words cannot start a number word, a separator or a pictograph: no slice, no regex.
        if ((classAt(text, begin) & numberWordStart) === 0) return false;
        const kind = numberKindOf(text.slice(begin, end + 1));
        if (kind === "number") return true;
        if (depth > 0 || kind === "other") return false;
        return this.endsNumber(text, this.lastNonSpace(text, begin - 1), 1);
    }

    /**
     * false: the words around `at` are parts of one number (a spelled separator, number
     * words, the strings of a concatenation); "wait" until the next word is whole.
     */
    private digitJoint(text: string, at: number, before: number, final: boolean): boolean | "wait" {
        const start = this.start;
        if (before < start) return true;
        const previous = text[before];
        const next = text[at];
        const nextClass = classAt(text, at);
        // Only a next word that can go on with a number asks whether one ends before it (most cuts: no).
        const particle = spacedParticle(text, at, final);
        const nextDigit = (nextClass & (digitLike | startsGroup)) !== 0 || pictographAt(text, at) || particle === true;
        if (
            (nextDigit || particle === "wait" || (nextClass & separatorInitial) !== 0) &&
            this.endsNumber(text, before)
        ) {
            if (particle === "wait") return "wait";
            if (nextDigit) return false;
            // "010 다시 …", "zero one …": a word that may go on with the number is read whole.
            if ((nextClass & separatorInitial) !== 0) {
                let end = at;
                while (end < text.length && end - at <= 10 && !isSpace(text, end)) end++;
                if (end === text.length && !final) return "wait";
                if (numberish(text.slice(at, end).replace(/[,;'"`)\]}>.]+$/, ""))) return false;
            }
        }
        // `"010-" + "2345-6789"`, `'010' '2345'`, `"AKIA…" + "…"`: a concatenated number or token's strings.
        if (
            isQuote(previous) &&
            /["'`+.|,]/.test(next) &&
            endsNumberPart(text, pastEmpty(text, before, start) - 1, start)
        )
            return false;
        if (isQuote(next) && /[+.|,]/.test(previous)) {
            let quote = before;
            while (quote >= start && /[+.|,]/.test(text[quote]) && before - quote < 2) quote--;
            while (quote >= start && isSpace(text, quote)) quote--;
            if (
                quote >= start &&
                isQuote(text[quote]) &&
                endsNumberPart(text, pastEmpty(text, quote, start) - 1, start)
            )
                return false;
        }
        return true;
    }

    /** The last position at or before `i` (and in the segment) that is not whitespace; below `start` if none. */
    private lastNonSpace(text: string, i: number): number {
        while (i >= this.start && isBlank(text, i)) i--;
        return i;
    }

    /** Whether `text[before]` (not a digit) joins a group that ends before it, or a hex code ends there. */
    private joinEndsBefore(text: string, before: number): boolean {
        const previous = text[before];
        let digitBefore = before - 1; // back past spaces and a run of dots ("010 ... 3947")
        while (
            digitBefore > this.start &&
            (isBlank(text, digitBefore) || (previous === "." && text[digitBefore] === "."))
        )
            digitBefore--;
        if (digitBefore >= this.start && (classAt(text, before) & joinsGroups) !== 0 && isDigitLike(text, digitBefore))
            return true;
        return hexCodeBefore(text, before, this.start);
    }

    private mayCut(text: string, at: number, final: boolean): boolean | "wait" {
        if (this.inPem) return false;
        // `ghp_1A2b… I0jK…`: a provider token broken short of its length goes on after the space.
        // Also any word broken by a shell line continuation (`wJalr…\⏎…`), marked or not.
        if (
            (this.lastTokenMark >= this.start || afterContinuation(text, at, this.start)) &&
            continuesSplitToken(text, at, this.start)
        )
            return false;
        const before = this.lastNonSpace(text, at - 1);
        // `<td>010</td> <td>1234</td>`, `"010" /* area */ + "-1234"`: markup between groups; `kim@⏎naver.com`.
        if (
            before >= this.start &&
            (this.markup.joins(text[before], text[at]) || (classAt(text, before) & atSign) !== 0)
        )
            return false;
        // `front: 920417⏎back: 1538261`: a value's groups as labelled fields.
        // Its name may lie before the segment: the characters kept behind it are read (always there).
        const behind = Math.max(0, this.start - keepBehind);
        if (before >= this.start && this.lastFieldMark >= behind && joinsLabelledFields(text, at, before, behind))
            return false;
        if (this.spread.holds(text, at, before, this.start)) return false;
        // The next visible character: invisible ones between the groups are read past.
        let visible = at;
        while (visible + 1 < text.length && isBlank(text, visible)) visible++;
        if (!final && isBlank(text, visible)) return "wait";
        const joint = this.digitJoint(text, visible, before, final);
        if (joint !== true) return joint;
        const glued = gluedMobileJoint(text, at, this.start, final);
        if (glued !== true) return glued;
        const words = this.wordsAround(text, at, before, final);
        if (words === "wait") return "wait";
        if (!words) return false;
        if (before < this.start) return true;
        const [previousClass, nextClass] = [classAt(text, before), classAt(text, visible)];
        const previousDigit = (previousClass & digitLike) !== 0;
        // Groups joined across the cut: asked only when the next word may go on with one.
        if ((nextClass & (digitLike | startsGroup)) !== 0 && (previousDigit || this.joinEndsBefore(text, before)))
            return false;
        const nextLatin = (nextClass & latinLetter) !== 0;
        // "M123 A 4567": a single letter between digit groups (a passport's kind) waits for what follows it.
        if (previousDigit && nextLatin && visible + 1 >= text.length) return final || "wait";
        if (previousDigit && nextLatin && (classAt(text, visible + 1) & latinLetter) === 0) return false;
        // "392 보 5208": a plate's letter spaced from both its digit groups (found from outside, 2026-12-07).
        const plate = previousDigit ? spacedPlateLetter(text, visible, this.start, final) : true;
        if (plate !== true) return plate;
        if ((previousClass & nextClass & hangulLetter) !== 0 && (before === this.start || isSpace(text, before - 1)))
            return false;
        // "f u c k", "M 6 3 5 G 3 3 4 3": single letters and digits spaced out stay together too.
        if (
            (previousClass & (latinLetter | digitLike)) !== 0 &&
            (nextClass & (latinLetter | digitLike)) !== 0 &&
            (before === this.start || !/[A-Za-z0-9]/.test(text[before - 1]))
        )
            return false;
        return true;
    }
}

/**
 * A digit-like character, a token's character, or a group join (-./_) right after one: the
 * end of a part of a number or of a token split into concatenated strings.
 */
function endsNumberPart(text: string, i: number, start: number): boolean {
    if (i < start) return false;
    if (isDigitLike(text, i) || /[A-Za-z0-9_+/=@가-힣-]/.test(text[i])) return true;
    // "010-" ends a part; so does the string "-" between two ("010" + "-" + "2345").
    return i - 1 >= start && /[-._/]/.test(text[i]) && (isDigitLike(text, i - 1) || isQuote(text[i - 1]));
}

/** Splits a whole text the way a stream would be. */
export function segmentText(text: string): string[] {
    const segmenter = new Segmenter();
    return [...segmenter.push(text), ...segmenter.finish()];
}

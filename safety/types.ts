/** PII and secret types the recognizers report (names fixed by the CLI contract). */
export type PiiType =
    | "KR_RRN"
    | "KR_FRN"
    | "KR_PASSPORT"
    | "KR_DRIVER_LICENSE"
    | "KR_BRN"
    | "KR_CRN"
    | "PHONE"
    | "EMAIL"
    | "CREDIT_CARD"
    | "BANK_ACCOUNT"
    | "IP_ADDRESS"
    | "KR_ADDRESS"
    | "NATIONAL_ID"
    | "KR_VEHICLE_PLATE"
    | "DEVICE_ID"
    | "DATE_OF_BIRTH"
    | "URL_CREDENTIALS"
    | "SECRET";

/** Content categories: the Gemma Prohibited Use Policy's harms (names fixed). */
export type ContentCategory = "profanity" | "hate" | "harassment" | "sexual" | "violence" | "self_harm" | "dangerous";

/** What the policy does with a finding, weakest first. */
export type Action = "allow" | "warn" | "mask" | "redact" | "block";
export const actionOrder: readonly Action[] = ["allow", "warn", "mask", "redact", "block"];

/** A PII or secret span in the text. Offsets are UTF-16 code units into the input. */
export interface PiiFinding {
    type: PiiType;
    start: number;
    end: number;
    /** 0..1: how sure the recognizer is (a valid check digit or a context word raises it). */
    score: number;
    /** Which rule matched, e.g. `kr_rrn.checksum`. */
    rule: string;
    /**
     * Ranges inside [start, end) that stay on screen: the words or lines between a value's groups
     * spread out (`앞부분은 7254입니다. 가운데는 214…`). Only the rest is redacted.
     */
    gaps?: ReadonlyArray<readonly [number, number]>;
}

/** A content-safety hit: a lexicon span or a classifier verdict on a sentence. */
export interface ContentFinding {
    category: ContentCategory;
    start: number;
    end: number;
    score: number;
    rule: string;
}

/** A recognizer: one concern, one type. Pure: text in, spans out. */
export interface Recognizer {
    readonly type: PiiType;
    /**
     * Cheap test: can `segment` contain a match at all? A reported span lies inside the
     * segment; `text` is the segment with its read-only context before it.
     */
    mayMatch(segment: string, text: string): boolean;
    /**
     * True when mayMatch is false on a segment without an ASCII digit (it tests for digits first: \d,
     * \d{2} … \d{7}, a passport's letter and three digits): such a segment skips the recognizer.
     */
    readonly needsDigit?: boolean;
    /** Spans found in `text`; only those starting at or after `from` are wanted (the rest is context). */
    scan(text: string, from: number): PiiFinding[];
}

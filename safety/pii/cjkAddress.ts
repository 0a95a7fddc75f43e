// A Japanese or Chinese address's door numbers, as KR_ADDRESS (address.ts) redacts a Korean one's:
// the block and house after 丁目 ("神南3丁目12-13" → "神南3丁目[주소]"), the 番地 of a lot, a 号室
// flat; a Chinese road's building number ("教工路87号") and a flat's building, entrance and room
// ("7号楼3单元1403室"). The prefecture, city, district and road stay: alone they point at thousands
// of doors. Found in a development set (2026-12-07, set 83): customers' addresses in Japan and China
// passed whole. Each form is one only the address system writes (丁目, 号室, 号楼…单元…室), or a road's
// number after the city or district it lies in, so a channel's or a line's number ("频道5号",
// "地铁2号线") is not one.
import { patternRecognizer } from "./recognizer";

/** Where a house number's digits may be joined: hyphens of every width, and the long vowel mark some writers use. */
const dash = "[-‐‑–—−ー－]";

export const cjkAddress = patternRecognizer({
    needsDigit: true,
    type: "KR_ADDRESS",
    mayMatch: (segment) => /[丁番号號栋幢单元室都道府県市区町村]/.test(segment) && /\d/.test(segment),
    patterns: [
        // 3丁目12-13, 3丁目12番13号, 3丁目12番地: the house after the block (the block's number stays).
        {
            id: "jp_chome",
            regex: new RegExp(
                `(?<=\\d\\s*丁目\\s*)\\d{1,4}(?:${dash}\\d{1,4}){0,2}(?:番地?(?:\\s*\\d{1,4}号?)?)?(?![\\d])`,
                "g"
            )
        },
        // 1番地2, 12番5号 after a town's name (no 丁目): the lot and house.
        {
            id: "jp_banchi",
            regex: new RegExp(
                `(?<=[\\u3040-\\u30ff\\u4e00-\\u9fff])\\d{1,4}番(?:地\\s*(?:\\d{1,4}(?:${dash}\\d{1,4})?)?|\\s*\\d{1,4}号)`,
                "g"
            )
        },
        // 高円寺南4-13-4: block, lot and house in dashes after the town, a prefecture, city or ward before it.
        {
            id: "jp_dashed",
            regex: new RegExp(
                `(?<=[都道府県市区町村][\\u3040-\\u30ff\\u4e00-\\u9fff]{1,10})\\d{1,2}${dash}\\d{1,4}${dash}\\d{1,4}(?![\\d-])`,
                "g"
            )
        },
        // A flat: 1201号室 (its number and the mark; nothing else writes 号室).
        { id: "jp_room", regex: /(?<![\d-])\d{1,5}\s*号室/g },
        // A Chinese road's building number (its section too: 人民南路四段12号), the city or district before it on the line.
        {
            id: "cn_road",
            regex: /(?<=[市区區县縣镇鎮][^\n\d,，。;；]{0,16}(?:路|街|道|巷|弄|里|胡同|大道)(?:[一二三四五六七八九十]{1,2}段)?)\d{1,5}(?:-\d{1,4})?\s*[号號](?![线線码碼楼樓])/g
        },
        // A flat's building, entrance and room: 7号楼3单元1403室, 5栋1203室, 3单元502室.
        {
            id: "cn_flat",
            regex: /(?<!\d)(?:\d{1,4}\s*(?:号楼|號樓|栋|棟|幢|座)\s*(?:\d{1,2}\s*单元\s*)?|\d{1,2}\s*单元\s*)\d{2,5}\s*室/g
        }
    ],
    validate({ id }) {
        return { score: 0.8, rule: `kr_address.${id}` };
    }
});

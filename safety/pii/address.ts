// 주소: the numbers of a Korean address that point at one door — a road-name or lot-number address's
// building number after its province (or city and district) and road ("서울 노원구 송도과학로 86",
// "수원시 영통구 길주로 32", "관악구 봉천동 123-45"), and an apartment's building and unit ("해오름아파트
// 108동 1904호", "푸른숲아파트 107-604"). The names of the city, the road and the complex stay: alone
// they point at thousands of doors, and a reader keeps the gist ("서울 노원구 송도과학로 [주소]").
// Found from outside (2026-12-06): a person's home posted with a call to go there passed whole.
// Only the number is reported, so it lies in the segment being filtered (the text before is context).
import { patternRecognizer } from "./recognizer";

/** A province or metropolitan city, in its short or full name. */
const province =
    "(?:서울(?:특별시|시)?|부산(?:광역시|시)?|대구(?:광역시|시)?|인천(?:광역시|시)?|광주(?:광역시|시)?|대전(?:광역시|시)?|울산(?:광역시|시)?|세종(?:특별자치시|시)?|경기(?:도)?|강원(?:특별자치도|도)?|충북|충청북도|충남|충청남도|전북(?:특별자치도)?|전라북도|전남|전라남도|경북|경상북도|경남|경상남도|제주(?:특별자치도|도)?)";
/** A province then its city, county or district; or a city then its district ("수원시 영통구"). */
export const region = `(?:${province}\\s+(?:[가-힣]{1,5}시\\s+)?[가-힣]{1,5}(?:구|군|시)|[가-힣]{1,4}시\\s+[가-힣]{1,4}구)`;
/** The same, its parts written together as well ("서울특별시강남구테헤란로5길12": an address typed without spaces). */
const regionGlued = `(?:${province}\\s*(?:(?!특별|광역)[가-힣]{1,5}시\\s*)?(?!특별|광역|도\\s)[가-힣]{1,5}(?:구|군|시)|[가-힣]{1,4}시\\s*[가-힣]{1,4}구)`;
/** A road (송도과학로, 세종대로 23길) or a lot's town (봉천동, 신림리, 을지로3가). */
export const place =
    "(?:[가-힣0-9]{1,10}(?:로|길)(?:\\s*\\d{1,4}(?:번)?(?:길|가))?|[가-힣0-9]{1,8}(?:동|리|가)(?:\\s*산)?)";
/** What follows a number that is not a building's: a count, a unit, a bus line. */
const notBuilding =
    "(?!\\d|[.,:]\\d|\\s*번(?!지)|번(?!지)|명|개|원|년|월|일|%|분|초|시간|km|층|세|차|회|동|호|길|가(?![가-힣])|m(?![a-z]))";
/** The word for an apartment complex or a house (해오름아파트, 별빛타운, 은하수빌). */
const complex =
    "(?:아파트|빌라|빌|타운|맨션|오피스텔|하이츠|캐슬|빌리지|자이|푸르지오|래미안|힐스테이트|팰리스|아이파크|e편한세상|주공)";

/** A public building's name, then its address (in brackets, after 주소는, or in the next cell). */
const publicPlace =
    "(?:청사|시청|구청|군청|도청|의사당|박물관|미술관|도서관|기념관|과학관|대학교|법원|검찰청|경찰서|소방서|우체국|보건소|주민\\s*센터|행정\\s*복지\\s*센터|공항|터미널|시민\\s*회관|문화\\s*회관|체육관|경기장|대사관|영사관)";
const publicBuilding = new RegExp(`${publicPlace}(?:\\s*[(:|]|\\s+주소(?:는|:)?)\\s*${region}[^\\n(|]*$`);

/** Or its name in brackets after the address ("세종대로 110 (서울특별시청)"). */
const publicAfter = new RegExp(`^[^\\n(]{0,12}\\(\\s*[가-힣\\s]{0,16}${publicPlace}\\s*\\)`);

/**
 * A building's own name and wing between its number and a unit ("판교역로 235 에이치스퀘어 N동 7층 701호",
 * "올림픽로 300 롯데월드타워 35층 3501호"; found from outside, 2026-12-07: the unit stayed).
 */
export const namedBuilding = "(?:[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14}\\s+)?(?:[A-Za-z가-힣0-9]{1,3}동\\s*)?";

/** Between an address's parts: spaces, or an HTML line break ("서울특별시 관악구<br>관악로 181-22<br>…"). */
export const lineBreak = "(?:\\s+|\\s*<br\\s*/?>\\s*)";

export const koreanAddress = patternRecognizer({
    needsDigit: true,
    type: "KR_ADDRESS",
    mayMatch: (segment) => /\d/.test(segment),
    // (Each pattern matches the number first and looks back after it: a look-behind first would run
    // at every position of every window.)
    patterns: [
        {
            id: "building",
            regex: new RegExp(
                `(?<![\\d-])\\d{1,4}(?:-\\d{1,4})?${notBuilding}(?<=${regionGlued}(?:\\s*|\\s*<br\\s*/?>\\s*)(?:[가-힣]{1,5}(?:읍|면)\\s*)?${place}\\s*\\d{1,4}(?:-\\d{1,4})?)`,
                "g"
            )
        },
        {
            id: "apartment",
            regex: new RegExp(
                `(?<!\\d)\\d{1,4}동(?<=(?:${complex}|(?:로|길|동|리|가)\\s*\\d{1,4}(?:-\\d{1,4})?\\s*[,/-]?)\\s*\\d{1,4}동)`,
                "g"
            )
        },
        {
            id: "unit",
            regex: new RegExp(`(?<!\\d)\\d{1,5}호(?!선|기|차|점|봉|수)(?<=(?<!\\d)\\d{1,4}동\\s*\\d{1,5}호)`, "g")
        },
        // A unit right after a lot's or a road's building number (a building's name and wing between), under its region as a building's is
        // ("수영구 광안동 158-46 288호", "북구 용봉동 26-29번지 197호", "마포구 독막로 1, 7층 804호"; set 83,
        // 2026-12-07). The view writes the comma between two numbers as a hyphen.
        {
            id: "lot-unit",
            regex: new RegExp(
                `(?<!\\d)\\d{1,5}호(?!선|기|차|점|봉|수)(?<=${regionGlued}\\s*(?:[가-힣]{1,5}(?:읍|면)\\s*)?${place}\\s*\\d{1,4}(?:-\\d{1,4})?(?:번지)?(?:\\s+|\\s*[,-]\\s*)${namedBuilding}(?:\\d{1,3}층\\s*)?\\d{1,5}호)`,
                "g"
            )
        },
        {
            id: "complex-unit",
            regex: new RegExp(`(?<!\\d)\\d{2,5}호(?!선|기|차|점|봉|수)(?<=${complex}\\s*[,/]?\\s*\\d{2,5}호)`, "g")
        },
        {
            id: "apartment-unit",
            regex: new RegExp(`(?<![\\d-])\\d{2,4}-\\d{3,4}(?![\\d-])(?<=${complex}\\s*\\d{2,4}-\\d{3,4})`, "g")
        }
    ],
    validate({ id, match }) {
        // A public building's address after its name ("국립중앙박물관 (서울특별시 용산구 서빙고로 137)",
        // "부산시청 주소는 …", a table's 기관 | 주소 row): a place everyone visits, nobody's home.
        if (
            id === "building" &&
            (publicBuilding.test(match.input.slice(Math.max(0, match.index - 90), match.index)) ||
                publicAfter.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 40)))
        )
            return undefined;
        return { score: id === "building" ? 0.85 : 0.7, rule: `kr_address.${id}` };
    }
});

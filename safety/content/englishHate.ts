// Hate against a group written in English (round 29; content 110: h_hate_lgbt_mixed and h_hate_in_code passed in
// part, and "kill all muslims", "gas the jews", "Jews control everything and must be removed" all passed): a group
// named by what its people are (a religion, an origin, a colour, a sexuality, a gender, a disability) and, in one
// clause, a call to kill or remove them all or a word that makes them vermin. History, the news, counter-speech and
// a moderation list name the same words to condemn or to filter them: those are topics.
import { re, type Frame } from "./frameWords";

const w = (source: string) => `(?<![a-z])(?:${source.replace(/\\s\+/g, "\\s+(?:[가-힣]+\\s+)?")})(?![a-z])`;

const group =
    "(?:muslims?|moslems?|islam|jews?|jewish\\s+people|christians?|hindus?|buddhists?|immigrants?|migrants?|refugees?|foreigners?|blacks?|black\\s+people|africans?|asians?|chinese|koreans?|japanese|mexicans?|arabs?|gays?|lesbians?|homosexuals?|queers?|trans(?:gender)?\\s+people|trannies|women|females|feminists?|men|disabled\\s+people|the\\s+disabled|retards|cripples)";
const exterminate =
    "(?:kill|gas|exterminate|wipe\\s+out|slaughter|murder|shoot|hang|lynch|burn|eradicate|purge|cleanse|genocide|deport|get\\s+rid\\s+of)";
const vermin =
    "(?:vermin|animals|subhuman|sub-human|not\\s+(?:even\\s+)?human|parasites|rats|cockroaches|roaches|a\\s+(?:disease|plague|cancer|virus)|filth|trash|garbage|scum|apes|monkeys|insects|bugs)";

const called = w(
    `${exterminate}\\s+(?:all\\s+)?(?:(?:the|these|those|every|those\\s+filthy|the\\s+filthy)\\s+)?${group}|${group}\\s+(?:\\w+\\s+)?(?:are|is)\\s+(?:all\\s+|just\\s+|nothing\\s+but\\s+|literally\\s+)?${vermin}|${group}\\s+(?:should|must|need\\s+to|ought\\s+to|have\\s+to|deserve\\s+to)\\s+(?:all\\s+)?(?:be\\s+)?(?:killed|exterminated|removed|gassed|shot|hanged|burned|wiped\\s+out|die|eradicated|deported|purged)|${group}\\s+control\\s+(?:everything|the\\s+(?:world|media|banks))`
);

const hateTopic = w(
    "history|historical|holocaust|nazis?|genocide\\s+(?:of|in|against)|museum|memorial|propaganda|counter|dehumaniz\\w*|dehumanis\\w*|called|calling|claim\\w*|myth|conspiracy\\s+theor\\w*|slurs?|hate\\s+speech|reported|news|never|not\\s+okay|isn'?t\\s+okay|wrong\\s+to|quotes?|example|moderat\\w*|blocklist|banned|flag\\w*|detect\\w*|test\\s+case|fixture|lice|mosquito\\w*|pests?"
);

/**
 * A nude made of a real person without asking (content 110: h_sex_deepfake_tool_code passed 4 of 19), as code
 * says it once its identifiers are read as words ("make_nude_of_coworker", "undressPhoto(classmate)").
 */
const nudeOf = w(
    "(?:nude|naked|undress\\w*|strip\\w*|nsfw|porn)\\s+(?:\\S+\\s+){0,3}?(?:of\\s+)?(?:(?:a|my|her|his|the|any)\\s+)?(?:coworker|co-worker|colleague|classmate|ex|girlfriend|crush|neighbou?r|teacher|student|real\\s+(?:person|people|woman|women|girl)|instagram\\s+(?:photo|pic)s?|profile\\s+(?:photo|pic)s?)|deepfake\\s+(?:\\S+\\s+){0,2}?(?:nudes?|porn|naked|sex)"
);

export const englishHateFrames: Frame[] = [
    { category: "hate", rule: "frame.english.hate", ideas: [re(called)], unless: re(hateTopic) },
    {
        category: "sexual",
        rule: "frame.english.nude_of",
        ideas: [re(nudeOf)],
        unless: re(
            w(
                "detect\\w*|report\\w*|takedown|remove|victims?|law|illegal|news|policy|block\\w*|flag\\w*|consent\\s+(?:given|verified|check\\s+passed)"
            )
        )
    }
];

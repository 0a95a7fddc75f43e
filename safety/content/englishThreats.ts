// English threats and self-harm urging the English frames (englishHarm.ts) and the English threat phrase
// (phrases.ts) do not name (round 29; content 110 read as a development set: h_vio_english_threat passed 9 of 19,
// h_sh_english_mixed 9 of 19; an attacker: "I will find where you live and stab you tonight" passed). Ideas:
// - a first-person intent to hurt a person, in one clause: "I'll" / "I'm going to" / "I'm coming to" … and a
//   harm done to "you" or a person ("cut your throat", "put a bullet in your head", "waiting with a bat");
// - a fate told to "you" with no agent named ("you're getting run over", "your house burns with you inside");
// - knowing where a person's child or family is, said with a demand or a warning ("… Pay or they get hurt");
// - a second person told to end their life ("go hang yourself", "take the whole bottle"), or "end it" with the
//   words that say no one will stop it ("skip the hotline", "don't tell anyone first"), in English or mixed with
//   Korean ("빨리 끝내라 seriously, …");
// - a method for ending a life named as the best one ("Hanging is the quickest method").
// A process, a bug, a game, a story told of others, the news and help are topics: "I'll kill the process",
// "I'd kill for a coffee", "I'm going to destroy you in ranked tonight", a 988 reply.
import { re, type Frame } from "./frameWords";

/** Words whole; a space may hold the Hangul a Latin word types on the Korean layout (frameReading.ts: "with 쟈소"). */
const w = (source: string) => `(?<![a-z])(?:${source.replace(/\\s\+/g, "\\s+(?:[가-힣]+\\s+)?")})(?![a-z])`;

const person =
    "(?:you|u|ya|him|her|them|(?:your|ur|his|her|their)\\s+(?:\\w+\\s+)?(?:kids?|children|wife|husband|family|mom|dad|son|daughter|sister|brother|parents|girlfriend|boyfriend))";
const body = "(?:throat|head|skull|face|neck|legs?|arms?|knees?|ribs|jaw|teeth|fingers|guts|heart|chest)";

/** Said by the writer of what they will do. */
const intent = w(
    "i(?:'ll|’ll|\\s+will|\\s+am\\s+(?:going\\s+to|gonna)|'m\\s+(?:going\\s+to|gonna)|’m\\s+(?:going\\s+to|gonna)|\\s+swear\\s+i'?ll|\\s+promise\\s+i'?ll)|im\\s+(?:gonna|going\\s+to)|i'?m\\s+coming\\s+(?:to|for)|i'?ll\\s+be\\s+waiting|gonna"
);
/** A harm done to a person's body. */
const harm = w(
    `(?:cut|slit|slash|rip|tear)\\s+(?:out\\s+)?(?:your|ur|his|her|their)\\s+${body}|put\\s+(?:a|one|two|\\d+)\\s+(?:bullets?|rounds?)\\s+(?:in|into|through)\\s+(?:your|ur|his|her|their|you|him)|(?:beat|kick|stomp|bash|punch)\\s+${person}\\s+(?:to\\s+death|half\\s+to\\s+death|senseless|bloody|into\\s+the\\s+ground|until|till)|(?:choke|strangle|stab|shoot|gut|murder|kill|suffocate|drown|behead|bury|torch)\\s+${person}|(?:break|snap|smash|crush|cave\\s+in|bash\\s+in)\\s+(?:your|ur|his|her|their)\\s+${body}|(?<=waiting\\s(?:[가-힣]+\\s)?(?:for\\s(?:you|him|her)\\s)?(?:outside\\s(?:\\S+\\s){0,2})?)with\\s+(?:a|my)\\s+(?:bat|knife|gun|crowbar|hammer|machete|blade|pipe|axe)|run\\s+${person}\\s+over|burn\\s+(?:your|ur|his|her|their)\\s+(?:house|home|place|car)\\s+(?:down\\s+)?(?:with|while)|set\\s+${person}\\s+on\\s+fire|make\\s+(?:you|him|her)\\s+bleed|end\\s+(?:you|your\\s+life)`
);

/** A fate told to "you", nobody named as doing it. */
const fate = w(
    "you(?:'re|’re|\\s+are)\\s+(?:getting|gonna\\s+get|going\\s+to\\s+get|about\\s+to\\s+get)\\s+(?:run\\s+over|stabbed|shot|killed|beaten|jumped|buried|gutted)|your\\s+(?:house|home|car|place|apartment)\\s+(?:burns|will\\s+burn|is\\s+going\\s+to\\s+burn|goes\\s+up)\\s+(?:\\S+\\s+){0,3}?(?:with\\s+you|while\\s+you)|someone(?:'s|’s|\\s+is)\\s+(?:going\\s+to|gonna|about\\s+to)\\s+(?:stab|shoot|kill|gut|strangle|run\\s+over)\\s+you|(?:you|u)\\s+(?:won'?t|will\\s+not)\\s+(?:live|survive)\\s+(?:to\\s+see|through|past|until|the)"
);

/** Knowing where a person's family is. */
const known = w(
    "i\\s+know\\s+where\\s+(?:you|your\\s+(?:\\w+\\s+)?(?:kids?|children|daughter|son|wife|husband|family|mom|mother|parents))\\s+(?:live|lives|go|goes|work|works|sleep|sleeps|study|studies)|i\\s+know\\s+(?:your|ur)\\s+(?:kid|kids|child|children|daughter|son|wife|husband|family|mom|mother|parents)(?:'s|’s|s'|s)?\\s+(?:school|address|house|home|work|office|route)"
);
const demand = w(
    "regret|pay|or\\s+(?:else|they|she|he|you)|get\\s+hurt|gets?\\s+hurt|be\\s+a\\s+(?:shame|pity)|accidents?\\s+happen|last\\s+warning|unless|careful|watch\\s+(?:your|out)|sleep\\s+well|keep\\s+(?:talking|it\\s+up)|if\\s+you\\s+(?:don'?t|tell|go|call)"
);

/** Game, code, sports, a story or the news: the same verbs said of no person. */
const threatTopic = w(
    "sprint|feature\\s+requests|tickets|meetings|emails|batting|baseball|softball|cricket|glove|dugout|process(?:es)?|thread|pod|server|container|daemon|task|session|bug|tests?|build|game|match|ranked|lobby|raid|boss|npc|level|round|respawn|minecraft|fortnite|valorant|overwatch|league|pubg|dota|chess|novel|story|film|movie|episode|chapter|character|lyrics?|song|rap|police\\s+said|reported|according\\s+to|arrested|charged|court|trial|headline|news"
);

/** A second person told to end their life. */
const urged = w(
    "(?:go|just|pls|please|plz|you\\s+should|you\\s+need\\s+to|why\\s+don'?t\\s+you|better)\\s+(?:(?:just|go|and|already)\\s+)*(?:hang|drown|unalive|off|starve|gas|poison|shoot|overdose|bleed)\\s+(?:yourself|urself|yourselves)|kys|(?:take|swallow|down)\\s+(?:the\\s+whole\\s+bottle|all\\s+(?:the|your|of\\s+your|those)\\s+(?:pills|meds|tablets))|(?:hang|drown|unalive|gas)\\s+(?:yourself|urself)\\s+(?:already|now|tonight|from|with|in|off)"
);
const urgedTopic = w(
    "don'?t\\s+(?:do|ever|you\\s+dare|hang|take|cut|drown|listen|let)|do\\s+not\\s+(?:do|take|hang)|never|careful|told\\s+me|said\\s+to\\s+me|someone\\s+(?:told|said|wrote)|report\\w*|bully\\w*|lyrics?|song|988|hotline|crisis|help\\s+(?:me|him|her)|what\\s+(?:do|should)\\s+i|doctor|prescribed|as\\s+directed|antibiotics?|course"
);

/** "End it" and the words that say nobody will stop it. */
const endIt = w(
    "just\\s+do\\s+it|finish\\s+it|end\\s+it(?:\\s+all)?|get\\s+it\\s+over\\s+with|(?<=^|\\s)(?:빨리|그냥|걍|얼른)\\s*(?:끝내(?:라|버려|세요)|죽어(?:라|버려)?)|그러니까\\s*죽어"
);
const unstopped = w(
    "skip\\s+the\\s+(?:hotline|helpline|crisis\\s+line|therapist)|don'?t\\s+(?:tell|call|text)\\s+(?:anyone|anybody|your\\s+\\w+)|(?:no\\s+one|nobody)(?:'s|’s|\\s+is|\\s+will\\s+be)\\s+(?:stopping|going\\s+to\\s+stop|gonna\\s+stop)\\s+you(?!\\s+(?:from|to))|tonight'?s\\s+the\\s+night|do\\s+it\\s+(?:on\\s+stream|live)|we(?:'re|’re|\\s+are)\\s+(?:all\\s+)?waiting|(?:nobody|no\\s+one)\\s+(?:would|will)\\s+(?:miss|care)|(?:would|will)\\s+be\\s+relieved|it'?s\\s+painless|(?:the\\s+)?whole\\s+bottle|한강|옥상|i'?d\\s+do\\s+it\\s+now"
);
const endTopic = w(
    "appl(?:y|ying|ication)|jobs?|interview|homework|assignment|project|deadline|report|essay|exam|thesis|sprint|ticket|pr|merge|release|game|level|boss|raid|workout|set|rep|season|series|show|book|drama|relationship|breakup|marriage|contract|lease"
);

/** A way of ending a life named as the best one. */
const bestWay = w(
    "(?:hanging|jumping|an?\\s+overdose|overdosing|bleeding\\s+out|carbon\\s+monoxide|helium|an\\s+exit\\s+bag|slitting\\s+(?:your|the)\\s+wrists?)\\s+(?:is|are|was|would\\s+be)\\s+(?:the\\s+|your\\s+)?(?:quickest|fastest|easiest|surest|best|most\\s+(?:reliable|painless|effective|certain)|least\\s+painful|painless)"
);
const bestWayTopic = w(
    "clothes|laundry|drying|pictures?|paintings?|wallpaper|curtains?|plants?|baskets?|rope\\s+course|jump\\s+rope|bungee|parachute|trampoline|high\\s+jump|long\\s+jump|rates?|statistics|study|studies|prevent\\w*|research|means\\s+restriction"
);

export const englishThreatFrames: Frame[] = [
    {
        category: "violence",
        rule: "frame.english.threat",
        ideas: [re(`${intent}[^.!?\\n]{0,60}?${harm}`)],
        unless: re(threatTopic)
    },
    { category: "violence", rule: "frame.english.fate", ideas: [re(fate)], unless: re(threatTopic) },
    { category: "violence", rule: "frame.english.known", ideas: [re(known), re(demand)], unless: re(threatTopic) },
    { category: "self_harm", rule: "frame.english.urged", ideas: [re(urged)], unless: re(urgedTopic) },
    { category: "self_harm", rule: "frame.english.end_it", ideas: [re(endIt), re(unstopped)], unless: re(endTopic) },
    { category: "self_harm", rule: "frame.english.best_way", ideas: [re(bestWay)], unless: re(bestWayTopic) }
];

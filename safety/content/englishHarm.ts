// Harm in English the first English frame (englishFrames.ts) and the English phrases do not name (round 28, an
// attacker: 36 of 69 English texts passed). Each frame is an idea of harm and the words that make it a way to do it
// (a request for the method, or an answer giving it: "Sure! … fill a steel pipe …", "Step 1: …"), with the words
// that make it a topic instead (the news, prevention, help, a game, safety). A story that carries the method is
// no topic: fiction is not in these frames' `unless`.
import { re, type Frame } from "./frameWords";

/**
 * Words as frames read them: whole, and a space may hold the Hangul a Latin word reads as when typed on the Korean
 * layout (frameReading.ts adds it: "a girl 햐기's drink", "a toxic 새턏 gas").
 */
const w = (source: string) => `(?<![a-z])(?:${source.replace(/\\s\+/g, "\\s+(?:[가-힣]+\\s+)?")})(?![a-z])`;

/** Something made to maim or kill many: a bomb, its powder and parts, a gun no one can trace, a poison gas. */
const weapon = w(
    "(?:pipe|nail|car|fertili[sz]er|pressure[- ]cooker|dirty|homemade|home-made|letter|suicide)\\s+bombs?|molotov(?:\\s+cocktails?)?|ieds?|explosive(?:s|\\s+(?:device|charge|vest|belt))|detonators?|blasting\\s+caps?|thermite|napalm|tatp|anfo|black\\s+powder|gun\\s*powder|grenades?|(?:untraceable|unregistered|unserialized|ghost|3d[- ]printed)\\s+(?:guns?|firearms?|pistols?|rifles?|ar-?15s?)|3d[- ]print\\s+(?:a|an)\\s+(?:gun|pistol|rifle|firearm)|zip\\s+guns?|(?:toxic|poison(?:ous)?|chlorine|mustard|nerve|deadly|lethal)\\s+gas|(?:a|the)\\s+bomb(?!-|\\s+(?:detector|detection|squad|disposal|threat|shelter|scare|sniff\\w*|dogs?|drill|cyclone))|bombs(?=\\s+(?:at|in|to|for|with|from)\\s)"
);
/** Making, arming or using it. */
const make = w(
    "make|makes|making|made|build|building|assemble|assembling|construct\\w*|create|creating|3d[- ]print|print|cook|synthesi[sz]e|mix|mixing|fill|pack|attach|wire|detonate|ignite|light|set\\s+off|plant|get|buy|acquire"
);
/** A way asked for or given. */
const way = w(
    "how|ways?|steps?|step\\s*\\d|instructions?|recipe|tutorial|guide|teach|tell\\s+me|explain|sure|here(?:'s|\\s+is)|first|then|next|you(?:'ll)?\\s+need|ingredients|materials|at\\s+home|diy|easiest|best|can\\s+i|could\\s+i|i\\s+want\\s+to|i'm\\s+going\\s+to|help\\s+me"
);
/** The news, the law, history, safety and the hobbies that share the words. */
const weaponTopic = w(
    "news|police|arrested|charged|convicted|sentenced|investigat\\w*|reported|history|historical|manhattan\\s+project|world\\s+war|museum|documentary|bath|seed|photo|never|don'?t|do\\s+not|avoid|accident(?:al|ally)?|safety|safely\\s+dispose|poison\\s+control|ventilat\\w*|illegal\\s+to|laws?|regulat\\w*|ban(?:ned)?|mining|demolition|quarry|fireworks?\\s+(?:show|display)|minecraft|fortnite|call\\s+of\\s+duty|gta|in\\s+the\\s+game|game's"
);

/** One's own death or injury, named. */
const self = w(
    "(?:kill|hang|cut|hurt|harm|poison|drown|shoot|starve|burn|suffocate)\\s+(?:myself|yourself|oneself)|(?:my|your)\\s+(?:own\\s+)?wrists?|slit\\s+(?:my|your)|(?:end|take)\\s+(?:my|your)\\s+(?:own\\s+)?life|to\\s+die|overdos\\w*|od\\s+on|suicide|bleed\\s+(?:out|to\\s+death)|noose|jump\\s+off\\s+(?:a|the)\\s+(?:bridge|building|roof)"
);
/** A method: how, which, how many, where, a dose given, without being stopped. */
const selfMethod = w(
    "how(?:\\s+(?:to|do|can|many|much|long|deep|high))?|(?:best|easiest|quickest|fastest|surest|painless|most\\s+(?:painless|effective|reliable))|where\\s+(?:should|do|to|can)|which\\s+(?:pills|drugs|method|vein|bridge|knot)|what\\s+(?:pills|drugs|dose|knot)|take\\s+(?:about|at\\s+least|around|all)|\\d+\\s*(?:tablets|pills|mg|grams|capsules)|tie\\s+the|deep\\s+enough|vertical(?:ly)?|without\\s+(?:anyone|being)\\s+(?:noticing|knowing|seeing|stopping)|so\\s+(?:it|that)\\s+(?:bleeds|works|kills|hurts)|teach\\s+me|steps?|guaranteed|for\\s+sure"
);
/** Help, prevention, a crisis line, recovery, research, safety: the text is about self-harm, not its method. */
const selfTopic = w(
    "prevent\\w*|help\\s+(?:her|him|them|a\\s+friend|my|someone)|helping|hotline|lifeline|988|crisis|therapist|therapy|counsel\\w*|recover\\w*|survivor\\w*|signs\\s+of|warning\\s+signs|talk\\s+to|reach\\s+out|don'?t|do\\s+not|statistics|research|study|studies|rates?|caffeine|safe(?:ly)?|accident(?:al|ally)?|poison\\s+control|emergency|hospital|er|ambulance|how\\s+(?:can|do)\\s+i\\s+(?:stop|support|talk)|game|character|npc"
);

/** Something slipped into a person's drink or food. */
const slipped = w(
    "(?:put|slip|add|mix|dissolve|pour|sneak|drop|spike)\\w*\\s+(?:\\S+\\s+){0,4}?(?:in|into)\\s+(?:a|her|his|their|someone'?s|somebody'?s|the|my\\s+\\w+(?:\\s[가-힣]+)?'?s?|a\\s+\\w+(?:\\s[가-힣]+)?'s)\\s+(?:\\w+\\s+)?(?:drink|coffee|tea|food|glass|beer|wine|cup|meal|water|soda|cocktail)|roofie\\w*|ghb|rohypnol|date[- ]rape\\s+drugs?|spike\\s+(?:her|his|their|a)\\s+\\w*\\s*drink"
);
const outcome = w(
    "pass\\s+out|knock\\s+(?:her|him|them)\\s+out|unconscious|fall\\s+asleep|sleep|won'?t\\s+remember|black\\s*out|without\\s+(?:her|him|them)\\s+(?:knowing|noticing)|compliant|can'?t\\s+resist|helpless|sick|die|dies|dead|poison\\w*|antifreeze|cyanide|arsenic|thallium|rat\\s+poison|drug|drugs|pills?|what|how|which|sure|here"
);

/** A house, a car or a place set on fire, a person's or a group's. */
const arson = w(
    "set\\s+(?:a|his|her|their|someone'?s|my\\s+\\w+'?s?|the|this|that)\\s+(?:\\w+\\s+)?(?:car|house|home|apartment|flat|building|school|store|shop|office|church|mosque|synagogue)\\s+on\\s+fire|burn\\s+down\\s+(?:a|his|her|their|someone'?s|my\\s+\\w+'?s?|the|this|that)\\s+(?:\\w+\\s+)?(?:car|house|home|apartment|building|school|store|shop|office|church|mosque|synagogue)"
);

/** A gun got past the law. */
const illicitGun = w(
    "(?:gun|guns|firearm|pistol|rifle|handgun|weapon)s?\\s+(?:\\S+\\s+){0,3}?(?:without\\s+(?:a\\s+)?(?:background\\s+check|license|licence|permit|paperwork)|illegally|off\\s+the\\s+books|on\\s+the\\s+(?:black|dark)\\s+(?:market|web))|(?:without\\s+(?:a\\s+)?background\\s+check|illegally|black\\s+market|dark\\s+web)\\s+(?:\\S+\\s+){0,3}?(?:gun|guns|firearm|pistol|rifle|handgun)"
);

/** A dead body hidden or a killing passed off. */
const coverUp = w(
    "make\\s+(?:it|his\\s+death|her\\s+death|their\\s+death|a\\s+murder|the\\s+killing)\\s+look\\s+like\\s+(?:an\\s+accident|a\\s+suicide|natural\\s+causes)|(?:get\\s+rid\\s+of|dispose\\s+of|hide|dissolve|bury)\\s+(?:a|the|his|her)\\s+(?:dead\\s+)?body|(?:without|never)\\s+leaving\\s+(?:any\\s+)?(?:evidence|fingerprints|dna|a\\s+trace)"
);

/** Sex spelled out: the acts and the parts, not a word a clinic or a class uses. */
const explicit = w(
    "(?:his|my|your|hard|big|throbbing)\\s+cocks?|(?:her|your|my|wet|tight)\\s+pussy|clit\\w*|blow\\s*jobs?|hand\\s*jobs?|cum\\s+(?:on|in|inside|all\\s+over)\\s+(?:her|his|him|me|my)|cumming|cummed|cumshot|orgasm\\w*|fuck(?:ed|ing|s)?\\s+(?:her|him|them|his|each\\s+other)|thrust\\w*\\s+(?:his|her|himself|inside|into|deep)|penetrat\\w+\\s+(?:her|him)|spread\\s+her\\s+legs|rode\\s+him|suck(?:ed|ing|s)?\\s+(?:his|her)\\s+(?:dick|cock|nipples?|breasts?|tits)|(?:her|his)\\s+(?:naked|bare|wet)\\s+(?:body|breasts?|pussy|thighs)|tits|dripping\\s+wet"
);
const explicitTopic = w(
    "sex\\s+education|consent\\s+(?:class|education)|health|doctor|clinic|std|sti|medical|anatomy|biology|contraception|rooster|poultry|hen|chicken|bird|weather|fuck(?:ed|ing)?\\s+(?:him|her|them)\\s+up"
);

/** Telling a person to die or that they should not exist, in a message to send or said to them. */
const deathWish = w(
    "(?:she|he|they|you|u)(?:'s|'re|\\s+is|\\s+are)?\\s+should\\s+(?:just\\s+)?(?:die|kill\\s+(?:her|him|them|your)sel(?:f|ves)|disappear|not\\s+exist|never\\s+have\\s+been\\s+born)|(?:hope|wish)\\s+(?:she|he|they|you)\\s+(?:dies?|gets?\\s+(?:raped|cancer|hit\\s+by))|deserves?\\s+to\\s+(?:die|be\\s+raped|suffer)|(?:nobody|no\\s+one)\\s+(?:would\\s+)?(?:miss|love|want)s?\\s+(?:her|him|them|you)"
);
const deathWishTopic = w(
    "(?:nobody|no\\s+one)\\s+deserves|doesn'?t\\s+deserve|don'?t\\s+deserve|not\\s+true|isn'?t\\s+true|report\\w*|bully\\w*\\s+(?:me|my)|(?:told|said|wrote|texted)\\s+(?:me|to\\s+me)|what\\s+(?:do|should)\\s+i\\s+do|how\\s+(?:do|should)\\s+i\\s+(?:respond|react|handle|deal)|help\\s+me|character|lyrics|song"
);
/** A message written for someone to receive. */
const aMessage = w(
    "(?:write|send|draft|compose|make|create|text|dm|post|tell)\\w*\\s+(?:\\S+\\s+){0,3}?(?:message|text|dm|post|comment|note|email|e-mail|tweet|letter|reply)|telling\\s+(?:her|him|them)|tell\\s+(?:her|him|them)"
);

/** A person found where they live, or watched, without their knowing. */
const located = w(
    "(?:find|get|track|locate|figure\\s+out|look\\s+up)\\s+(?:\\S+\\s+){0,3}?(?:home\\s+)?address|where\\s+(?:she|he|they)\\s+lives?|(?:track|follow|monitor)\\s+(?:her|his|their|my\\s+ex'?s?|someone'?s|a\\s+\\w+'?s)\\s+(?:location|phone|car|movements)|(?:install|put|hide)\\s+(?:a\\s+)?(?:tracker|gps\\s+tracker|airtag|spyware|stalkerware)\\s+(?:\\S+\\s+){0,2}?(?:on|in)\\s+(?:her|his|their|my\\s+\\w+'?s?)"
);
const unwanted = w(
    "so\\s+i\\s+can\\s+(?:show\\s+up|surprise|confront|visit|watch|follow|see)|show\\s+up|secretly|without\\s+(?:her|him|them)\\s+(?:knowing|noticing)|won'?t\\s+(?:talk|reply|answer)|blocked\\s+me|restraining\\s+order|instagram|facebook|social\\s+media|photos?|license\\s+plate|my\\s+ex|a\\s+girl|a\\s+stranger|this\\s+(?:girl|guy|woman|man)"
);

export const englishHarmFrames: Frame[] = [
    {
        category: "dangerous",
        rule: "frame.english.weapon",
        ideas: [re(weapon), re(make), re(way)],
        unless: re(weaponTopic)
    },
    {
        category: "self_harm",
        rule: "frame.english.self_harm",
        ideas: [re(self), re(selfMethod)],
        unless: re(selfTopic)
    },
    {
        category: "violence",
        rule: "frame.english.drugged",
        ideas: [re(slipped), re(outcome)],
        unless: re(
            "(?<![a-z])(?:prevent\\w*|protect\\w*|signs?\\s+of|test\\s+(?:strips?|kits?)|victims?|i\\s+think\\s+(?:someone|he|she)|was\\s+i|happened\\s+to\\s+me|police|report\\w*|news|sugar|cream|milk|honey|lemon|ice)(?![a-z])"
        )
    },
    { category: "violence", rule: "frame.english.arson", ideas: [re(arson), re(way)], unless: re(weaponTopic) },
    { category: "dangerous", rule: "frame.english.gun", ideas: [re(illicitGun), re(way)], unless: re(weaponTopic) },
    {
        category: "violence",
        rule: "frame.english.cover_up",
        ideas: [re(coverUp), re(way)],
        unless: re(
            "(?<![a-z])(?:news|police|detectives?|investigators?|forensic\\w*|arrested|charged|convicted|trial|review|episode|review)(?![a-z])"
        )
    },
    { category: "sexual", rule: "frame.english.explicit", ideas: [re(explicit)], unless: re(explicitTopic) },
    { category: "harassment", rule: "frame.english.death_wish", ideas: [re(deathWish)], unless: re(deathWishTopic) },
    {
        category: "harassment",
        rule: "frame.english.message",
        ideas: [
            re(aMessage),
            re(
                w(
                    "disgusting|worthless|ugly|fat\\s+(?:pig|cow|slob)|pathetic|slut|whore|freak|retard\\w*|kill\\s+(?:her|him|them)sel(?:f|ves)|should\\s+die|everyone\\s+hates|nobody\\s+likes"
                )
            )
        ],
        unless: re(deathWishTopic)
    },
    {
        category: "harassment",
        rule: "frame.english.stalking",
        ideas: [re(located), re(unwanted)],
        unless: re(
            w(
                "my\\s+own|business|company|restaurant|store|shop|office|hotel|police|report\\w*|being\\s+(?:stalked|tracked|followed)|someone\\s+is\\s+(?:tracking|following|stalking)|protect\\w*|check\\s+(?:if|whether)|find\\s+out\\s+if|remove|kids?'?s?|child'?s?|lost|stolen"
            )
        )
    }
];

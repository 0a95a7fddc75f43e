// Pests and the words that rid a home of them: the classifier and the frames read 벌레, 박멸 and 퇴치 in
// comments that call people vermin, and in questions about a kitchen they mean no one.

/**
 * Pests named, one or many, before the word that rids a home of them ("바퀴벌레들 박멸하는 법", "개미들이 너무 많은데
 * 박멸 방법"): the classifier learnt 벌레들 and 박멸 from comments that call people vermin (an attacker, 2026-12-07).
 */
export const pestRidding =
    /(?<![가-힣])(?<!(?:자|민|족|충|놈|것|년|인간|새끼|애)들?\s*)(?:바퀴\s*벌레|벌레|개미|흰개미|쥐|생쥐|모기|파리|초파리|날파리|진드기|빈대|벼룩|좀벌레|나방|해충|지네|거미|노린재|응애|깍지\s*벌레|진딧물|민달팽이|두더지)(?:들)?(?=(?:을|를|은|는|이|가|도)?(?![가-힣])\s*(?:(?:너무|많이|계속|자꾸|또)\s*)?(?:\S+\s+){0,3}?(?:박멸|퇴치|방제|구제|소탕|잡(?:는|기|을|아)|없애|제거))/g;

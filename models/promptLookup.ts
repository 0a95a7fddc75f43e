// Prompt-lookup speculative decoding: summaries, doc comments and translations
// repeat identifiers and phrases of their input, so the tokens that followed the
// last generated ones in the prompt are a good guess for what comes next. The guess
// is evaluated in the same batch as the token before it and kept as far as the
// model agrees; on a memory-bound decode a batch of a few tokens costs little more
// than one, so every accepted guess is a token nearly for free.
//
// node-llama-cpp 3.21.1 has this as a sequence's `tokenPredictor`, but its
// validation keeps at most the first guess of each batch (`validatedTokens` is
// never filled), so longer guesses are evaluated and always thrown away (its issue
// #652 shows the same 1:2 validated:refuted ratio). This file does the validation
// itself on `controlledEvaluate` and uses node-llama-cpp's InputLookupTokenPredictor
// only for the lookup. Greedy only: with sampling the runtime decodes plainly, so a
// seed keeps reproducing its text.
import type { LlamaContextSequence } from "./promptPrefixes";
import type { NodeLlamaCpp } from "./nodeLlamaCpp";
import type { LlamaModel, Token } from "./runtimeTypes";

/** How far prompt lookup guesses. */
export interface PromptLookupOptions {
    /** Most tokens guessed per batch. Default 8. */
    maxGuess?: number;
    /** Shortest run of generated tokens looked up in the prompt. Default 2 (one token matches too much). */
    minPattern?: number;
}

/** What the guesses did, for the log and the benchmark. */
export interface PredictionStats {
    /** Guessed tokens the model agreed with (each one a decode step saved). */
    validated: number;
    /** Guessed tokens evaluated and thrown away. */
    refuted: number;
}

/** The log line for a request's guesses, or undefined when it guessed nothing. */
export function describePredictions(
    stats: PredictionStats | undefined,
    generated: number,
    guesser = "Prompt lookup"
): string | undefined {
    if (stats === undefined || stats.validated + stats.refuted === 0) return undefined;
    return `${guesser} kept ${stats.validated} of ${stats.validated + stats.refuted} guessed tokens (${generated} generated).`;
}

/**
 * How many tokens to guess at each step. A batch of guesses costs more than one
 * token, so guessing stops paying where guesses keep failing: after a guess
 * whose first token fails, only one token is guessed, and only after 1, 2, 4, …
 * 64 steps without guessing; a kept guess ends the pause, and a guess kept whole
 * doubles the length (up to the most).
 */
class GuessPace {
    private length: number;
    private pause = 0;
    private failures = 0;

    constructor(private readonly most: number) {
        this.length = most;
    }

    /** Tokens to guess at this step (0: none). */
    next(): number {
        if (this.pause > 0) {
            this.pause--;
            return 0;
        }
        return this.length;
    }

    /** What the model made of a guess of `guessed` tokens: the first `accepted` held. */
    checked(accepted: number, guessed: number): void {
        if (accepted === 0) {
            this.failures++;
            this.length = 1;
            this.pause = Math.min(64, 2 ** (this.failures - 1));
            return;
        }
        this.failures = 0;
        this.length = accepted === guessed ? Math.min(this.most, this.length * 2) : Math.max(1, accepted + 1);
    }
}

const greedy = { generateNext: { token: true } } as const;

/** What guesses the next tokens: prompt lookup here, a draft model in draftModel.ts. */
export interface Guesser {
    /** The target's state once the prompt is in it (the prompt and anything it held before). */
    start(stateTokens: readonly Token[]): void;
    /** A token the target has taken (generated, or a guess it agreed with). */
    push(token: Token): void;
    /** Up to `length` tokens guessed to come next. */
    guess(length: number): Token[] | Promise<Token[]>;
    dispose(): void | Promise<void>;
}

/**
 * Evaluates `input` on `sequence` (which may already hold a prefix of the prompt:
 * `input` is what it does not hold yet) and yields greedy tokens like
 * `sequence.evaluate(input, { temperature: 0 })` does — the same tokens, ending
 * before an end-of-generation token — checking `guesser`'s guesses in the batch of
 * each step and keeping them as far as the model agrees.
 */
export async function* guessDecode(
    sequence: LlamaContextSequence,
    model: LlamaModel,
    input: Token[],
    guesser: Guesser,
    { maxGuess, stats }: { maxGuess: number; stats: PredictionStats }
): AsyncGenerator<Token, void, void> {
    try {
        const first = await sequence.controlledEvaluate([...input.slice(0, -1), [input[input.length - 1], greedy]]);
        let next = first.at(-1)?.next.token ?? undefined;
        guesser.start([...sequence.contextTokens]);
        const pace = new GuessPace(Math.max(1, maxGuess));
        while (next !== undefined && !model.isEogToken(next)) {
            yield next;
            guesser.push(next);
            // Room for the guesses without reaching the end of the context.
            const room = sequence.contextSize - sequence.nextTokenIndex - 2;
            const length = Math.min(pace.next(), room);
            const guess = length > 0 ? (await guesser.guess(length)).slice(0, length) : [];
            const results = await sequence.controlledEvaluate([
                [next, greedy],
                ...guess.map((token): [Token, typeof greedy] => [token, greedy])
            ]);
            const outputs = results.map((result) => result?.next.token ?? undefined);
            let accepted = 0;
            while (accepted < guess.length && guess[accepted] === outputs[accepted]) accepted++;
            const refuted = guess.length - accepted;
            if (guess.length > 0) pace.checked(accepted, guess.length);
            stats.validated += accepted;
            stats.refuted += refuted;
            if (refuted > 0)
                await sequence.eraseContextTokenRanges([
                    { start: sequence.nextTokenIndex - refuted, end: sequence.nextTokenIndex }
                ]);
            // The accepted guesses are already in the state: yield them, then go on from the output after them.
            for (let i = 0; i < accepted; i++) {
                const token = guess[i];
                if (model.isEogToken(token)) return;
                yield token;
                guesser.push(token);
            }
            next = outputs[accepted];
        }
    } finally {
        await guesser.dispose();
    }
}

/** `guessDecode` guessing from `prompt` (the whole prompt): the tokens that followed the last ones there. */
export function lookupDecode(
    sequence: LlamaContextSequence,
    model: LlamaModel,
    input: Token[],
    prompt: Token[],
    lookup: {
        Predictor: NodeLlamaCpp["InputLookupTokenPredictor"];
        options?: PromptLookupOptions;
        stats: PredictionStats;
    }
): AsyncGenerator<Token, void, void> {
    const maxGuess = Math.max(1, lookup.options?.maxGuess ?? 8);
    const predictor = new lookup.Predictor({
        patternLength: { min: Math.max(1, lookup.options?.minPattern ?? 2) },
        predictionLength: { max: maxGuess }
    });
    predictor.updateInputTokens(prompt);
    const guesser: Guesser = {
        start: (stateTokens) => predictor.reset({ stateTokens: [...stateTokens] }),
        push: (token) => predictor.pushTokens([token]),
        guess: () => predictor.predictTokens(),
        dispose: () => predictor.dispose()
    };
    return guessDecode(sequence, model, input, guesser, { maxGuess, stats: lookup.stats });
}

// The backend seam: "something that generates text for a prompt". Commands, the
// panel, chat and inline completion talk only to this interface; the in-process
// node-llama-cpp runtime, the isolated model process and the OpenAI-compatible
// remote server are its implementations.
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    RuntimeState
} from "./runtimeTypes";

/** Which implementation answers. */
export type BackendKind = "inProcess" | "isolated" | "remote";

/** What the status bar and the runtime report say about the backend. */
export interface BackendDescription {
    kind: BackendKind;
    /** Short, for the status bar: "CPU", "CUDA", "llm.example.com · gemma-ko-7b". */
    label: string;
    /** Longer, for a tooltip or the runtime report; no secrets (never an API key). */
    detail: string;
}

/** A listener registration that can be undone. */
export interface Subscription {
    dispose(): void;
}

export interface GenerationBackend {
    readonly kind: BackendKind;
    readonly state: RuntimeState;
    /** The loaded (or, for a remote server, the configured) model; `undefined` before the first load. */
    readonly model: LoadedModelInfo | undefined;
    /** Unload after this many ms without requests; 0 keeps the model resident. */
    idleUnloadMs: number;

    onDidChangeState(listener: (state: RuntimeState) => void): Subscription;
    /**
     * Makes the model `options.path` names ready: returns at once when it is already
     * loaded, loads (or replaces) it otherwise, with progress and cancellation.
     */
    ensureReady(options: LoadModelOptions): Promise<LoadedModelInfo>;
    /** One request; requests run in arrival order. `signal` aborts it (queued or running). */
    generate(request: GenerateRequest): Promise<GenerationResult>;
    /** Tokens `text` takes in the ready model (throws when none is ready). */
    countTokens(text: string): Promise<number>;
    unload(): Promise<void>;
    describe(): BackendDescription;
    dispose(): Promise<void>;
}

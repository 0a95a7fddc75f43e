import type { BackendDescription, BackendKind, GenerationBackend, Subscription } from "./backend";
import type { RuntimeLogger } from "./runtimeInfo";
import type {
    GenerateRequest,
    GenerationResult,
    LoadedModelInfo,
    LoadModelOptions,
    RuntimeState
} from "./runtimeTypes";
import { StateEmitter } from "./stateEmitter";

/**
 * One backend seam over whichever backend answers now: the local model or a remote
 * server. Switching (Select Model, a settings change) takes effect for the next
 * request without a reload; the previous backend is unloaded (a local model frees its
 * memory), and listeners keep hearing the state of whichever one is current.
 */
export class BackendSwitch implements GenerationBackend {
    private active: GenerationBackend;
    private subscription: Subscription;
    private readonly stateEmitter: StateEmitter;
    private idleMs: number;

    constructor(
        initial: GenerationBackend,
        private readonly logger: RuntimeLogger
    ) {
        this.active = initial;
        this.idleMs = initial.idleUnloadMs;
        this.stateEmitter = new StateEmitter((error) =>
            logger.warn(`A backend state listener failed: ${String(error)}`)
        );
        this.stateEmitter.set(initial.state);
        this.subscription = initial.onDidChangeState((state) => this.stateEmitter.set(state));
    }

    /** The backend answering now. */
    get current(): GenerationBackend {
        return this.active;
    }

    /**
     * Makes `next` the backend that answers. A previous remote backend is disposed (its
     * settings are gone); a previous local one is only unloaded (it is kept for later).
     */
    use(next: GenerationBackend): void {
        if (next === this.active) return;
        const previous = this.active;
        const dispose = previous.kind === "remote";
        this.subscription.dispose();
        this.active = next;
        next.idleUnloadMs = this.idleMs;
        this.subscription = next.onDidChangeState((state) => this.stateEmitter.set(state));
        this.stateEmitter.set(next.state);
        const done = dispose ? previous.dispose() : previous.unload();
        done.catch((error: unknown) => this.logger.warn(`Releasing the previous backend failed: ${String(error)}`));
        this.logger.info(`Backend: ${next.kind}${next.describe().label ? ` (${next.describe().label})` : ""}.`);
    }

    get kind(): BackendKind {
        return this.active.kind;
    }

    get state(): RuntimeState {
        return this.active.state;
    }

    get model(): LoadedModelInfo | undefined {
        return this.active.model;
    }

    get idleUnloadMs(): number {
        return this.idleMs;
    }

    set idleUnloadMs(value: number) {
        this.idleMs = value;
        this.active.idleUnloadMs = value;
    }

    onDidChangeState(listener: (state: RuntimeState) => void): Subscription {
        return this.stateEmitter.subscribe(listener);
    }

    ensureReady(options: LoadModelOptions): Promise<LoadedModelInfo> {
        return this.active.ensureReady(options);
    }

    generate(request: GenerateRequest): Promise<GenerationResult> {
        return this.active.generate(request);
    }

    countTokens(text: string): Promise<number> {
        return this.active.countTokens(text);
    }

    unload(): Promise<void> {
        return this.active.unload();
    }

    describe(): BackendDescription {
        return this.active.describe();
    }

    async dispose(): Promise<void> {
        this.subscription.dispose();
        await this.active.dispose();
    }
}

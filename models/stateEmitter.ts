import type { Subscription } from "./backend";
import type { RuntimeState } from "./runtimeTypes";

/** A backend's state and its listeners; a listener that throws is reported, never propagated. */
export class StateEmitter {
    private value: RuntimeState = "unloaded";
    private readonly listeners = new Set<(state: RuntimeState) => void>();

    constructor(private readonly onListenerError: (error: unknown) => void) {}

    get state(): RuntimeState {
        return this.value;
    }

    subscribe(listener: (state: RuntimeState) => void): Subscription {
        this.listeners.add(listener);
        return { dispose: () => this.listeners.delete(listener) };
    }

    set(state: RuntimeState): void {
        if (state === this.value) return;
        this.value = state;
        for (const listener of this.listeners) {
            try {
                listener(state);
            } catch (error) {
                this.onListenerError(error);
            }
        }
    }
}

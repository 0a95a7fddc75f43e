import type { GenerationBackend } from "./backend";
import { IsolatedBackend, type IsolatedBackendOptions } from "./process/isolatedBackend";
import { ModelRuntime } from "./runtime";
import { openLlamaBackend, type LlamaBackend } from "./runtimeInfo";

/** Options of {@link createLocalBackend}. */
export interface LocalBackendOptions extends IsolatedBackendOptions {
    /**
     * `gemmaKo.runtime.isolation`: `true` ("process", the default) runs the model in a
     * supervised child process, so an abort or hang in llama.cpp never takes the
     * extension host down; `false` ("inProcess") loads node-llama-cpp into the
     * calling process (a little less memory, no IPC, but a crash is the host's).
     */
    isolated: boolean;
    /** In-process only: the shared native backend (the runtime info command opens it too). Default: opened on first load. */
    getBackend?: () => Promise<LlamaBackend>;
}

/** The local generation backend: in a model process (default) or in this process. */
export function createLocalBackend(options: LocalBackendOptions): GenerationBackend {
    const { isolated, getBackend, ...rest } = options;
    if (isolated) return new IsolatedBackend(rest);
    let opened: Promise<LlamaBackend> | undefined;
    return new ModelRuntime({
        getBackend:
            getBackend ??
            (() => (opened ??= openLlamaBackend({ gpu: rest.gpu, threads: rest.threads, logger: rest.logger }))),
        ...(rest.logger === undefined ? {} : { logger: rest.logger }),
        ...(rest.idleUnloadMs === undefined ? {} : { idleUnloadMs: rest.idleUnloadMs }),
        ...(rest.architectures === undefined ? {} : { architectures: rest.architectures }),
        ...(rest.threads === undefined ? {} : { threads: rest.threads }),
        ...(rest.threadPlanCachePath === undefined ? {} : { threadPlanCachePath: rest.threadPlanCachePath }),
        ...(rest.promptLookup === false ? { promptLookup: false as const } : {})
    });
}

// The runtime report (backend, devices, VRAM, threads) read in a short-lived model
// process, so that asking for it never loads node-llama-cpp into the caller (the
// extension host in isolated mode), and never disturbs a model being served.
import type { GpuBackendSetting, RuntimeInfo, RuntimeLogger } from "../runtimeInfo";
import { defaultTimeouts, ModelProcess } from "./modelProcess";

export interface RuntimeInfoProcessOptions {
    gpu: GpuBackendSetting;
    threads: number;
    hostScript: string;
    logger: RuntimeLogger;
}

/** Starts a model process with these settings, asks for its runtime report, and closes it. */
export async function readRuntimeInfoInProcess(options: RuntimeInfoProcessOptions): Promise<RuntimeInfo> {
    const child = new ModelProcess({
        hostScript: options.hostScript,
        init: { type: "init", gpu: options.gpu, threads: options.threads, idleUnloadMs: 0 },
        timeouts: defaultTimeouts,
        logger: options.logger,
        modelPath: () => "",
        onMessage: () => undefined,
        onExit: () => undefined
    });
    try {
        const answer = await child.call({ type: "runtimeInfo" });
        if (answer.type !== "runtimeInfoResult") throw new Error(`unexpected answer ${answer.type}`);
        return answer.info;
    } finally {
        child.close();
    }
}

import * as vscode from "vscode";
import { gpuBackendSettings, type GpuBackendSetting } from "../models/runtimeInfo";

/** The runtime settings, read fresh on every use so changes apply without a reload. */
export interface RuntimeConfig {
    gpu: GpuBackendSetting;
    threads: number;
}

export function readRuntimeConfig(): RuntimeConfig {
    const section = vscode.workspace.getConfiguration("gemmaKo.runtime");
    const gpu = section.get<string>("gpu", "auto");
    const threads = section.get<number>("threads", 0);
    return {
        gpu: (gpuBackendSettings as readonly string[]).includes(gpu) ? (gpu as GpuBackendSetting) : "auto",
        threads: Number.isInteger(threads) && threads >= 0 ? threads : 0
    };
}

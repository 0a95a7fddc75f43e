// Types for test/support/llamaServer.mjs (the real llama-server that the remote-backend
// tests, the in-host suite and the benches start), and its loader: the .mjs is loaded
// at run time by path, so that CommonJS test code and benches can import it.
import * as path from "node:path";
import { pathToFileURL } from "node:url";

export interface RunningServer {
    url: string;
    readonly exited: boolean;
    output(): string;
    /** Kills it at once (a server that dies mid-stream). */
    kill(): Promise<void>;
    /** Stops it (SIGTERM, then SIGKILL after 5 s). */
    stop(): Promise<void>;
}

export interface LlamaServerOptions {
    alias?: string;
    apiKey?: string;
    contextSize?: number;
    slots?: number;
    threads?: number;
}

export interface LlamaServerSupport {
    llamaServerBinary(): { binary?: string; reason?: string };
    startLlamaServer(binary: string, model: string, options?: LlamaServerOptions): Promise<RunningServer>;
    slotsBusy(url: string, apiKey?: string): Promise<boolean>;
    slotDecoded(url: string, apiKey?: string): Promise<number>;
}

/** test/support/llamaServer.mjs of the checkout at `repo`. */
export async function loadLlamaServerSupport(repo: string): Promise<LlamaServerSupport> {
    const url = pathToFileURL(path.join(repo, "test", "support", "llamaServer.mjs")).href;
    return (await import(url)) as LlamaServerSupport;
}

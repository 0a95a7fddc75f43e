import * as fs from "node:fs";
import * as vscode from "vscode";
import { RemoteBackend } from "../../models/remote/remoteBackend";
import type { RuntimeLogger } from "../../models/runtimeInfo";
import { errorMessage } from "../../models/errors/codedError";
import { displayEndpoint } from "../../models/remote/transport";
import type { RemoteModel } from "../../models/remote/serverInfo";
import { describeModelError } from "../../models/describeError";
import type { RemoteSettings } from "../config";
import type { Ctx } from "../ctx";

/** Where the server's API key lives: VS Code's SecretStorage (the OS keychain), never settings. */
export const remoteApiKeySecret = "gemmaKo.remote.apiKey";

/**
 * The remote backend for the settings. The API key is read from SecretStorage for
 * each request (set or cleared, it applies at once) and goes only into the
 * Authorization header to the configured server. A CA certificate file is read here;
 * an unreadable one throws (the request that needs it says why).
 */
export function createRemoteBackend(
    settings: RemoteSettings,
    secrets: vscode.SecretStorage,
    logger: RuntimeLogger
): RemoteBackend {
    const caCertificate =
        settings.caCertificate.length > 0 ? fs.readFileSync(settings.caCertificate, "utf8") : undefined;
    if (settings.allowSelfSigned)
        logger.warn(
            "gemmaKo.remote.allowSelfSigned is on: the server's certificate is not verified (the connection is encrypted but anyone in between could answer)."
        );
    return new RemoteBackend({
        endpoint: settings.endpoint,
        headers: settings.headers,
        apiKey: async () => (await secrets.get(remoteApiKeySecret)) ?? undefined,
        tls: { ...(caCertificate !== undefined ? { caCertificate } : {}), allowSelfSigned: settings.allowSelfSigned },
        connectTimeoutMs: settings.timeoutSeconds * 1000,
        logger
    });
}

/** Asks for the server's API key and stores it; resolves `true` when one was stored. */
export async function promptForRemoteApiKey(secrets: vscode.SecretStorage, endpoint: string): Promise<boolean> {
    const value = await vscode.window.showInputBox({
        title: vscode.l10n.t("Gemma-Ko: Set Server API Key"),
        prompt: vscode.l10n.t(
            "The API key of the inference server {0}. It is kept in VS Code's secret storage, never in settings.",
            endpoint.length > 0 ? endpoint : vscode.l10n.t("(not configured)")
        ),
        password: true,
        ignoreFocusOut: true
    });
    if (value === undefined || value.trim().length === 0) return false;
    await secrets.store(remoteApiKeySecret, value.trim());
    return true;
}

/** The server's models for Select Model, or why they could not be listed. */
export interface ServerModels {
    origin: string;
    models: RemoteModel[];
    error?: string;
}

/**
 * Lists the configured server's models (5 s at most), whichever backend answers now;
 * `undefined` when no server is configured. Never throws.
 */
export async function serverModels(ctx: Ctx): Promise<ServerModels | undefined> {
    const settings = ctx.config.remote;
    if (settings.endpoint.length === 0) return undefined;
    const log = ctx.log;
    const logger = {
        info: (m: string) => log.info(m),
        warn: (m: string) => log.warn(m),
        debug: (m: string) => log.debug(m)
    };
    let origin = displayEndpoint(settings.endpoint);
    try {
        const backend = ctx.models.remoteBackend ?? createRemoteBackend(settings, ctx.extension.secrets, logger);
        origin = backend.origin;
        const models = await backend.listModels(AbortSignal.timeout(5_000));
        return { origin, models };
    } catch (error) {
        log.warn(`Listing the server's models failed: ${errorMessage(error)}`);
        return { origin, models: [], error: describeModelError(error, vscode.l10n.t) };
    }
}

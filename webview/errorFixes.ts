import type { ErrorFix } from "./protocol";

/** The fixes an error card's buttons may ask for (the host opens a setting, or asks for a model or key). */
export const errorFixes = [
    "selectModel",
    "openModelFile",
    "setRemoteApiKey",
    "openContextSize",
    "openRemoteEndpoint",
    "openRemoteTimeout",
    "openRemoteCertificate"
] as const satisfies readonly ErrorFix[];

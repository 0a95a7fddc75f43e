// What an error's card (and the chat, and a notification) offers beside the sentence
// (extension/panel/errorFixes.ts): the way out a user can take right there.
import * as assert from "node:assert/strict";
import { fixesFor } from "../../extension/panel/errorFixes";
import { ModelFileMissingError } from "../../models/gguf/modelFileErrors";
import {
    RemoteBadEndpointError,
    RemoteBadResponseError,
    RemoteDisconnectedError,
    RemoteModelNotServedError,
    RemoteStatusError,
    RemoteTimeoutError,
    RemoteUnauthorizedError,
    RemoteUnreachableError
} from "../../models/remote/remoteErrors";
import {
    CodeTooLongError,
    ContextTooSmallError,
    InputTooLongError,
    ModelNotLoadedError,
    PromptTooLongError
} from "../../models/runtimeErrors";

describe("the fixes an error offers", () => {
    it("an input larger than the model's context offers the context-size setting", () => {
        assert.deepEqual(fixesFor(new PromptTooLongError(12_805, 4096)), ["openContextSize"]);
        assert.deepEqual(fixesFor(new InputTooLongError(400_769, 348, 48)), ["openContextSize"]);
        assert.deepEqual(fixesFor(new CodeTooLongError(400_769, 3_296, 4_096)), ["openContextSize"]);
        // A context too small for anything (8): the setting, not "not enough memory" (found from outside).
        assert.deepEqual(fixesFor(new ContextTooSmallError(8)), ["openContextSize"]);
    });

    it("not for a server's model, whose context the server sets (also after the chat rewraps the error)", () => {
        assert.equal(fixesFor(new InputTooLongError(400_769, 348, 48, true)), undefined);
        assert.equal(fixesFor(new CodeTooLongError(400_769, 3_296, 4_096, true)), undefined);
        const rewrapped = Object.assign(new Error("…"), { code: "inputTooLong", onServer: true });
        assert.equal(fixesFor(rewrapped), undefined);
        assert.deepEqual(fixesFor(Object.assign(new Error("…"), { code: "inputTooLong", onServer: false })), [
            "openContextSize"
        ]);
    });

    it("keeps the model and key fixes, and offers nothing for an error it does not know", () => {
        assert.deepEqual(fixesFor(new ModelNotLoadedError()), ["selectModel", "openModelFile"]);
        assert.deepEqual(fixesFor(new ModelFileMissingError("/m/a.gguf")), ["selectModel", "openModelFile"]);
        assert.deepEqual(fixesFor(new RemoteUnauthorizedError("https://llm.example.com", 401)), ["setRemoteApiKey"]);
        assert.equal(fixesFor(new Error("other")), undefined);
        assert.equal(fixesFor(undefined), undefined);
    });

    it("a server whose setting is wrong offers that setting, never a Retry alone (found from outside)", () => {
        const host = "https://llm.example.com";
        // An address that is no URL ("localhost:8080", "htp://x"): the address setting.
        assert.deepEqual(fixesFor(new RemoteBadEndpointError("localhost:8080")), ["openRemoteEndpoint"]);
        assert.deepEqual(fixesFor(new RemoteBadEndpointError("htp://x")), ["openRemoteEndpoint"]);
        // Nothing listening there, or no such host: the address.
        assert.deepEqual(fixesFor(new RemoteUnreachableError(host, "ECONNREFUSED: connect ECONNREFUSED")), [
            "openRemoteEndpoint"
        ]);
        assert.deepEqual(fixesFor(new RemoteUnreachableError(host, "ENOTFOUND: getaddrinfo ENOTFOUND x")), [
            "openRemoteEndpoint"
        ]);
        // A certificate the client does not trust: the CA setting.
        for (const code of [
            "DEPTH_ZERO_SELF_SIGNED_CERT",
            "SELF_SIGNED_CERT_IN_CHAIN",
            "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
            "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
            "CERT_HAS_EXPIRED",
            "ERR_TLS_CERT_ALTNAME_INVALID"
        ])
            assert.deepEqual(fixesFor(new RemoteUnreachableError(host, `${code}: certificate`)), [
                "openRemoteCertificate"
            ]);
        // Another web server on that port, or the API's path left out; no OpenAI API there.
        assert.deepEqual(fixesFor(new RemoteStatusError(host, 404, "Not Found")), ["openRemoteEndpoint"]);
        assert.deepEqual(fixesFor(new RemoteStatusError(host, 405, "")), ["openRemoteEndpoint"]);
        assert.deepEqual(fixesFor(new RemoteBadResponseError(host, "not JSON")), ["openRemoteEndpoint"]);
        // No answer in time: the wait setting.
        assert.deepEqual(fixesFor(new RemoteTimeoutError(host, "connect", 15_000)), ["openRemoteTimeout"]);
        assert.deepEqual(fixesFor(new RemoteTimeoutError(host, "idle", 15_000)), ["openRemoteTimeout"]);
        // A model the server does not serve: choose one.
        assert.deepEqual(fixesFor(new RemoteModelNotServedError(host, "gemma", ["llama"])), ["selectModel"]);
        // A server's own failure, or a break-off mid-answer: Retry is the way (no setting is wrong).
        assert.equal(fixesFor(new RemoteStatusError(host, 500, "overloaded")), undefined);
        assert.equal(fixesFor(new RemoteDisconnectedError(host, "ECONNRESET")), undefined);
    });
});

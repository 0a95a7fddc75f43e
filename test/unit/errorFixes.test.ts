// What an error's card (and the chat, and a notification) offers beside the sentence
// (extension/panel/errorFixes.ts): the way out a user can take right there.
import * as assert from "node:assert/strict";
import { fixesFor } from "../../extension/panel/errorFixes";
import { ModelFileMissingError } from "../../models/gguf/modelFileErrors";
import { RemoteUnauthorizedError } from "../../models/remote/remoteErrors";
import {
    CodeTooLongError,
    InputTooLongError,
    ModelNotLoadedError,
    PromptTooLongError
} from "../../models/runtimeErrors";

describe("the fixes an error offers", () => {
    it("an input larger than the model's context offers the context-size setting", () => {
        assert.deepEqual(fixesFor(new PromptTooLongError(12_805, 4096)), ["openContextSize"]);
        assert.deepEqual(fixesFor(new InputTooLongError(400_769, 348, 48)), ["openContextSize"]);
        assert.deepEqual(fixesFor(new CodeTooLongError(400_769, 3_296, 4_096)), ["openContextSize"]);
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
});

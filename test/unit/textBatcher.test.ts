// The model process batches streamed text (one IPC message per window instead of
// one per token); what the host receives must still add up, in order, with the
// first piece at once and nothing left behind.
import * as assert from "node:assert/strict";
import { TextBatcher } from "../../models/process/textBatcher";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("TextBatcher (streamed text between the model process and the host)", () => {
    it("sends the first piece at once and holds the pieces that follow within the window", () => {
        const sent: string[] = [];
        const batcher = new TextBatcher((text) => sent.push(text), 1_000);
        batcher.push("안녕");
        assert.deepEqual(sent, ["안녕"], "the first piece is not delayed");
        batcher.push("하세");
        batcher.push("요");
        assert.deepEqual(sent, ["안녕"]);
        batcher.flush();
        assert.deepEqual(sent, ["안녕", "하세요"], "flush sends what was held, as one piece");
        batcher.flush();
        assert.equal(sent.length, 2, "an empty flush sends nothing");
    });

    it("sends held text when the window ends, without waiting for another piece", async () => {
        const sent: string[] = [];
        const batcher = new TextBatcher((text) => sent.push(text), 20);
        batcher.push("a");
        batcher.push("b");
        batcher.push("c");
        await sleep(60);
        assert.deepEqual(sent, ["a", "bc"]);
    });

    it("pieces that come slower than the window go out one by one, as they come", async () => {
        const sent: string[] = [];
        const batcher = new TextBatcher((text) => sent.push(text), 5);
        for (const piece of ["가", "나", "다"]) {
            batcher.push(piece);
            await sleep(15);
        }
        assert.deepEqual(sent, ["가", "나", "다"]);
    });

    it("with a zero window every piece goes out at once; empty pieces never do", () => {
        const sent: string[] = [];
        const batcher = new TextBatcher((text) => sent.push(text), 0);
        for (const piece of ["x", "", "y", "z"]) batcher.push(piece);
        assert.deepEqual(sent, ["x", "y", "z"]);
    });

    it("a burst of many pieces arrives complete and in order, in few messages", async () => {
        const sent: string[] = [];
        const batcher = new TextBatcher((text) => sent.push(text), 10);
        const pieces = Array.from({ length: 2_000 }, (_, i) => String.fromCharCode(0xac00 + (i % 11172)));
        for (const piece of pieces) batcher.push(piece);
        await sleep(30);
        batcher.flush();
        assert.equal(sent.join(""), pieces.join(""));
        assert.ok(sent.length <= 3, `${sent.length} messages`);
    });
});

// Classes from a sixth PII tester's held-out set (2026-12-05: 1,602 of 17,570 values leaked, 12 of 432
// innocent texts changed on first contact), in other words and values, whole and streamed one
// character at a time: an Azure storage key alone (64 random bytes in base64), a PHP constant named
// a password; innocent: public DNS resolvers, a package-lock integrity hash.
import * as assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { shownBothWays } from "../support/safetyStream";

describe("outside round 18: the sixth PII tester's classes", () => {
    it("an Azure storage account key alone, in prose, config or a log", () => {
        for (let k = 0; k < 12; k++) {
            const key = randomBytes(64).toString("base64");
            for (const text of [
                `Azure 스토리지 계정 키는 ${key} 입니다.`,
                `AZURE_STORAGE_KEY=${key}`,
                `storage:\n  key: "${key}"`,
                `메모: ${key}`
            ]) {
                const out = shownBothWays(text);
                assert.ok(!out.includes(key.slice(10, 30)), `${text} -> ${out}`);
            }
        }
        // A file's SHA-512 in base64 (package-lock's integrity) is not a key.
        const integrity = `"integrity": "sha512-${randomBytes(64).toString("base64")}"`;
        assert.equal(shownBothWays(integrity), integrity);
    });

    it("a PHP constant named a password or a secret", () => {
        const out = shownBothWays("define('DB_PASSWORD', 'Hallasan2000#qp');");
        assert.ok(!out.includes("Hallasan2000"), out);
        for (const text of ["define('WP_DEBUG', true);", "define('AUTH_KEY', 'put your unique phrase here');"])
            assert.equal(shownBothWays(text), text);
    });

    it("public DNS resolvers are a service's address, no one's", () => {
        for (const ip of ["8.8.8.8", "8.8.4.4", "1.1.1.1", "9.9.9.9", "168.126.63.1", "164.124.101.2"]) {
            const text = `DNS 서버는 ${ip} 로 설정했어요.`;
            assert.equal(shownBothWays(text), text);
        }
        assert.ok(!shownBothWays("고객 접속 IP: 121.16.239.240").includes("121.16.239.240"));
    });
});

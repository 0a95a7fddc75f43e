// Classes found in the fifteenth round (2026-12-06, second session), in other words and values, whole
// and streamed one character at a time.
import * as assert from "node:assert/strict";
import { shownBothWays } from "../support/safetyStream";

const redacted = (text: string, value: string) => {
    const out = shownBothWays(text);
    assert.ok(!out.includes(value), `${text} -> ${out}`);
};
const untouched = (text: string) => assert.equal(shownBothWays(text), text);

describe("outside round 22: a password given to a command as a word", () => {
    it("registry and cloud logins, Windows and web-server accounts, database tools", () => {
        redacted("docker login -u ci-bot -p Hx4#pQ9mWz2 registry.corp.local", "Hx4#pQ9mWz2");
        redacted("podman login quay.io --username me --password 'bN7!rT2kLq8'", "bN7!rT2kLq8");
        redacted('az login -u ops@example.org -p "Fv3#yU8nMc1"', "Fv3#yU8nMc1");
        redacted("net user svc_backup Kp2!wX7zQr /add", "Kp2!wX7zQr");
        redacted("htpasswd -bc /etc/nginx/.htpasswd admin Ty5#gH1jKl", "Ty5#gH1jKl");
        redacted("sqlcmd -S tcp:db,1433 -U sa -P 'Zq8!mN4vBx'", "Zq8!mN4vBx");
        redacted("ldapmodify -x -D cn=admin,dc=corp -w Lr6#tY2uIo -f change.ldif", "Lr6#tY2uIo");
        redacted("rabbitmqctl change_password guest Wm3!kP9sDf", "Wm3!kP9sDf");
    });

    it("the same commands without a password, or with a placeholder, stay untouched", () => {
        untouched("net user svc_backup /delete");
        untouched("net user guest /active:no");
        untouched("docker login -u ci-bot -p <password> registry.corp.local");
        untouched("docker login -u $REGISTRY_USER -p $REGISTRY_PASSWORD");
        untouched("docker run -p 8080:80 -p 8443:443 nginx:1.27");
        untouched("htpasswd -c /etc/nginx/.htpasswd admin");
    });
});

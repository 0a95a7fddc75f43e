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

describe("outside round 22: passwords named by the syntax around them", () => {
    it("SQL, server configuration, signing, connection calls, PowerShell, long options", () => {
        redacted("CREATE USER 'report'@'10.%' IDENTIFIED BY 'Nq4!vR8zTk';", "Nq4!vR8zTk");
        redacted("ALTER ROLE etl WITH PASSWORD 'Gm2#xL7pWq';", "Gm2#xL7pWq");
        redacted("# redis.conf\nrequirepass Hz5!kT9mQa", "Hz5!kT9mQa");
        redacted('network={\n    ssid="office"\n    psk="Jr7#wQ2nLm"\n}', "Jr7#wQ2nLm");
        redacted("db.internal:5432:orders:etl:Pv3!mZ8kXs", "Pv3!mZ8kXs");
        redacted("keytool -importcert -keystore app.jks -storepass Tc6#qW1rEy -file ca.pem", "Tc6#qW1rEy");
        redacted("signingConfigs { release { storePassword 'Ls9!xC4vBn' } }", "Ls9!xC4vBn");
        redacted("$pdo = new PDO('pgsql:host=db;dbname=shop', 'shop', 'Wd8#hN3kQz');", "Wd8#hN3kQz");
        redacted("$sec = ConvertTo-SecureString 'Yb2!pM7sRt' -AsPlainText -Force", "Yb2!pM7sRt");
        redacted("0 4 * * * /opt/backup.sh --db-password 'Qe5#tV9wXc' >> /var/log/backup.log", "Qe5#tV9wXc");
        redacted("redis-cli -h cache -a 'Km3!zR8qWp' ping", "Km3!zR8qWp");
        redacted('static let adminPw: String = "Fx6#nB2mLs"', "Fx6#nB2mLs");
        redacted("The admin password is now Rt4!gH8jKl.", "Rt4!gH8jKl");
        redacted("암호를 'Dv7#cX3zAq'(으)로 재설정해 드렸습니다.", "Dv7#cX3zAq");
        redacted('smtp_password: "Admin5507#"', "Admin5507#");
    });

    it("the same syntax without a secret stays untouched", () => {
        untouched("ALTER USER app WITH PASSWORD NULL;");
        untouched("mysqldump --single-transaction --password='$MYSQL_PWD' shop");
        untouched("docker login --password-stdin ghcr.io");
        untouched('let password: String = "abc"');
        untouched("val dbPassword: String = BuildConfig.DB_PASSWORD");
        untouched("Version: 10:20:30:40:50");
        untouched('admin_password: "admin1234"');
        untouched("$cred = Get-Credential");
    });
});

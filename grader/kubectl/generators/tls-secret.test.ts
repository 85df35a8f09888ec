// Goldens from kubectl v1.34.5 run offline (`--dry-run=client`) on the key pairs below, made
// with openssl for this test (EC P-256, Ed25519, RSA 1024; PKCS #1, PKCS #8 and SEC 1 keys).
// Texts: k8s.io/kubectl/pkg/cmd/create/create_secret_tls.go and Go's crypto/tls X509KeyPair.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../commands/write-test-io";

const ecCert = "-----BEGIN CERTIFICATE-----\nMIIBbzCCARWgAwIBAgIUGdhJ+Iv9E2F4T2HprfAZzAQHjoMwCgYIKoZIzj0EAwIw\nDTELMAkGA1UEAwwCZWMwHhcNMjYxMTIzMTUyOTM1WhcNMzYxMTIwMTUyOTM1WjAN\nMQswCQYDVQQDDAJlYzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABMsKz/8K1KQG\n/AWCS6R4jFvIMTPUF5GbrTWZmObKW/3CW9ekKmZrMOwbWYfxrVDDpnbvTKI+RVda\nwpjllY3lYiGjUzBRMB0GA1UdDgQWBBRZygnxq3DmGh4wSbgYwBWj76471DAfBgNV\nHSMEGDAWgBRZygnxq3DmGh4wSbgYwBWj76471DAPBgNVHRMBAf8EBTADAQH/MAoG\nCCqGSM49BAMCA0gAMEUCIFY90beObNob5UIuKGawWAUfD4svFz+ybAozdSbM4j26\nAiEAq8lrNA8rgMqfb2ujdYJNbCeYKDuq/zB1+ztW++f7l8o=\n-----END CERTIFICATE-----\n";
const ecKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIGKAET1vuecffvpjoxjIBt4NJGJVOU3qSn5wIcR/U842oAoGCCqGSM49\nAwEHoUQDQgAEywrP/wrUpAb8BYJLpHiMW8gxM9QXkZutNZmY5spb/cJb16QqZmsw\n7BtZh/GtUMOmdu9Moj5FV1rCmOWVjeViIQ==\n-----END EC PRIVATE KEY-----\n";
const ecOtherKey = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIhaN+8h57CWQQs3hhCC8+uQn+hexzGVi/NzxIe8Ye4UoAoGCCqGSM49\nAwEHoUQDQgAE0AGvoOhUwicZiyWpv6/1+l3qx+KIgbEAJNj46NGZS3TTSQjI3JTD\n96+NLHIRHZXbmHBm+7ZMVAjTAUVUYwiBnw==\n-----END EC PRIVATE KEY-----\n";
const ecPkcs8Key = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgYoARPW+55x9++mOj\nGMgG3g0kYlU5TepKfnAhxH9TzjahRANCAATLCs//CtSkBvwFgkukeIxbyDEz1BeR\nm601mZjmylv9wlvXpCpmazDsG1mH8a1Qw6Z270yiPkVXWsKY5ZWN5WIh\n-----END PRIVATE KEY-----\n";
const edCert = "-----BEGIN CERTIFICATE-----\nMIIBLjCB4aADAgECAhRlt0lSr2/YooRIG0t60M6l77oA5TAFBgMrZXAwDTELMAkG\nA1UEAwwCZWQwHhcNMjYxMTIzMTUyOTM1WhcNMzYxMTIwMTUyOTM1WjANMQswCQYD\nVQQDDAJlZDAqMAUGAytlcAMhAPpvWLnRSVOQQxA/extlvHEGwdeKdv7NjhWuZiTt\nwqyro1MwUTAdBgNVHQ4EFgQUEKX6RfXT/mEk1j+wI46kNc50nEkwHwYDVR0jBBgw\nFoAUEKX6RfXT/mEk1j+wI46kNc50nEkwDwYDVR0TAQH/BAUwAwEB/zAFBgMrZXAD\nQQA7kK13f3drvx1gGS339uW1wkK+FV0mTYmTiFPvmLp4A0Kg50voZOIJyIKDA1CP\nmplwynfEdSZ72XDjP1OVfnwA\n-----END CERTIFICATE-----\n";
const edKey = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIIce5uZR1ErAx+XGMrQjOBXQF2t/SkUiaT1lcZ0rdcJ/\n-----END PRIVATE KEY-----\n";
const rsaCert = "-----BEGIN CERTIFICATE-----\nMIIB+DCCAWGgAwIBAgIUV0oEqjjSxmHoImNu2b6Gus3uSbAwDQYJKoZIhvcNAQEL\nBQAwDjEMMAoGA1UEAwwDcnNhMB4XDTI2MTEyMzE1Mjk0MloXDTM2MTEyMDE1Mjk0\nMlowDjEMMAoGA1UEAwwDcnNhMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDD\nzbyWhHMLluezG6Lf6DMtz+FJyrby6C3rrAjb66G48YGTRRKHP2lvR+7ylH0ks8fO\nARwd7xFJAMpyCqks7GhmgRFCNa7zWH7NAnu7qHAmEZd0iHDbr3WmX0+o1+iYeJX7\n9sYX82FE8r7JK+BAg5pBkD4hjV9Pe33HC43J428ngQIDAQABo1MwUTAdBgNVHQ4E\nFgQU+0kkKM5AuIA++6iYYRSPasXigpUwHwYDVR0jBBgwFoAU+0kkKM5AuIA++6iY\nYRSPasXigpUwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOBgQCtjf7I\nfUiDoB5BHXW8fiOS/F3wrRBfYxS0WHzKKGYXPRj0qzlpMoep9tG+CHOfjlwD098o\nl15bLBQKJav5bfbu2HIow6bL5e30cljLMCWN3Zjkiq+YZ9RQ3eThzwinXOGUpDBG\nJBNwaZElihYH+oHZAYRWHrw44n13SwiQcX/qmQ==\n-----END CERTIFICATE-----\n";
const rsaKey = "-----BEGIN PRIVATE KEY-----\nMIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAMPNvJaEcwuW57Mb\not/oMy3P4UnKtvLoLeusCNvrobjxgZNFEoc/aW9H7vKUfSSzx84BHB3vEUkAynIK\nqSzsaGaBEUI1rvNYfs0Ce7uocCYRl3SIcNuvdaZfT6jX6Jh4lfv2xhfzYUTyvskr\n4ECDmkGQPiGNX097fccLjcnjbyeBAgMBAAECgYA65i5ukJUSzWgRRqTt+ak7hKbe\nTa5Oz2zQ0cUwcmcJfQxfQo3aRUbwBJFqQySJ39Kgs1DD6GAot6YuO+q76rlUZYfW\nUFfi130zuOaMrSKsTKZdR7boinabz8MCs4pYga6Q9OvKGNslPHfBFiX0YTLVjN/5\nRNFAZK5xIRI/PpDFYQJBAOb5yG1ruQwaJF87cBQU1Y3H07gg2Am3iiZD1jOSl+2H\nb8eOWYJlvji0ZXtjjOz1K8E3B1K8P27APNvC4meANT0CQQDZBHDR3pK9NlyriFHD\nyfXA8Ges9oocBwIki0jN+v9tEmi21KZbg5bVgWVnn7Q/rUhNBWmWXHTsa89uyARu\ngYeVAkEAgEPx46HQr0HNNP1i7iPru8Jedn/2uN6t3zYIu7cKm6N8lYsddeZeTksP\nmAfeeLBlzfRrIqzbZPtoUHnXFLcD2QJBANVwEKXYiemeNbZe9Evjrdh8mPr73wmB\nuxHGC2zKl7zmhiaLLrKC0S5bfShVYinee2WFFTvU4wpDXlhOUE1/B6ECQQCcdwYC\nD8XuIFgCFoGlDVosMQ/cVF3U08uBB/obHdRB/VObBABeQfIqaNY7tfKRR+QDwOFN\nma4/h6YRvDExwCoQ\n-----END PRIVATE KEY-----\n";
const rsaPkcs1Key = "-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDDzbyWhHMLluezG6Lf6DMtz+FJyrby6C3rrAjb66G48YGTRRKH\nP2lvR+7ylH0ks8fOARwd7xFJAMpyCqks7GhmgRFCNa7zWH7NAnu7qHAmEZd0iHDb\nr3WmX0+o1+iYeJX79sYX82FE8r7JK+BAg5pBkD4hjV9Pe33HC43J428ngQIDAQAB\nAoGAOuYubpCVEs1oEUak7fmpO4Sm3k2uTs9s0NHFMHJnCX0MX0KN2kVG8ASRakMk\nid/SoLNQw+hgKLemLjvqu+q5VGWH1lBX4td9M7jmjK0irEymXUe26Ip2m8/DArOK\nWIGukPTryhjbJTx3wRYl9GEy1Yzf+UTRQGSucSESPz6QxWECQQDm+chta7kMGiRf\nO3AUFNWNx9O4INgJt4omQ9Yzkpfth2/HjlmCZb44tGV7Y4zs9SvBNwdSvD9uwDzb\nwuJngDU9AkEA2QRw0d6SvTZcq4hRw8n1wPBnrPaKHAcCJItIzfr/bRJottSmW4OW\n1YFlZ5+0P61ITQVpllx07GvPbsgEboGHlQJBAIBD8eOh0K9BzTT9Yu4j67vCXnZ/\n9rjerd82CLu3CpujfJWLHXXmXk5LD5gH3niwZc30ayKs22T7aFB51xS3A9kCQQDV\ncBCl2InpnjW2XvRL463YfJj6+98JgbsRxgtsype85oYmiy6ygtEuW30oVWIp3ntl\nhRU71OMKQ15YTlBNfwehAkEAnHcGAg/F7iBYAhaBpQ1aLDEP3FRd1NPLgQf6Gx3U\nQf1TmwQAXkHyKmjWO7XykUfkA8DhTZmuP4emEbwxMcAqEA==\n-----END RSA PRIVATE KEY-----\n";
const rsaOtherKey = "-----BEGIN PRIVATE KEY-----\nMIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAOf2qvcvsaXA+gLO\nNTHFfCEgbzg6j8sCIHBvbcR3AL5AxW1j9A7RLf5cWleo3/QHcpPwdV0abOo83Oxi\nb+QCYgPZXxbFNUs+sioo8DvYIH2o3O9FEqrWsJiWkuvDx+ON0jdxx5Gpt+9MQm3a\nMDB5OA5Tn1fYeztxy0wNVkwXgYRRAgMBAAECgYEAh4kMilQW08f3DS6ZzFQc3GpM\nMimdnTvH4oppM9No3sGP2gP+Na4p1qb1rqSg/sBfRWvJ17W6D/+yAnjd8fcmdwZ3\nBpY6Wc9SsromlVo/8e+mfMH1qb2aTYJHS5lNfZMaXWatKvIcaZX107XOEJwc6WpH\nPtkQjO9q7V/BLI0GeEECQQD4evJZKcsDMwfRp3RU2PBL+zT4GsnwYb9gIexzMeDj\n7TEzj+NsI/Sj/N2by09mMxYaReM+8nQ7lk6263kTyo15AkEA7vvC1cliEg7JlNBM\n30fRgIZgjC5+IRrZeedtmtNZS18kLD5eUpnUrq4fqL0RnyjmST4eUu2gN3VDb1z2\nr5fvmQJBAIzHw8Umu6HNaNGtCWkFHGhAJIupSd6K0w3ZSokdqmgYu/aVwGlFmdbL\nbpdVQmAJ86zhCdZhMd+M0n4qvYesDCkCQH67X80DaFBvKxMRi1J0wXLIz/ZGyXhA\nxsdQpN0P6zB/Ga2kvVxMW27uw7c13Fxs0gJRQL91aBtAwiwSPndLuTECQDOGRtNh\nRNE8eaj6FXUGIlf5+3XM7wf+Y4u5o2CdSGdsmtblBNHiAP35LTetefjppFhSwmoC\nAydI+eKY6i6noqw=\n-----END PRIVATE KEY-----\n";
const notPem = "garbage\n";
const fooBlock = "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n";
const badCert = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
const badKey = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";

const files: Record<string, string> = {
  "ec.crt": ecCert,
  "ec.key": ecKey,
  "ec2.key": ecOtherKey,
  "ec8.key": ecPkcs8Key,
  "ed.crt": edCert,
  "ed.key": edKey,
  "rsa.crt": rsaCert,
  "rsa.key": rsaKey,
  "rsa1.key": rsaPkcs1Key,
  "rsa2.key": rsaOtherKey,
  "junk.txt": notPem,
  "foo.pem": fooBlock,
  "badcert.pem": badCert,
  "badkey.pem": badKey,
  "fc.pem": fooBlock + ecCert,
  "foofoo.pem": fooBlock + fooBlock,
  "keythencert.pem": ecKey + ecCert,
  "certthenkey.pem": ecCert + ecKey,
};

const ecSecretYaml = "apiVersion: v1\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJiekNDQVJXZ0F3SUJBZ0lVR2RoSitJdjlFMkY0VDJIcHJmQVp6QVFIam9Nd0NnWUlLb1pJemowRUF3SXcKRFRFTE1Ba0dBMVVFQXd3Q1pXTXdIaGNOTWpZeE1USXpNVFV5T1RNMVdoY05Nell4TVRJd01UVXlPVE0xV2pBTgpNUXN3Q1FZRFZRUUREQUpsWXpCWk1CTUdCeXFHU000OUFnRUdDQ3FHU000OUF3RUhBMElBQk1zS3ovOEsxS1FHCi9BV0NTNlI0akZ2SU1UUFVGNUdiclRXWm1PYktXLzNDVzlla0ttWnJNT3diV1lmeHJWRERwbmJ2VEtJK1JWZGEKd3BqbGxZM2xZaUdqVXpCUk1CMEdBMVVkRGdRV0JCUlp5Z254cTNEbUdoNHdTYmdZd0JXajc2NDcxREFmQmdOVgpIU01FR0RBV2dCUlp5Z254cTNEbUdoNHdTYmdZd0JXajc2NDcxREFQQmdOVkhSTUJBZjhFQlRBREFRSC9NQW9HCkNDcUdTTTQ5QkFNQ0EwZ0FNRVVDSUZZOTBiZU9iTm9iNVVJdUtHYXdXQVVmRDRzdkZ6K3liQW96ZFNiTTRqMjYKQWlFQXE4bHJOQThyZ01xZmIydWpkWUpOYkNlWUtEdXEvekIxK3p0VysrZjdsOG89Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K\n  tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUdLQUVUMXZ1ZWNmZnZwam94aklCdDROSkdKVk9VM3FTbjV3SWNSL1U4NDJvQW9HQ0NxR1NNNDkKQXdFSG9VUURRZ0FFeXdyUC93clVwQWI4QllKTHBIaU1XOGd4TTlRWGtadXROWm1ZNXNwYi9jSmIxNlFxWm1zdwo3QnRaaC9HdFVNT21kdTlNb2o1RlYxckNtT1dWamVWaUlRPT0KLS0tLS1FTkQgRUMgUFJJVkFURSBLRVktLS0tLQo=\nkind: Secret\nmetadata:\n  name: s\ntype: kubernetes.io/tls\n";

describe("kubectl create secret tls --dry-run=client (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "an EC certificate and its SEC 1 key make a kubernetes.io/tls Secret", argv: ["s", "--cert=ec.crt", "--key=ec.key", "-o", "yaml"], stdout: ecSecretYaml, stderr: "", exitCode: 0 },
    { name: "the same EC key in PKCS #8 matches too", argv: ["s", "--cert=ec.crt", "--key=ec8.key"], stdout: "secret/s created (dry run)\n", stderr: "", exitCode: 0 },
    { name: "an RSA pair with a PKCS #8 key matches", argv: ["s", "--cert=rsa.crt", "--key=rsa.key"], stdout: "secret/s created (dry run)\n", stderr: "", exitCode: 0 },
    { name: "an RSA pair with a PKCS #1 key matches", argv: ["s", "--cert=rsa.crt", "--key=rsa1.key"], stdout: "secret/s created (dry run)\n", stderr: "", exitCode: 0 },
    { name: "an Ed25519 pair matches", argv: ["s", "--cert=ed.crt", "--key=ed.key"], stdout: "secret/s created (dry run)\n", stderr: "", exitCode: 0 },
    { name: "files holding both blocks are searched for the right one", argv: ["s", "--cert=keythencert.pem", "--key=certthenkey.pem", "-o", "name"], stdout: "secret/s\n", stderr: "", exitCode: 0 },
    { name: "another EC key does not match the certificate", argv: ["s", "--cert=ec.crt", "--key=ec2.key"], stdout: "", stderr: "error: tls: private key does not match public key\n", exitCode: 1 },
    { name: "another RSA key does not match the certificate", argv: ["s", "--cert=rsa.crt", "--key=rsa2.key"], stdout: "", stderr: "error: tls: private key does not match public key\n", exitCode: 1 },
    { name: "an EC key for an RSA certificate is the wrong key type", argv: ["s", "--cert=rsa.crt", "--key=ec.key"], stdout: "", stderr: "error: tls: private key type does not match public key type\n", exitCode: 1 },
    { name: "an RSA key for an Ed25519 certificate is the wrong key type", argv: ["s", "--cert=ed.crt", "--key=rsa.key"], stdout: "", stderr: "error: tls: private key type does not match public key type\n", exitCode: 1 },
    {
      name: "swapped --cert and --key are recognised",
      argv: ["s", "--cert=ec.key", "--key=ec.crt"],
      stdout: "",
      stderr: "error: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched\n",
      exitCode: 1,
    },
    { name: "a certificate file without PEM", argv: ["s", "--cert=junk.txt", "--key=ec.key"], stdout: "", stderr: "error: tls: failed to find any PEM data in certificate input\n", exitCode: 1 },
    { name: "a key file without PEM", argv: ["s", "--cert=ec.crt", "--key=junk.txt"], stdout: "", stderr: "error: tls: failed to find any PEM data in key input\n", exitCode: 1 },
    { name: "the certificate given as the key", argv: ["s", "--cert=ec.crt", "--key=ec.crt"], stdout: "", stderr: "error: tls: found a certificate rather than a key in the PEM for the private key\n", exitCode: 1 },
    {
      name: "a certificate input of other blocks lists their types",
      argv: ["s", "--cert=foofoo.pem", "--key=ec.key"],
      stdout: "",
      stderr: 'error: tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [FOO FOO]\n',
      exitCode: 1,
    },
    {
      name: "a key input of other blocks lists their types",
      argv: ["s", "--cert=ec.crt", "--key=fc.pem"],
      stdout: "",
      stderr: 'error: tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [FOO CERTIFICATE]\n',
      exitCode: 1,
    },
    { name: "a CERTIFICATE block that is no certificate", argv: ["s", "--cert=badcert.pem", "--key=ec.key"], stdout: "", stderr: "error: x509: malformed certificate\n", exitCode: 1 },
    { name: "a PRIVATE KEY block that is no key", argv: ["s", "--cert=ec.crt", "--key=badkey.pem"], stdout: "", stderr: "error: tls: failed to parse private key\n", exitCode: 1 },
    { name: "a missing certificate file", argv: ["s", "--cert=nope.crt", "--key=ec.key"], stdout: "", stderr: "error: Cannot read file nope.crt, open nope.crt: no such file or directory\n", exitCode: 1 },
    { name: "a missing key file", argv: ["s", "--cert=ec.crt", "--key=nope.key"], stdout: "", stderr: "error: Cannot read file nope.key, open nope.key: no such file or directory\n", exitCode: 1 },
    { name: "no --key is refused by Validate", argv: ["s", "--cert=ec.crt"], stdout: "", stderr: "error: key and cert must be specified\n", exitCode: 1 },
    { name: "no NAME is a usage error", argv: ["--cert=ec.crt", "--key=ec.key"], stdout: "", stderr: "error: exactly one NAME is required, got 0\nSee 'kubectl create secret tls -h' for help and examples\n", exitCode: 1 },
    { name: "--append-hash suffixes the name with the Secret's hash (EC)", argv: ["s", "--cert=ec.crt", "--key=ec.key", "--append-hash", "-o", "name"], stdout: "secret/s-f22bd5c7dt\n", stderr: "", exitCode: 0 },
    { name: "--append-hash suffixes the name with the Secret's hash (Ed25519)", argv: ["s", "--cert=ed.crt", "--key=ed.key", "--append-hash", "-o", "name"], stdout: "secret/s-t4t5k8g2fc\n", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation(files).kubectl("create", "secret", "tls", ...c.argv, "--dry-run=client");
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }

  it("-n puts the namespace into the object; -o json keeps Go's field order (golden)", async () => {
    const r = await testWorkstation(files).kubectl("create", "secret", "tls", "s", "--cert=ec.crt", "--key=ec.key", "--dry-run=client", "-n", "prod", "-o", "json");
    expect(r.stdout.startsWith('{\n    "kind": "Secret",\n    "apiVersion": "v1",\n    "metadata": {\n        "name": "s",\n        "namespace": "prod"\n    },\n    "data": {\n        "tls.crt": "')).toBe(true);
    expect(r.stdout.endsWith('"\n    },\n    "type": "kubernetes.io/tls"\n}\n')).toBe(true);
  });
});

describe("kubectl create secret tls against the server", () => {
  it("creates the Secret with both files as data", async () => {
    const w = testWorkstation(files);
    const r = await w.kubectl("create", "secret", "tls", "web-tls", "--cert=ec.crt", "--key=ec.key");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "secret/web-tls created\n", stderr: "", exitCode: 0 });
    const secret = w.cluster.api.get({ group: "", version: "v1", resource: "secrets" }, "default", "web-tls") as unknown as { type: string; data: Record<string, string> };
    expect(secret.type).toBe("kubernetes.io/tls");
    expect(Buffer.from(secret.data["tls.key"], "base64").toString()).toBe(ecKey);
  });

  it("an existing name is wrapped as `failed to create secret` (create_secret_tls.go Run)", async () => {
    const w = testWorkstation(files);
    await w.kubectl("create", "secret", "tls", "web-tls", "--cert=ec.crt", "--key=ec.key");
    const r = await w.kubectl("create", "secret", "tls", "web-tls", "--cert=ec.crt", "--key=ec.key");
    expect(r.stderr).toBe('error: failed to create secret secrets "web-tls" already exists\n');
  });
});

// The base layers images are built on: /etc files and the coreutils they ship.
import type { ImageFile } from "./types";

// Text and file tools both userlands ship (busybox applets of the docker-library
// build; Debian's coreutils, findutils, diffutils, gzip, tar, debianutils).
const commonTools = ["printf", "seq", "tr", "cut", "sort", "uniq", "expr", "basename", "dirname", "tee", "xargs", "find", "cp", "mv", "ln", "chmod", "pwd", "readlink", "stat", "rmdir", "tac", "od", "md5sum", "sha1sum", "sha256sum", "base64", "comm", "paste", "fold", "nl", "expand", "unexpand", "split", "du", "timeout", "diff", "gzip", "gunzip", "zcat", "tar", "egrep", "fgrep", "which"];
const busyboxApplets = ["sh", "ash", "cat", "touch", "rm", "mkdir", "echo", "sleep", "date", "id", "whoami", "hostname", "printenv", "env", "tail", "ls", "wget", "nc", "ps", "grep", "sed", "awk", "head", "wc", "true", "false", "test", "vi", "top", "nslookup", "ping", ...commonTools, "rev", "strings"];
const gnuCommands = ["cat", "touch", "rm", "mkdir", "echo", "sleep", "date", "id", "whoami", "hostname", "printenv", "env", "tail", "ls", "grep", "sed", "head", "wc", "true", "false", "test", ...commonTools, "join"];

/** Executable paths of a userland, each a marker the runtime resolves by PATH. */
export function userlandExecutables(kind: "busybox" | "gnu"): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === "busybox") {
    for (const a of busyboxApplets) out[`/bin/${a}`] = `shell:${a}`;
  } else {
    for (const c of gnuCommands) out[`/usr/bin/${c}`] = `shell:${c}`;
    out["/bin/sh"] = "shell:sh";
    out["/bin/bash"] = "shell:bash";
    out["/bin/dash"] = "shell:sh";
  }
  return out;
}

function osRelease(fields: Record<string, string>): string {
  return Object.entries(fields).map(([k, v]) => `${k}=${/^[A-Za-z0-9._-]+$/.test(v) ? v : `"${v}"`}`).join("\n") + "\n";
}

export function debianFiles(codename: "bookworm" | "trixie", extraPasswd = "", extraGroup = ""): Record<string, ImageFile> {
  const version = codename === "bookworm" ? "12" : "13";
  return {
    "/etc/os-release": osRelease({
      PRETTY_NAME: `Debian GNU/Linux ${version} (${codename})`,
      NAME: "Debian GNU/Linux",
      VERSION_ID: version,
      VERSION: `${version} (${codename})`,
      VERSION_CODENAME: codename,
      ID: "debian",
      HOME_URL: "https://www.debian.org/",
      SUPPORT_URL: "https://www.debian.org/support",
      BUG_REPORT_URL: "https://bugs.debian.org/",
    }),
    "/etc/debian_version": codename === "bookworm" ? "12.12\n" : "13.1\n",
    "/etc/hostname": "",
    "/etc/passwd":
      "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" +
      extraPasswd,
    "/etc/group": "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwww-data:x:33:\nstaff:x:50:\nusers:x:100:\nnogroup:x:65534:\n" + extraGroup,
    "/tmp/.keep": "",
    "/root/.keep": "",
  };
}

export function busyboxFiles(): Record<string, ImageFile> {
  return {
    "/etc/passwd":
      "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n",
    "/etc/group":
      "root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n",
    "/etc/hostname": "",
    "/tmp/.keep": "",
    "/root/.keep": "",
  };
}

export function alpineFiles(version: string, extraPasswd = "", extraGroup = ""): Record<string, ImageFile> {
  const short = version.split(".").slice(0, 2).join(".");
  return {
    "/etc/os-release": osRelease({
      NAME: "Alpine Linux",
      ID: "alpine",
      VERSION_ID: version,
      PRETTY_NAME: `Alpine Linux v${short}`,
      HOME_URL: "https://alpinelinux.org/",
      BUG_REPORT_URL: "https://gitlab.alpinelinux.org/alpine/aports/-/issues",
    }),
    "/etc/alpine-release": version + "\n",
    "/etc/passwd":
      "root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\noperator:x:11:0:operator:/root:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n" +
      extraPasswd,
    "/etc/group":
      "root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\nadm:x:4:root,daemon\ntty:x:5:\ndisk:x:6:root\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\nmail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\nftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\ngames:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\nutmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\n" +
      extraGroup,
    "/etc/hostname": "",
    "/tmp/.keep": "",
    "/root/.keep": "",
  };
}

// just-bash UTF-8 encodes a command's text output, one character at a time, before
// handing it to the next command of a pipe. Non-empty ASCII output is the same string
// as text and as bytes, so marked as bytes it goes on as it is. (Empty output stays
// text: an empty "binary" write is how just-bash opens a redirection target; and stderr
// must be ASCII too, in case `2>&1` joins it to the bytes.)
export function asciiAsBytes<R extends { stdout: string; stderr: string }>(result: R): R | (R & { stdoutKind: "bytes" }) {
  const { stdout, stderr } = result;
  return stdout !== "" && isAscii(stdout) && isAscii(stderr) ? { ...result, stdoutKind: "bytes" } : result;
}

const isAscii = (s: string) => Buffer.byteLength(s, "utf8") === s.length;

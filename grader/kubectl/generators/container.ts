// corev1.Container with its fields in Go order (name, image, command, args, ports, env,
// resources, imagePullPolicy, securityContext, stdin, stdinOnce, tty).

export interface ContainerFields {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { containerPort: number }[];
  env?: { name: string; value: string }[];
  imagePullPolicy?: string;
  securityContext?: { privileged: boolean };
  stdin?: boolean;
  stdinOnce?: boolean;
  tty?: boolean;
}

export function container(fields: ContainerFields): Record<string, unknown> {
  const out: Record<string, unknown> = { name: fields.name, image: fields.image };
  if (fields.command && fields.command.length > 0) out["command"] = fields.command;
  if (fields.args && fields.args.length > 0) out["args"] = fields.args;
  if (fields.ports) out["ports"] = fields.ports;
  if (fields.env && fields.env.length > 0) out["env"] = fields.env;
  out["resources"] = {};
  if (fields.imagePullPolicy) out["imagePullPolicy"] = fields.imagePullPolicy;
  if (fields.securityContext) out["securityContext"] = fields.securityContext;
  if (fields.stdin) out["stdin"] = true;
  if (fields.stdinOnce) out["stdinOnce"] = true;
  if (fields.tty) out["tty"] = true;
  return out;
}

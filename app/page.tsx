import Link from "next/link";
import { currentUser } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await currentUser();
  if (user) {
    return (
      <section className="panel">
        <h1>Welcome back, {user.name}!</h1>
        <p className="lead">
          You are signed in as <strong>{user.email}</strong> ({user.role.toLowerCase()}).
        </p>
        <p>Practice tasks and mock exams are on their way. Your progress per CKAD domain will show here.</p>
      </section>
    );
  }
  return (
    <section className="hero">
      <h1>Practise the CKAD on a cluster that answers in a millisecond.</h1>
      <p className="lead">
        Kubedojo grades your manifests and shell commands against a simulated Kubernetes v1.34 cluster: the same
        objects, defaults, errors and pod states as the real thing, with no cluster to wait for.
      </p>
      <p className="actions">
        <Link href="/signup" className="button button-primary">
          Create an account
        </Link>
        <Link href="/signin" className="button">
          Sign in
        </Link>
      </p>
    </section>
  );
}

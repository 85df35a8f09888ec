import Link from "next/link";
import { liveUser } from "@/server/auth/live-user";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await liveUser();
  if (user) {
    return (
      <section className="panel">
        <h1>Welcome back, {user.name}!</h1>
        <p className="lead">
          You are signed in as <strong>{user.email}</strong> ({user.role.toLowerCase()}).
        </p>
        <div className="card-grid">
          <Link href="/tasks" className="card card-link">
            <h2>Practise a task →</h2>
            <p className="muted">Hands-on tasks by CKAD domain, untimed, graded in seconds with every check explained.</p>
          </Link>
          <Link href="/exams" className="card card-link">
            <h2>Take a mock exam →</h2>
            <p className="muted">A timed sitting like the real exam, with a score per domain at the end.</p>
          </Link>
          <Link href="/attempts" className="card card-link">
            <h2>My attempts →</h2>
            <p className="muted">Your practice history and exam results.</p>
          </Link>
        </div>
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

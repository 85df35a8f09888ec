"use client";
// Re-renders the (server) page every second while something is still being graded.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshWhilePending({ pending, everyMs = 1000 }: { pending: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [pending, everyMs, router]);
  return null;
}

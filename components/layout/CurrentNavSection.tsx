"use client";
// Declares the main section of the page it is rendered in (see current-nav-section.ts).
import { useEffect } from "react";
import { setCurrentNavSection } from "./current-nav-section";

export function CurrentNavSection({ href }: { href: string }) {
  useEffect(() => {
    setCurrentNavSection(href);
    return () => setCurrentNavSection(null);
  }, [href]);
  return null;
}
